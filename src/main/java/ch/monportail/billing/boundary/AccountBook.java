package ch.monportail.billing.boundary;

import ch.monportail.billing.entity.BillingAccount;
import ch.monportail.family.entity.LegalRepresentative;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bookkeeping under the services, in the caller's transaction (not a service: it checks
 * nobody): opening the accounts of holders, and adding the bookings to the balances.
 */
final class AccountBook {

    private static final int IN_LIMIT = 1000;

    private final EntityManager em;

    AccountBook(EntityManager em) {
        this.em = em;
    }

    /**
     * The account id of each holder, opening the missing ones (unique per holder in the database:
     * two runs opening the same account collide, and one of them settles its day again).
     */
    Map<Long, Long> ensureFor(Collection<Long> holderIds, Instant at) {
        Map<Long, Long> ids = new HashMap<>();
        List<Long> all = new ArrayList<>(holderIds);
        for (int i = 0; i < all.size(); i += IN_LIMIT) {
            for (Object[] row :
                    em.createQuery(
                                    "select a.holder.id, a.id from BillingAccount a"
                                            + " where a.holder.id in :h",
                                    Object[].class)
                            .setParameter("h", all.subList(i, Math.min(all.size(), i + IN_LIMIT)))
                            .getResultList()) {
                ids.put((Long) row[0], (Long) row[1]);
            }
        }
        boolean opened = false;
        for (Long holder : holderIds) {
            if (!ids.containsKey(holder)) {
                BillingAccount account =
                        new BillingAccount(em.getReference(LegalRepresentative.class, holder), at);
                em.persist(account);
                account.assignReferences();
                ids.put(holder, account.getId());
                opened = true;
            }
        }
        if (opened) {
            em.flush();
        }
        return ids;
    }

    /**
     * Adds each amount to its account's balance, atomically in the database: one statement per
     * distinct amount (a day's debits repeat the same few amounts over thousands of accounts).
     */
    void add(Map<Long, BigDecimal> deltas) {
        Map<BigDecimal, List<Long>> byAmount = new HashMap<>();
        deltas.forEach(
                (account, delta) -> {
                    if (delta.signum() != 0) {
                        byAmount.computeIfAbsent(delta.stripTrailingZeros(), k -> new ArrayList<>())
                                .add(account);
                    }
                });
        byAmount.forEach(
                (delta, accounts) -> {
                    for (int i = 0; i < accounts.size(); i += IN_LIMIT) {
                        // the ids are the service's own Longs, never text from a request
                        String ids =
                                accounts
                                        .subList(i, Math.min(accounts.size(), i + IN_LIMIT))
                                        .stream()
                                        .map(String::valueOf)
                                        .collect(java.util.stream.Collectors.joining(","));
                        em.createNativeQuery(
                                        "update billing_account set balance = balance + ?"
                                                + " where id in ("
                                                + ids
                                                + ")")
                                .setParameter(1, delta)
                                .executeUpdate();
                    }
                });
    }

    void add(long account, BigDecimal delta) {
        add(Map.of(account, delta));
    }
}
