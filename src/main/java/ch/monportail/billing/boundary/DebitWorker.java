package ch.monportail.billing.boundary;

import ch.monportail.agenda.boundary.ConsumedServices;
import ch.monportail.agenda.boundary.ConsumedServices.Consumed;
import ch.monportail.billing.control.HolderOn;
import ch.monportail.billing.control.Settlement;
import ch.monportail.billing.control.Settlement.Booked;
import ch.monportail.billing.control.Settlement.Due;
import ch.monportail.billing.entity.BillingAccount;
import ch.monportail.billing.entity.DebitDay;
import ch.monportail.billing.entity.DebitRun;
import ch.monportail.billing.entity.EntryKind;
import ch.monportail.billing.entity.LedgerEntry;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.control.Instances;
import ch.monportail.structure.entity.CareUnit;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Does the daily debits of a run (DESIGN §7), one transaction per day: reads what was consumed
 * ({@link ConsumedServices}, a week at a time), whose account pays it ({@link HolderOn}), what is
 * already booked, and books the difference ({@link Settlement}) with the balances and the run's
 * report in the same transaction. The source keys are unique in the database: a second run of the
 * same day — later, or at the same moment on another thread or instance — books nothing twice; when
 * two runs collide the loser's day rolls back and is settled again, finding it done. A crash loses
 * at most the day in progress, which the next run books. No caller check: only {@link DebitRuns}
 * (ADMIN) and the nightly timer call it.
 */
@Stateless
@PermitAll
public class DebitWorker {

    private static final Logger LOG = Logger.getLogger(DebitWorker.class.getName());

    static final int CHUNK_DAYS = 7;

    /** What {@link #settleDay} answers when the run is no longer running (closed meanwhile). */
    static final int CLOSED = -1;

    @PersistenceContext private EntityManager em;

    @Inject private ConsumedServices consumedServices;

    @Inject private Clock clock;

    @Inject private DebitProbe probe;

    @Resource private SessionContext context;

    /** Runs in the background (the ADMIN's page polls the run's progress). */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void executeInBackground(long runId) {
        context.getBusinessObject(DebitWorker.class).execute(runId);
    }

    /** Settles every day of the run, then closes it (done, or failed with the reason). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void execute(long runId) {
        DebitWorker self = context.getBusinessObject(DebitWorker.class);
        DebitRun run = em.find(DebitRun.class, runId);
        LocalDate to = run.getLastDay();
        try {
            for (LocalDate chunk = run.getFirstDay();
                    !chunk.isAfter(to);
                    chunk = chunk.plusDays(CHUNK_DAYS)) {
                LocalDate end = chunk.plusDays(CHUNK_DAYS - 1L);
                if (end.isAfter(to)) {
                    end = to;
                }
                // a second's margin: the agenda's changes carry the same clock's instants
                Instant readAt = clock.instant().minusSeconds(1);
                Map<LocalDate, List<DueDebit>> due = self.due(chunk, end);
                for (LocalDate d = chunk; !d.isAfter(end); d = d.plusDays(1)) {
                    List<DueDebit> ofDay = due.getOrDefault(d, List.of());
                    int settled;
                    try {
                        settled = self.settleDay(runId, d, ofDay, readAt);
                    } catch (RuntimeException collided) {
                        // another run booked some of the same keys at the same moment: the day
                        // rolled back; settled again it finds them booked
                        LOG.log(Level.INFO, "Day " + d + " settled again after: " + collided);
                        settled = self.settleDay(runId, d, ofDay, readAt);
                    }
                    if (settled == CLOSED) {
                        // declared interrupted while it was stalled: the next run does the rest
                        LOG.warning(() -> "Debit run " + runId + " was closed meanwhile: stopped");
                        return;
                    }
                }
            }
            self.close(runId, null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Debit run " + runId + " failed", e);
            self.close(runId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Settles one child's day again (after an absence was excused, for instance). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resettle(long childId, LocalDate day) {
        DebitWorker self = context.getBusinessObject(DebitWorker.class);
        self.settleChild(day, self.dueOfChild(childId, day), childId);
    }

    /** What is due over the days, by day; the holder resolved per family and day. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<LocalDate, List<DueDebit>> due(LocalDate from, LocalDate to) {
        return toDue(consumedServices.between(from, to));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<DueDebit> dueOfChild(long childId, LocalDate day) {
        Child child = em.find(Child.class, childId);
        if (child == null) {
            return List.of();
        }
        return toDue(consumedServices.ofChild(child, day, day)).getOrDefault(day, List.of());
    }

    private Map<LocalDate, List<DueDebit>> toDue(List<Consumed> consumed) {
        Map<Long, HolderOn<Long>> holders = holders();
        Map<LocalDate, List<DueDebit>> due = new TreeMap<>();
        for (Consumed c : consumed) {
            long familyId = c.child().getFamilyId();
            HolderOn<Long> holder = holders.get(familyId);
            EntryKind kind = EntryKind.valueOf(c.service().kind().name());
            long unitId = c.service().careUnit().getId();
            due.computeIfAbsent(c.day(), k -> new ArrayList<>())
                    .add(
                            new DueDebit(
                                    Settlement.key(c.child().getId(), c.day(), unitId, kind.name()),
                                    c.day(),
                                    c.child().getId(),
                                    unitId,
                                    kind,
                                    c.service().amount(),
                                    holder == null ? null : holder.on(c.day())));
        }
        return due;
    }

    /** Each family's holder over time, read as ids in two queries. */
    private Map<Long, HolderOn<Long>> holders() {
        Map<Long, Long> current = new HashMap<>();
        for (Object[] row :
                em.createQuery(
                                "select f.id, h.id from Family f left join f.accountHolder h",
                                Object[].class)
                        .getResultList()) {
            current.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, List<HolderOn.Change<Long>>> changes = new HashMap<>();
        for (Object[] row :
                em.createQuery(
                                "select c.family.id, c.effectiveFrom, f.id, c.to.id"
                                        + " from AccountHolderChange c left join c.from f"
                                        + " order by c.changedAt, c.id",
                                Object[].class)
                        .getResultList()) {
            changes.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new HolderOn.Change<>((LocalDate) row[1], (Long) row[2], (Long) row[3]));
        }
        Map<Long, HolderOn<Long>> holders = new HashMap<>();
        current.forEach(
                (family, holder) ->
                        holders.put(
                                family,
                                new HolderOn<>(holder, changes.getOrDefault(family, List.of()))));
        return holders;
    }

    /**
     * Books one day of a run: what is due as read at {@code readAt} — read again if the day's
     * absences, extra care or holiday registrations changed since (an excuse during the run).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int settleDay(Long runId, LocalDate day, List<DueDebit> dueOfDay, Instant readAt) {
        List<DueDebit> due = dueOfDay;
        if (consumedServices.changedSince(day, readAt)) {
            due = toDue(consumedServices.between(day, day)).getOrDefault(day, List.of());
        }
        return settle(runId, day, due, null);
    }

    /** Books one child's day again (after a change to a day already debited). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int settleChild(LocalDate day, List<DueDebit> dueOfDay, Long onlyChild) {
        return settle(null, day, dueOfDay, onlyChild);
    }

    /**
     * Books one day (or one child's day): the debits missing, the reversals of what is no longer
     * due, the balances, the settled day and the run's figures, all or nothing.
     */
    private int settle(Long runId, LocalDate day, List<DueDebit> dueOfDay, Long onlyChild) {
        Instant now = clock.instant();
        LocalDate today =
                LocalDate.ofInstant(now, ch.monportail.platform.boundary.Clocks.COMMUNE_ZONE);
        DebitRun run = runId == null ? null : em.find(DebitRun.class, runId);
        if (run != null && run.getStatus() != DebitRun.Status.RUNNING) {
            return CLOSED;
        }
        Map<String, Due<DueDebit>> due = new LinkedHashMap<>();
        Set<Long> holderIds = new HashSet<>();
        for (DueDebit d : dueOfDay) {
            if (d.holderId() == null) {
                if (run != null) {
                    Child child = em.find(Child.class, d.childId());
                    run.anomaly(
                            "noHolder",
                            ch.monportail.platform.control.SwissFormat.date(day),
                            child.getFirstName() + " " + child.getLastName());
                }
                continue;
            }
            due.put(d.key(), new Due<>(d.key(), day, d.amount(), d));
            holderIds.add(d.holderId());
        }
        Map<String, Booked<LedgerEntry>> booked = booked(day, onlyChild);
        Settlement.Result<DueDebit, LedgerEntry> result = Settlement.of(due, booked);
        AccountBook book = new AccountBook(em);
        Map<Long, Long> accountOf = book.ensureFor(holderIds, now);
        Map<Long, BigDecimal> deltas = new HashMap<>();
        Set<Long> children = new HashSet<>();
        int count = 0;
        for (Due<DueDebit> d : result.held()) {
            if (run != null) {
                Child child = em.find(Child.class, d.service().childId());
                run.anomaly(
                        "reversedByHand",
                        ch.monportail.platform.control.SwissFormat.date(day),
                        child.getFirstName() + " " + child.getLastName(),
                        d.service().kind().name());
            }
        }
        for (Due<DueDebit> d : result.debits()) {
            DueDebit debit = d.service();
            long account = accountOf.get(debit.holderId());
            // a booking after the fact (a change settled again, a service booked anew) is valued
            // today, like its reversal: the statements already shown keep their balances
            boolean late = onlyChild != null || !d.key().equals(debit.key());
            em.persist(
                    LedgerEntry.debit(
                            em.getReference(BillingAccount.class, account),
                            debit.kind(),
                            em.getReference(Child.class, debit.childId()),
                            em.getReference(CareUnit.class, debit.careUnitId()),
                            day,
                            debit.amount(),
                            d.key(),
                            runId,
                            now,
                            late && today.isAfter(day.plusDays(1)) ? today : day.plusDays(1)));
            deltas.merge(account, debit.amount().negate(), BigDecimal::add);
            children.add(debit.childId());
            probe.booked(runId == null ? 0 : runId, ++count);
        }
        for (Booked<LedgerEntry> b : result.reversals()) {
            LedgerEntry reversal = b.entry().reversal(today, null, runId, now, null);
            em.persist(reversal);
            deltas.merge(b.entry().getAccount().getId(), reversal.getAmount(), BigDecimal::add);
        }
        em.flush();
        book.add(deltas);
        if (onlyChild == null && em.find(DebitDay.class, day) == null) {
            em.persist(new DebitDay(day, now, runId));
        }
        if (run != null) {
            BigDecimal net =
                    deltas.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).negate();
            run.dayDone(
                    children.size(), result.debits().size(), result.reversals().size(), net, now);
        }
        return result.debits().size() + result.reversals().size();
    }

    /** The service debits booked for the day, each marked reversed or not. */
    private Map<String, Booked<LedgerEntry>> booked(LocalDate day, Long onlyChild) {
        var query =
                em.createQuery(
                                "select e from LedgerEntry e where e.serviceOn = :day"
                                        + (onlyChild == null ? "" : " and e.child.id = :child"),
                                LedgerEntry.class)
                        .setParameter("day", day);
        if (onlyChild != null) {
            query.setParameter("child", onlyChild);
        }
        List<LedgerEntry> entries = query.getResultList();
        // the reversed keys, and whether by the ADMIN's hand (a reason given) or by a run
        Map<String, Boolean> reversedByHand = new HashMap<>();
        for (LedgerEntry e : entries) {
            if (e.getKind() == EntryKind.REVERSAL) {
                reversedByHand.put(
                        e.getSourceKey().substring(2),
                        e.getNote() != null || e.getBookedBy() != null);
            }
        }
        Map<String, Booked<LedgerEntry>> booked = new HashMap<>();
        for (LedgerEntry e : entries) {
            if (e.getKind().isService()) {
                // every booking of the service: the first under its key, the next ones #2, #3…
                Boolean byHand = reversedByHand.get(e.getSourceKey());
                booked.put(
                        e.getSourceKey(),
                        new Booked<>(
                                e.getSourceKey(),
                                e.getAmount().negate(),
                                byHand != null,
                                Boolean.TRUE.equals(byHand),
                                e));
            }
        }
        return booked;
    }

    /** Opens a run (its own transaction, so that the page sees it at once). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long open(DebitRun.How how, LocalDate from, LocalDate to, Long by) {
        DebitRun run = new DebitRun(how, from, to, clock.instant(), by, Instances.current());
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /** Closes the run: done, or failed with the reason in its anomalies. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void close(long runId, String failure) {
        DebitRun run = em.find(DebitRun.class, runId);
        if (run.getStatus() != DebitRun.Status.RUNNING) {
            return; // declared interrupted meanwhile: its report says so
        }
        if (failure != null) {
            run.anomaly("failed", failure);
        }
        run.finish(clock.instant(), failure != null);
    }
}
