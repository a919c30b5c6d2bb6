package ch.monportail.billing.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.billing.entity.BillingAccount;
import ch.monportail.billing.entity.BillingSettings;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.platform.control.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The accounts (DESIGN §7): one per account holder, opened the first time it is needed — a debit,
 * or the holder opening the money pages. Only the holder sees their account: the other legal
 * representative, who never held it, gets "not found" (the guide: the balance is shown "uniquement
 * pour l'un des deux représentants légaux qui est le gestionnaire principal"). A former holder
 * keeps seeing the account they held, which stays where it is.
 */
@Stateless
public class BillingAccounts {

    /** What the top bar and the money pages show of the caller's account. */
    public record Summary(
            long accountId,
            BigDecimal balance,
            String qrReference,
            String creditorReference,
            String holderName)
            implements java.io.Serializable {}

    @PersistenceContext private EntityManager em;

    @Inject private FamilyAccess access;

    @Inject private Clock clock;

    @Resource private SessionContext context;

    /**
     * The caller's account, opened if the caller is the current account holder; empty for a parent
     * who holds none (and for staff).
     */
    @PermitAll
    public Optional<Summary> mine() {
        if (!context.isCallerInRole(Role.PARENT_NAME)) {
            return Optional.empty();
        }
        Optional<LegalRepresentative> caller = access.callerRepresentative();
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        LegalRepresentative rep = caller.get();
        Optional<BillingAccount> account = find(rep.getId());
        if (account.isEmpty() && rep.isAccountHolder()) {
            BillingAccounts self = context.getBusinessObject(BillingAccounts.class);
            try {
                self.openMine();
            } catch (RuntimeException concurrentlyOpened) {
                // the same holder opened it a moment ago in another request
            }
            account = find(rep.getId());
        }
        return account.map(BillingAccounts::summary);
    }

    /** The caller's account or "not found" (the money pages). */
    @PermitAll
    public Summary mineOrNotFound() {
        return mine().orElseThrow(NotFoundException::new);
    }

    /** The balance of the caller's account, read from the account row (never summed). */
    @PermitAll
    public Optional<BigDecimal> myBalance() {
        if (!context.isCallerInRole(Role.PARENT_NAME)) {
            return Optional.empty();
        }
        // every page's frame shows it: one statement for the holder whose account is open (the
        // row as it is now, no cache); anyone else takes the way that may open the account
        List<BigDecimal> balance =
                em.createQuery(
                                "select a.balance from BillingAccount a"
                                        + " where a.holder.account.id = :caller"
                                        + " and a.holder.removedAt is null",
                                BigDecimal.class)
                        .setParameter("caller", access.callerId())
                        .getResultList();
        return balance.isEmpty() ? mine().map(Summary::balance) : Optional.of(balance.get(0));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Summary of(long billingAccountId) {
        BillingAccount a = em.find(BillingAccount.class, billingAccountId);
        if (a == null) {
            throw new NotFoundException();
        }
        em.refresh(a);
        return summary(a);
    }

    /** The account whose QR or creditor reference this is (spaces ignored). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<BillingAccount> byReference(String reference) {
        return findByReference(em, reference);
    }

    static Optional<BillingAccount> findByReference(EntityManager em, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String r = reference.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return em
                .createQuery(
                        "select a from BillingAccount a where a.qrReference = :r"
                                + " or a.creditorReference = :r",
                        BillingAccount.class)
                .setParameter("r", r)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Opens the caller's account if the caller is the current account holder (own transaction). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openMine() {
        LegalRepresentative rep = access.ownRepresentative();
        if (rep.isAccountHolder() && find(rep.getId()).isEmpty()) {
            new AccountBook(em).ensureFor(List.of(rep.getId()), clock.instant());
        }
    }

    private Optional<BillingAccount> find(long holderId) {
        List<BillingAccount> found =
                em.createQuery(
                                "select a from BillingAccount a where a.holder.id = :h",
                                BillingAccount.class)
                        .setParameter("h", holderId)
                        // the row as it is now, even if this transaction already holds the account
                        // (one statement: no separate refresh)
                        .setHint("eclipselink.refresh", "true")
                        .getResultList();
        return found.stream().findFirst();
    }

    /**
     * The reference a payment to this account carries, formatted as on the slip: the QR reference
     * with a QR-IBAN, the RF creditor reference with an ordinary IBAN (or before the creditor is
     * set).
     */
    static String paymentReference(BillingAccount account, BillingSettings settings) {
        return settings != null
                        && net.codecrete.qrbill.generator.Payments.isQRIBAN(settings.getIban())
                ? ch.monportail.billing.control.QrReference.format(account.getQrReference())
                : ch.monportail.billing.control.CreditorReference.format(
                        account.getCreditorReference());
    }

    /** The creditor settings, empty until the ADMIN entered them. */
    @PermitAll
    public Optional<BillingSettings> settings() {
        return Optional.ofNullable(em.find(BillingSettings.class, BillingSettings.ID));
    }

    private static Summary summary(BillingAccount a) {
        return new Summary(
                a.getId(),
                a.getBalance(),
                a.getQrReference(),
                a.getCreditorReference(),
                a.getHolder().getDisplayName());
    }
}
