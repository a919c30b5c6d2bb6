package ch.monportail.billing.boundary;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.billing.control.BalanceRow;
import ch.monportail.billing.entity.BillingAccount;
import ch.monportail.billing.entity.BillingSettings;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.boundary.Clocks;
import ch.monportail.platform.boundary.Outbox;
import ch.monportail.platform.control.OptimisticFlush;
import ch.monportail.platform.control.SwissFormat;
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
import java.util.Locale;

/**
 * The ADMIN's follow-up of the money (DESIGN §7): every account with its balance, lowest first (who
 * owes most, and since when), the creditor settings, and the reminders: an account whose balance
 * stays below minus the threshold for the configured number of days gets a reminder e-mail through
 * the outbox — once per such stretch.
 */
@Stateless
public class Balances {

    @PersistenceContext private EntityManager em;

    @Inject private Clock clock;

    @Inject private Outbox outbox;

    @Inject private FamilyAccess access;

    @Inject private AuditLog audit;

    /**
     * Accounts whose holder, e-mail or reference contains the text (all when blank), owing first.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<BalanceRow> overview(String search, boolean owingOnly, int max) {
        String text =
                search == null ? "" : search.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return em
                .createQuery(
                        "select a from BillingAccount a join fetch a.holder h join fetch h.account u"
                                + " where (:t = '' or lower(concat(u.firstName, u.lastName)) like :like"
                                + " or lower(u.email) like :like or a.qrReference like :like"
                                + " or lower(a.creditorReference) like :like)"
                                + (owingOnly ? " and a.balance < 0" : "")
                                + " order by a.balance, a.belowThresholdSince, a.id",
                        BillingAccount.class)
                .setParameter("t", text)
                .setParameter("like", "%" + text + "%")
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(
                        a ->
                                new BalanceRow(
                                        a.getId(),
                                        a.getHolder().getDisplayName(),
                                        a.getHolder().getAccount().getEmail(),
                                        ch.monportail.billing.control.QrReference.format(
                                                a.getQrReference()),
                                        a.getBalance(),
                                        a.getBelowThresholdSince(),
                                        a.getRemindedOn()))
                .toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public BillingSettings settings() {
        BillingSettings s = em.find(BillingSettings.class, BillingSettings.ID);
        return s == null ? new BillingSettings() : s;
    }

    /** Saves the creditor and the reminder rule (validated: structured address, a Swiss IBAN). */
    @RolesAllowed(Role.ADMIN_NAME)
    public void save(BillingSettings settings) {
        if (blank(settings.getCreditorName())
                || blank(settings.getStreet())
                || blank(settings.getPostcode())
                || blank(settings.getTown())) {
            throw new InvalidBillingException("billing.settings.invalid.address");
        }
        if (settings.getIban() == null
                || !net.codecrete.qrbill.generator.Payments.isValidIBAN(settings.getIban())
                || !(settings.getIban().startsWith("CH") || settings.getIban().startsWith("LI"))) {
            throw new InvalidBillingException("billing.settings.invalid.iban");
        }
        if (settings.getReminderThreshold() == null
                || settings.getReminderThreshold().signum() < 0
                || settings.getReminderDays() < 1) {
            throw new InvalidBillingException("billing.settings.invalid.reminder");
        }
        OptimisticFlush.flush(
                em,
                () -> {
                    if (em.find(BillingSettings.class, BillingSettings.ID) == null) {
                        em.persist(settings);
                    } else {
                        em.merge(settings);
                    }
                },
                () -> new InvalidBillingException("billing.settings.concurrent"));
        audit.record(
                access.callerId(),
                access.caller().getEmail(),
                "BILLING_SETTINGS_SAVED",
                settings.getCreditorName() + ", " + settings.getIban(),
                null);
    }

    /**
     * The daily reminder check (after the nightly debits; no caller): marks since when each account
     * is below the threshold, clears the mark of those back above, and reminds the holders below it
     * for the configured number of days who were not reminded in this stretch. Returns how many
     * reminders were queued.
     */
    @PermitAll
    public int remind() {
        BillingSettings s = em.find(BillingSettings.class, BillingSettings.ID);
        if (s == null) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(Clocks.COMMUNE_ZONE));
        BigDecimal limit = s.getReminderThreshold().negate();
        int sent = 0;
        for (BillingAccount a :
                em.createQuery(
                                "select a from BillingAccount a where a.balance < :limit"
                                        + " or a.belowThresholdSince is not null",
                                BillingAccount.class)
                        .setParameter("limit", limit)
                        .getResultList()) {
            em.refresh(a);
            if (a.getBalance().compareTo(limit) >= 0) {
                a.belowThreshold(null);
                continue;
            }
            if (a.getBelowThresholdSince() == null) {
                a.belowThreshold(today);
            }
            boolean due = !a.getBelowThresholdSince().plusDays(s.getReminderDays()).isAfter(today);
            boolean remindedThisStretch =
                    a.getRemindedOn() != null
                            && !a.getRemindedOn().isBefore(a.getBelowThresholdSince());
            if (due && !remindedThisStretch) {
                Account holder = a.getHolder().getAccount();
                outbox.send(
                        "billingReminder",
                        holder.getLanguage(),
                        holder.getEmail(),
                        holder.getFirstName(),
                        SwissFormat.money(a.getBalance().negate()),
                        SwissFormat.date(a.getBelowThresholdSince()),
                        BillingAccounts.paymentReference(a, s));
                a.remindedOn(today);
                sent++;
            }
        }
        return sent;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
