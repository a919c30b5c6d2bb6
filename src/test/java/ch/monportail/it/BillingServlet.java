package ch.monportail.it;

import ch.monportail.agenda.boundary.Agenda;
import ch.monportail.agenda.boundary.AgendaEntry;
import ch.monportail.agenda.entity.Absence;
import ch.monportail.billing.boundary.DebitWorker;
import ch.monportail.billing.control.Settlement;
import ch.monportail.billing.entity.DebitRun;
import ch.monportail.billing.entity.EntryKind;
import ch.monportail.billing.entity.LedgerEntry;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.contract.entity.ContractTerms;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

/**
 * Test-only, for the logged-in ADMIN: drives the daily debit run over a range ({@code
 * ?case=run&from=&to=}, {@code twice}, {@code crash&after=N}, {@code race}) and prints what the
 * ledger holds for the range, read back with plain queries: the number of service debits, their
 * distinct source keys, the net amount, the settled days, every account's balance against the sum
 * of its lines, and the week's debits compared with the agenda of each child, day by day and unit
 * by unit.
 */
@WebServlet("/it/billing")
public class BillingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private transient DebitWorker worker;

    @Inject private transient Agenda agenda;

    @Inject private transient ch.monportail.agenda.boundary.Absences absences;

    @Inject private transient ch.monportail.contract.boundary.Contracts contractService;

    @Inject private transient ch.monportail.billing.boundary.Balances balances;

    @Inject private transient ch.monportail.billing.boundary.Payments payments;

    @PersistenceContext private transient EntityManager em;

    @Resource private transient ManagedExecutorService executor;

    @Resource private transient jakarta.transaction.UserTransaction transaction;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        PrintWriter out = response.getWriter();
        try {
            LocalDate from = LocalDate.parse(request.getParameter("from"));
            LocalDate to = LocalDate.parse(request.getParameter("to"));
            switch (request.getParameter("case")) {
                case "run" -> out.println("run=" + run(from, to));
                case "crash" -> {
                    FailingDebitProbe.failAfter(Integer.parseInt(request.getParameter("after")));
                    try {
                        out.println("crashed=" + run(from, to));
                    } finally {
                        FailingDebitProbe.disarm();
                    }
                }
                case "kill" -> {
                    FailingDebitProbe.killConnectionAfter(
                            Integer.parseInt(request.getParameter("after")),
                            Integer.parseInt(request.getParameter("times")));
                    try {
                        out.println("killed=" + run(from, to));
                    } finally {
                        FailingDebitProbe.disarm();
                    }
                }
                case "race" -> {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<String>> runs = new ArrayList<>();
                    for (int i = 0; i < 2; i++) {
                        runs.add(
                                executor.submit(
                                        () -> {
                                            start.await();
                                            return run(from, to);
                                        }));
                    }
                    start.countDown();
                    for (Future<String> f : runs) {
                        out.println("raced=" + f.get());
                    }
                }
                case "excuse" -> out.println("excused=" + excuse(from, to));
                case "amend" -> out.println("amended=" + amend(from, to));
                case "remind" -> out.println("reminded=" + balances.remind());
                case "twice" -> out.println("twice=" + twice());
                case "state" -> {
                    // nothing run: only the state below
                }
                default -> throw new IllegalArgumentException(request.getParameter("case"));
            }
            state(out, from, to);
        } catch (Exception e) {
            out.println("ERROR " + e);
            e.printStackTrace(out);
        }
    }

    /**
     * Excuses the first billed absence of the range that was debited: the change settles the day
     * again at once (a reversing line). Prints its key and the reversals of that key.
     */
    private String excuse(LocalDate from, LocalDate to) {
        // the first debit still standing whose absence is still billed: another journey in the
        // shared database may have covered one by a certificate (chosen in Java: portable)
        LedgerEntry debit = null;
        long absenceId = 0;
        for (LedgerEntry e :
                em.createQuery(
                                "select e from LedgerEntry e where e.kind = :k"
                                        + " and e.serviceOn between :f and :t order by e.id",
                                LedgerEntry.class)
                        .setParameter("k", EntryKind.ABSENCE)
                        .setParameter("f", from)
                        .setParameter("t", to)
                        .getResultList()) {
            long reversed =
                    em.createQuery(
                                    "select count(r) from LedgerEntry r where r.sourceKey = :k",
                                    Long.class)
                            .setParameter("k", "R:" + e.getSourceKey())
                            .getSingleResult();
            Absence absence =
                    em
                            .createQuery(
                                    "select a from Absence a where a.child = :c and a.day = :d"
                                            + " and a.careUnit = :u",
                                    Absence.class)
                            .setParameter("c", e.getChild())
                            .setParameter("d", e.getServiceOn())
                            .setParameter("u", e.getCareUnit())
                            .getResultList()
                            .stream()
                            .findFirst()
                            .orElse(null);
            if (reversed == 0 && absence != null && absence.isBilled()) {
                debit = e;
                absenceId = absence.getId();
                break;
            }
        }
        if (debit == null) {
            throw new IllegalStateException("no standing absence debit in " + from + ".." + to);
        }
        absences.excuse(absenceId, "Fermeture anticipée (test)");
        long reversals =
                em.createQuery(
                                "select count(e) from LedgerEntry e where e.sourceKey = :k",
                                Long.class)
                        .setParameter("k", "R:" + debit.getSourceKey())
                        .getSingleResult();
        return debit.getSourceKey() + " amount=" + debit.getAmount() + " reversals=" + reversals;
    }

    /**
     * Amends the contract of the first care debit of the range whose unit comes again a week later
     * (also debited): the unit removed from its day on (both debits reversed), then back from the
     * next day on (the next week's debit booked again under its second key). Prints the counts and
     * the requests still waiting to be settled again.
     */
    private String amend(LocalDate from, LocalDate to) {
        for (LedgerEntry debit :
                em.createQuery(
                                "select e from LedgerEntry e where e.kind = :k"
                                        + " and e.serviceOn between :f and :t"
                                        + " order by e.serviceOn, e.id",
                                LedgerEntry.class)
                        .setParameter("k", EntryKind.CARE)
                        .setParameter("f", from)
                        .setParameter("t", to.minusDays(7))
                        .getResultList()) {
            LocalDate day = debit.getServiceOn();
            long unit = debit.getCareUnit().getId();
            long child = debit.getChild().getId();
            String nextKey = Settlement.key(child, day.plusDays(7), unit, "CARE");
            List<Contract> contracts =
                    em.createQuery(
                                    "select c from Contract c where c.child.id = :c"
                                            + " and c.status = :s and c.startsOn <= :d"
                                            + " and c.endsOn >= :d",
                                    Contract.class)
                            .setParameter("c", child)
                            .setParameter("s", ContractStatus.ACTIVE)
                            .setParameter("d", day.plusDays(7))
                            .getResultList();
            if (contracts.size() != 1 || count(nextKey) != 1) {
                continue;
            }
            Contract contract = contracts.get(0);
            ContractTerms last = contract.getTerms().get(contract.getTerms().size() - 1);
            if (!last.getEffectiveFrom().isBefore(day)) {
                continue;
            }
            Map<DayOfWeek, List<Long>> pattern = new java.util.EnumMap<>(DayOfWeek.class);
            last.getUnits()
                    .forEach(
                            u ->
                                    pattern.computeIfAbsent(u.getWeekday(), k -> new ArrayList<>())
                                            .add(u.getCareUnit().getId()));
            Map<DayOfWeek, List<Long>> without = new java.util.EnumMap<>(DayOfWeek.class);
            pattern.forEach(
                    (d, units) -> {
                        List<Long> kept =
                                units.stream()
                                        .filter(u -> d != day.getDayOfWeek() || u != unit)
                                        .toList();
                        if (!kept.isEmpty()) {
                            without.put(d, kept);
                        }
                    });
            if (without.isEmpty()) {
                continue;
            }
            contractService.amend(contract.getId(), day, without, "Test : unité retirée");
            contractService.amend(contract.getId(), day.plusDays(1), pattern, "Test : de retour");
            return debit.getSourceKey()
                    + " reversed="
                    + count("R:" + debit.getSourceKey())
                    + " nextReversed="
                    + count("R:" + nextKey)
                    + " rebooked="
                    + count(nextKey + "#2")
                    + " waiting="
                    + em.createQuery("select count(s) from SettleAgain s", Long.class)
                            .getSingleResult();
        }
        throw new IllegalStateException("no care debit to amend between " + from + " and " + to);
    }

    /**
     * The same payment form sent twice (its key), then a correction with the same key: one line.
     * Prints how many lines the key booked and the messages of the refusals.
     */
    private String twice() {
        long account =
                em.createQuery("select min(a.id) from BillingAccount a", Long.class)
                        .getSingleResult();
        String key = java.util.UUID.randomUUID().toString();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        payments.record(account, yesterday, new BigDecimal("42.00"), "au guichet", key);
        List<String> refused = new ArrayList<>();
        try {
            payments.record(account, yesterday, new BigDecimal("42.00"), "au guichet", key);
        } catch (ch.monportail.platform.control.BusinessException e) {
            refused.add(e.getMessage());
        }
        try {
            payments.correct(account, new BigDecimal("-1.00"), "double", key);
        } catch (ch.monportail.platform.control.BusinessException e) {
            refused.add(e.getMessage());
        }
        try {
            payments.record(account, yesterday, new BigDecimal("1.00"), null, "../../etc");
            refused.add("booked with a forged key");
        } catch (ch.monportail.platform.control.BusinessException e) {
            refused.add(e.getMessage());
        }
        return count("M:" + key) + " refused=" + refused;
    }

    private long count(String sourceKey) {
        return em.createQuery(
                        "select count(e) from LedgerEntry e where e.sourceKey = :k", Long.class)
                .setParameter("k", sourceKey)
                .getSingleResult();
    }

    private String run(LocalDate from, LocalDate to) {
        long id = worker.open(DebitRun.How.MANUAL, from, to, null);
        worker.execute(id);
        // outside a transaction each find reads afresh
        DebitRun run = em.find(DebitRun.class, id);
        return run.getStatus()
                + " days="
                + run.getDaysDone()
                + " debits="
                + run.getDebits()
                + " reversals="
                + run.getReversals();
    }

    private void state(PrintWriter out, LocalDate from, LocalDate to) throws Exception {
        transaction.begin();
        try {
            List<LedgerEntry> entries =
                    em.createQuery(
                                    "select e from LedgerEntry e where e.serviceOn between :f and :t"
                                            + " order by e.id",
                                    LedgerEntry.class)
                            .setParameter("f", from)
                            .setParameter("t", to)
                            .getResultList();
            long services = entries.stream().filter(e -> e.getKind().isService()).count();
            long keys =
                    entries.stream()
                            .filter(e -> e.getKind().isService())
                            .map(LedgerEntry::getSourceKey)
                            .distinct()
                            .count();
            BigDecimal net =
                    entries.stream()
                            .map(LedgerEntry::getAmount)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            out.println("services=" + services);
            out.println("distinctKeys=" + keys);
            out.println("net=" + net.toPlainString());
            Map<LocalDate, Long> perDay = new TreeMap<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                perDay.put(d, 0L);
            }
            entries.stream()
                    .filter(e -> e.getKind().isService())
                    .forEach(e -> perDay.merge(e.getServiceOn(), 1L, Long::sum));
            perDay.forEach((d, n) -> out.println("day " + d + " " + d.getDayOfWeek() + " " + n));
            out.println(
                    "settledDays="
                            + em.createQuery(
                                            "select count(d) from DebitDay d where d.day between"
                                                    + " :f and :t",
                                            Long.class)
                                    .setParameter("f", from)
                                    .setParameter("t", to)
                                    .getSingleResult());
            long wrongBalances =
                    em
                            .createNativeQuery(
                                    "select count(*) from billing_account a where a.balance <>"
                                            + " (select coalesce(sum(e.amount), 0) from"
                                            + " ledger_entry e where e.account_id = a.id)")
                            .getResultList()
                            .stream()
                            .mapToLong(o -> ((Number) o).longValue())
                            .sum();
            out.println("wrongBalances=" + wrongBalances);
            agendaCheck(out, entries, from, to);
        } finally {
            transaction.commit();
        }
    }

    /** Each child's agenda of the range against the debits booked for it, day and unit. */
    private void agendaCheck(
            PrintWriter out, List<LedgerEntry> entries, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> booked = new TreeMap<>();
        for (LedgerEntry e : entries) {
            if (e.getChild() == null || e.getCareUnit() == null) {
                continue;
            }
            String key =
                    e.getChild().getId() + " " + e.getServiceOn() + " " + e.getCareUnit().getName();
            booked.merge(key, e.getAmount().negate(), BigDecimal::add);
        }
        booked.values().removeIf(v -> v.signum() == 0);
        Map<String, BigDecimal> expected = new TreeMap<>();
        List<Long> children =
                em.createQuery("select distinct c.child.id from Contract c", Long.class)
                        .getResultList();
        for (Long child : children) {
            for (AgendaEntry a : agenda.entries(child, from, to)) {
                if (a.kind() == AgendaEntry.Kind.CARE
                        || a.kind() == AgendaEntry.Kind.ABSENCE_BILLED
                        || a.kind() == AgendaEntry.Kind.EXTRA_CARE_APPROVED) {
                    if (a.amount() != null && a.amount().signum() > 0) {
                        expected.merge(
                                child + " " + a.day() + " " + a.title(),
                                a.amount(),
                                BigDecimal::add);
                    }
                }
            }
        }
        List<String> differences = new ArrayList<>();
        for (var e : expected.entrySet()) {
            BigDecimal b = booked.get(e.getKey());
            if (b == null || b.compareTo(e.getValue()) != 0) {
                differences.add(e.getKey() + " agenda " + e.getValue() + " ledger " + b);
            }
        }
        for (var b : booked.entrySet()) {
            if (!expected.containsKey(b.getKey())) {
                differences.add(b.getKey() + " agenda none ledger " + b.getValue());
            }
        }
        out.println("agendaLines=" + expected.size());
        out.println("agendaDifferences=" + differences.size());
        differences.stream().limit(20).forEach(d -> out.println("  " + d));
    }
}
