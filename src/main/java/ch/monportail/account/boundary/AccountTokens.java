package ch.monportail.account.boundary;

import ch.monportail.account.control.ResetToken;
import ch.monportail.account.entity.AccountToken;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;

/** Finds the usable token of a link or ticket by its hash, locked for the transaction. */
final class AccountTokens {

    private AccountTokens() {}

    static <T extends AccountToken> Optional<T> findUsable(
            EntityManager em, Class<T> type, String token, Instant now) {
        if (!ResetToken.plausible(token)) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select t from " + type.getSimpleName() + " t where t.tokenHash = :h", type)
                .setParameter("h", ResetToken.hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(t -> t.isUsable(now));
    }
}
