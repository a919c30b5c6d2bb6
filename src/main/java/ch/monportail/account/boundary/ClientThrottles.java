package ch.monportail.account.boundary;

import ch.monportail.account.control.LoginThrottle;
import ch.monportail.account.entity.ClientThrottle;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins and reset requests per client address ({@link LoginThrottle#CLIENT}), in their own
 * transactions so that a refused login still counts. Best effort under races: two first failures
 * from one address at the same instant may count as one.
 */
@Stateless
@PermitAll
public class ClientThrottles {

    @PersistenceContext private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Instant> refusedUntil(String clientAddress, Instant now) {
        if (clientAddress == null) {
            return Optional.empty();
        }
        ClientThrottle throttle = em.find(ClientThrottle.class, clientAddress);
        return throttle == null
                ? Optional.empty()
                : LoginThrottle.CLIENT.refusedUntil(throttle.state(), now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String clientAddress, Instant now) {
        if (clientAddress == null) {
            return;
        }
        ClientThrottle throttle =
                em.find(ClientThrottle.class, clientAddress, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new ClientThrottle(clientAddress);
            em.persist(throttle);
        }
        throttle.apply(LoginThrottle.CLIENT.afterFailure(throttle.state(), now));
    }

    /** ADMIN lifts the block of an address. */
    @RolesAllowed("ADMIN")
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void unblock(String clientAddress) {
        ClientThrottle throttle = em.find(ClientThrottle.class, clientAddress);
        if (throttle != null) {
            throttle.reset();
        }
    }
}
