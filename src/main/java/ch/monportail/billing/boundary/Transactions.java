package ch.monportail.billing.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.billing.control.CostCertificate;
import ch.monportail.billing.control.Statement;
import ch.monportail.billing.entity.BillingAccount;
import ch.monportail.billing.entity.BillingSettings;
import ch.monportail.billing.entity.EntryKind;
import ch.monportail.billing.entity.LedgerEntry;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.platform.boundary.Municipalities;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.entity.Municipality;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * *Transactions* (DESIGN §7): the lines of an account over a period with the running balance — the
 * holder's own account (the other legal representative gets "not found"), any account for the
 * ADMIN. The balance before the period is the account's balance minus what was booked since (two
 * aggregates on the account's index, not the whole history in memory).
 */
@Stateless
public class Transactions {

    /** The longest period of one statement. */
    static final int MAX_DAYS = 400;

    @PersistenceContext private EntityManager em;

    @Inject private BillingAccounts accounts;

    @Inject private FamilyAccess access;

    @Inject private Municipalities municipalities;

    @Inject private Clock clock;

    @PermitAll
    public Statement mine(LocalDate from, LocalDate to) {
        return statement(accounts.mineOrNotFound().accountId(), from, to);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Statement ofAccount(long billingAccountId, LocalDate from, LocalDate to) {
        return statement(billingAccountId, from, to);
    }

    /**
     * The yearly childcare-cost certificate of one of the caller's children, from the caller's
     * account (the holder's: what they were debited for the child that year, net of reversals).
     */
    @PermitAll
    public CostCertificate certificate(long childId, int year) {
        Child child = access.child(childId);
        BillingAccounts.Summary mine = accounts.mineOrNotFound();
        BillingAccount account = em.find(BillingAccount.class, mine.accountId());
        if (!child.getFamily().getId().equals(account.getHolder().getFamily().getId())) {
            throw new NotFoundException();
        }
        if (year < 2000 || year > LocalDate.now(clock).getYear()) {
            throw new InvalidBillingException("certificate.invalid.year");
        }
        List<CostCertificate.Line> lines =
                em
                        .createQuery(
                                "select e from LedgerEntry e left join fetch e.reverses"
                                        + " where e.account = :a and e.child = :c"
                                        + " and e.serviceOn between :f and :t",
                                LedgerEntry.class)
                        .setParameter("a", account)
                        .setParameter("c", child)
                        .setParameter("f", LocalDate.of(year, 1, 1))
                        .setParameter("t", LocalDate.of(year, 12, 31))
                        .getResultList()
                        .stream()
                        .map(
                                e ->
                                        new CostCertificate.Line(
                                                e.getKind() == EntryKind.REVERSAL
                                                        ? e.getReverses().getKind().name()
                                                        : e.getKind().name(),
                                                e.getServiceOn(),
                                                e.getAmount()))
                        .toList();
        LegalRepresentative holder = account.getHolder();
        Municipality commune = municipalities.find().orElseThrow(NotFoundException::new);
        return CostCertificate.of(
                year,
                commune.getName(),
                commune.getServiceName(),
                child.getDisplayName(),
                child.getBirthDate(),
                holder.getDisplayName(),
                (holder.getStreet() == null ? "" : holder.getStreet() + "\n")
                        + (holder.getPostcode() == null ? "" : holder.getPostcode() + " ")
                        + (holder.getCity() == null ? "" : holder.getCity()),
                lines,
                LocalDate.now(clock));
    }

    private Statement statement(long accountId, LocalDate from, LocalDate to) {
        if (from == null
                || to == null
                || to.isBefore(from)
                || to.toEpochDay() - from.toEpochDay() > MAX_DAYS) {
            throw new InvalidBillingException("billing.period.invalid", MAX_DAYS);
        }
        BillingAccount account = em.find(BillingAccount.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        BigDecimal before =
                em.createQuery(
                                "select coalesce(sum(e.amount), 0) from LedgerEntry e"
                                        + " where e.account = :a and e.valueOn < :from",
                                BigDecimal.class)
                        .setParameter("a", account)
                        .setParameter("from", from)
                        .getSingleResult();
        List<LedgerEntry> entries =
                em.createQuery(
                                "select e from LedgerEntry e left join fetch e.child"
                                        + " left join fetch e.careUnit left join fetch e.reverses"
                                        + " where e.account = :a and e.valueOn between :from and :to"
                                        + " order by e.valueOn, e.id",
                                LedgerEntry.class)
                        .setParameter("a", account)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList();
        List<Statement.Line> lines =
                entries.stream()
                        .map(
                                e ->
                                        new Statement.Line(
                                                e.getId(),
                                                e.getValueOn(),
                                                e.getServiceOn(),
                                                e.getKind().name(),
                                                e.getKind() == EntryKind.REVERSAL
                                                        ? e.getReverses().getKind().name()
                                                        : null,
                                                e.getChild() == null
                                                        ? null
                                                        : e.getChild().getFirstName(),
                                                e.getCareUnit() == null
                                                        ? null
                                                        : e.getCareUnit().getName(),
                                                e.getNote(),
                                                e.getAmount(),
                                                null))
                        .toList();
        return Statement.of(
                account.getHolder().getDisplayName(),
                BillingAccounts.paymentReference(
                        account, em.find(BillingSettings.class, BillingSettings.ID)),
                from,
                to,
                before.setScale(2),
                lines);
    }
}
