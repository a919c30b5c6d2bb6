package ch.monportail.billing.boundary;

import ch.monportail.billing.entity.BillingAccount;
import ch.monportail.billing.entity.BillingSettings;
import ch.monportail.billing.entity.LedgerEntry;
import ch.monportail.platform.boundary.DemoData;
import ch.monportail.platform.control.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo billing, after the demo data committed: the commune's creditor (a QR-IBAN), the debits
 * of every day since the contracts began (the nightly run catching up, as on a real first start),
 * and months of payments through the QR references — each family pays the previous month's debits
 * on the 10th — except the Rossi family, in arrears; one correction on the Favre account.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class BillingDemoData {

    private static final Logger LOG = Logger.getLogger(BillingDemoData.class.getName());

    @Inject private DemoData demoData;

    @Inject private DebitRuns runs;

    @Inject private Balances balances;

    @Inject private Clock clock;

    @PersistenceContext private EntityManager em;

    /** The start-up waited for its database: seeds now, after the demo data. */
    public void seedLater(
            @Observes @Priority(SchemaMigrated.BILLING_DEMO) SchemaMigrated migrated) {
        seed();
    }

    @PostConstruct
    void seed() {
        if (!demoData.isSeededNow()) {
            return;
        }
        BillingSettings settings = new BillingSettings();
        settings.setCreditorName("Commune de Conthey, Service générations");
        settings.setStreet("Route de Savoie");
        settings.setHouseNumber("54");
        settings.setPostcode("1975");
        settings.setTown("St-Séverin");
        settings.setCountry("CH");
        settings.setIban("CH4431999123000889012");
        settings.setReminderThreshold(new BigDecimal("500.00"));
        settings.setReminderDays(30);
        em.persist(settings);
        runs.catchUp();
        LocalDate today = LocalDate.now(clock);
        AccountBook book = new AccountBook(em);
        List<BillingAccount> accounts =
                em.createQuery(
                                "select a from BillingAccount a join fetch a.holder order by a.id",
                                BillingAccount.class)
                        .getResultList();
        for (BillingAccount account : accounts) {
            if (account.getHolder().getDisplayName().contains("Rossi")) {
                continue; // in arrears: never paid
            }
            LocalDate firstDebit =
                    em.createQuery(
                                    "select min(e.valueOn) from LedgerEntry e where e.account = :a",
                                    LocalDate.class)
                            .setParameter("a", account)
                            .getSingleResult();
            if (firstDebit == null) {
                continue;
            }
            for (YearMonth m = YearMonth.from(firstDebit);
                    m.isBefore(YearMonth.from(today));
                    m = m.plusMonths(1)) {
                LocalDate paidOn = m.plusMonths(1).atDay(10);
                BigDecimal owed =
                        em.createQuery(
                                        "select coalesce(sum(e.amount), 0) from LedgerEntry e"
                                                + " where e.account = :a and e.valueOn between :f and :t",
                                        BigDecimal.class)
                                .setParameter("a", account)
                                .setParameter("f", m.atDay(1))
                                .setParameter("t", m.atEndOfMonth())
                                .getSingleResult()
                                .negate();
                if (owed.signum() <= 0 || !paidOn.isBefore(today)) {
                    continue;
                }
                em.persist(
                        LedgerEntry.payment(
                                account,
                                paidOn,
                                owed.setScale(2),
                                "P:DEMO-" + account.getId() + "-" + m,
                                account.getHolder().getDisplayName(),
                                clock.instant(),
                                null));
                book.add(account.getId(), owed.setScale(2));
            }
            if (account.getHolder().getDisplayName().contains("Favre")) {
                BigDecimal refund = new BigDecimal("12.50");
                em.persist(
                        LedgerEntry.correction(
                                account,
                                today.minusDays(3),
                                refund,
                                "Repas non servi (sortie de classe)",
                                "M:DEMO-CORRECTION-" + account.getId(),
                                clock.instant(),
                                null));
                book.add(account.getId(), refund);
            }
        }
        em.flush();
        balances.remind();
        LOG.info(() -> "Demo billing: " + accounts.size() + " accounts with debits and payments");
    }
}
