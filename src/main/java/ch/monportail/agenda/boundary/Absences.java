package ch.monportail.agenda.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.agenda.boundary.RangePlan.Planned;
import ch.monportail.agenda.control.AbsenceRule;
import ch.monportail.agenda.control.AbsenceRule.Consequence;
import ch.monportail.agenda.entity.Absence;
import ch.monportail.agenda.entity.AbsenceReason;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.family.boundary.FamilyAudit;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.control.SwissFormat;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.entity.Structure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Absences (DESIGN §6). A parent (or the ADMIN for them) announces an absence for one or several
 * days and units and sees beforehand what it costs, computed by {@link AbsenceRule}, the rule the
 * billing applies; withdraws it until its cut-off. The staff of the structure record an absence
 * nobody announced (billed) and excuse one (no longer billed). Every change is in the audit log.
 */
@Stateless
@RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class Absences {

    public static final String ABSENCE_ANNOUNCED = "ABSENCE_ANNOUNCED";
    public static final String ABSENCE_WITHDRAWN = "ABSENCE_WITHDRAWN";
    public static final String ABSENCE_RECORDED = "ABSENCE_RECORDED";
    public static final String ABSENCE_EXCUSED = "ABSENCE_EXCUSED";

    /** The longest announcement at once (a long illness is announced again later). */
    public static final int MAX_DAYS = 62;

    public static final int MAX_COMMENT = 500;

    @PersistenceContext private EntityManager em;

    @Inject private FamilyAccess access;

    @Inject private FamilyAudit audit;

    @Inject private Calendars calendars;

    @Inject private Clock clock;

    @Inject private jakarta.enterprise.event.Event<ServicesChanged> servicesChanged;

    /** What the announcement would do now, without saving anything. */
    @RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
    public AbsencePreview preview(AbsenceRequest request) {
        Child child = access.childToEdit(request.childId());
        return compute(child, request, clock.instant()).preview();
    }

    /**
     * Saves the announcement. {@code previewedTotal} is the total the parent saw: when the cut-off
     * passed in between and the total changed, nothing is saved and the parent sees the new amount.
     */
    @RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
    public AbsencePreview announce(AbsenceRequest request, BigDecimal previewedTotal) {
        Child child = access.childToEdit(request.childId());
        if (request.comment() != null && request.comment().strip().length() > MAX_COMMENT) {
            throw new InvalidAgendaException("absence.invalid.comment");
        }
        Instant now = clock.instant();
        Computed computed = compute(child, request, now);
        if (previewedTotal != null && previewedTotal.compareTo(computed.preview().total()) != 0) {
            throw new InvalidAgendaException(
                    "absence.changed", SwissFormat.money(computed.preview().total()));
        }
        Long by = access.callerId();
        for (int i = 0; i < computed.planned().size(); i++) {
            Planned p = computed.planned().get(i);
            Consequence c = computed.consequences().get(i);
            em.persist(
                    new Absence(
                            child,
                            p.contract(),
                            p.unit().getCareUnit(),
                            p.day(),
                            request.reason(),
                            request.comment(),
                            now,
                            by,
                            c.billing(),
                            c.amount()));
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the other parent announced the same unit a moment ago (unique child, day, unit)
            throw new InvalidAgendaException("absence.invalid.already");
        }
        audit.record(
                child.getFamily(),
                ABSENCE_ANNOUNCED,
                child.getDisplayName()
                        + ": "
                        + SwissFormat.date(request.from())
                        + (request.to().equals(request.from())
                                ? ""
                                : "–" + SwissFormat.date(request.to()))
                        + ", "
                        + request.reason()
                        + ", "
                        + computed.planned().size()
                        + " unit(s), billed "
                        + SwissFormat.money(computed.preview().total()));
        return computed.preview();
    }

    /** Withdraws an announced absence before its cut-off (the child comes after all). */
    @RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
    public void withdraw(long absenceId) {
        Absence absence = absenceToEdit(absenceId);
        Child child = absence.getChild();
        RangePlan plan = RangePlan.load(em, calendars, child, absence.getDay(), absence.getDay());
        AbsenceRule rule = plan.rule(absence.getContract(), absence.getDay());
        if (!absence.getReason().announcedByParent()
                || !rule.canWithdraw(absence.getDay(), clock.instant())) {
            throw new InvalidAgendaException("absence.invalid.tooLateToWithdraw");
        }
        em.remove(absence);
        em.flush();
        audit.record(
                child.getFamily(),
                ABSENCE_WITHDRAWN,
                child.getDisplayName() + ": " + describe(absence));
    }

    /** The staff record that a child did not come and nobody said so (billed in full). */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
    public Absence recordUnannounced(long childId, LocalDate day, long careUnitId) {
        Child child = access.child(childId);
        if (day == null || day.isAfter(LocalDate.now(clock))) {
            throw new InvalidAgendaException("absence.invalid.future");
        }
        RangePlan plan = RangePlan.load(em, calendars, child, day, day);
        Planned planned =
                plan.on(day).stream()
                        .filter(p -> p.unit().getCareUnit().getId() == careUnitId)
                        .findFirst()
                        .orElseThrow(
                                () -> new InvalidAgendaException("absence.invalid.notPlanned"));
        requireStaffOf(planned.contract().getStructure());
        if (existing(child, day, careUnitId)) {
            throw new InvalidAgendaException("absence.invalid.already");
        }
        Consequence c = plan.rule(planned.contract(), day).unannounced(planned.unit().getPrice());
        Absence absence =
                new Absence(
                        child,
                        planned.contract(),
                        planned.unit().getCareUnit(),
                        day,
                        AbsenceReason.UNANNOUNCED,
                        null,
                        clock.instant(),
                        access.callerId(),
                        c.billing(),
                        c.amount());
        em.persist(absence);
        servicesChanged.fire(new ServicesChanged(childId, day));
        em.flush();
        audit.record(
                child.getFamily(),
                ABSENCE_RECORDED,
                child.getDisplayName() + ": " + describe(absence));
        return absence;
    }

    /**
     * A medical certificate accepted by the staff (the documents fire it, in their transaction):
     * the child's illness absences of the days it covers are no longer billed, and the days already
     * debited are settled again.
     */
    @jakarta.annotation.security.PermitAll
    public void certificateAccepted(
            @jakarta.enterprise.event.Observes CertificateAccepted accepted) {
        List<Absence> absences =
                em.createQuery(
                                "select a from Absence a where a.child.id = :c"
                                        + " and a.day between :f and :t order by a.day",
                                Absence.class)
                        .setParameter("c", accepted.childId())
                        .setParameter("f", accepted.from())
                        .setParameter("t", accepted.to())
                        .getResultList();
        java.util.Set<LocalDate> changed = new java.util.TreeSet<>();
        for (Absence a : absences) {
            if (a.acceptCertificate(accepted.certificateId(), clock.instant())) {
                changed.add(a.getDay());
            }
        }
        em.flush();
        changed.forEach(d -> servicesChanged.fire(new ServicesChanged(accepted.childId(), d)));
    }

    /** The staff excuse a billed absence with a reason: it is no longer billed. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
    public void excuse(long absenceId, String reason) {
        Absence absence = em.find(Absence.class, absenceId);
        if (absence == null) {
            throw new NotFoundException();
        }
        access.child(absence.getChild().getId());
        requireStaffOf(absence.getContract().getStructure());
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_COMMENT) {
            throw new InvalidAgendaException("absence.invalid.excuseReason");
        }
        if (!absence.isBilled()) {
            throw new InvalidAgendaException("absence.invalid.notBilled");
        }
        absence.excuse(clock.instant(), access.callerId(), reason.strip());
        em.flush();
        servicesChanged.fire(new ServicesChanged(absence.getChild().getId(), absence.getDay()));
        audit.record(
                absence.getChild().getFamily(),
                ABSENCE_EXCUSED,
                absence.getChild().getDisplayName()
                        + ": "
                        + describe(absence)
                        + " ("
                        + reason.strip()
                        + ")");
    }

    /** The absences of a child over a range (parents, ADMIN, educators of the child). */
    public List<Absence> of(long childId, LocalDate from, LocalDate to) {
        Child child = access.child(childId);
        return em.createQuery(
                        "select a from Absence a where a.child = :c and a.day between :f and :t"
                                + " order by a.day, a.careUnit.startsAt",
                        Absence.class)
                .setParameter("c", child)
                .setParameter("f", from)
                .setParameter("t", to)
                .getResultList();
    }

    private record Computed(
            List<Planned> planned, List<Consequence> consequences, AbsencePreview preview) {}

    private Computed compute(Child child, AbsenceRequest request, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (request.from() == null
                || request.to() == null
                || request.to().isBefore(request.from())) {
            throw new InvalidAgendaException("absence.invalid.period");
        }
        if (request.from().isBefore(today)) {
            throw new InvalidAgendaException("absence.invalid.past");
        }
        if (ChronoUnit.DAYS.between(request.from(), request.to()) >= MAX_DAYS) {
            throw new InvalidAgendaException("absence.invalid.tooLong", MAX_DAYS);
        }
        if (request.reason() == null || !request.reason().announcedByParent()) {
            throw new InvalidAgendaException("absence.invalid.reason");
        }
        RangePlan plan = RangePlan.load(em, calendars, child, request.from(), request.to());
        Set<String> absent =
                new AgendaReader(em, calendars)
                        .absencesByKey(child, request.from(), request.to())
                        .keySet();
        List<Planned> planned = new ArrayList<>();
        List<Consequence> consequences = new ArrayList<>();
        List<AbsencePreview.Line> lines = new ArrayList<>();
        BigDecimal total = new BigDecimal("0.00");
        for (LocalDate d = request.from(); !d.isAfter(request.to()); d = d.plusDays(1)) {
            for (Planned p : plan.on(d)) {
                long unitId = p.unit().getCareUnit().getId();
                if ((!request.careUnitIds().isEmpty() && !request.careUnitIds().contains(unitId))
                        || absent.contains(AgendaReader.key(d, unitId))) {
                    continue;
                }
                Consequence c =
                        plan.rule(p.contract(), d)
                                .announced(d, now, request.reason(), p.unit().getPrice(), false);
                planned.add(p);
                consequences.add(c);
                lines.add(
                        new AbsencePreview.Line(
                                d, p.unit().getCareUnit().getName(), c.billing(), c.amount()));
                total = total.add(c.amount());
            }
        }
        if (planned.isEmpty()) {
            throw new InvalidAgendaException("absence.invalid.nothingPlanned");
        }
        return new Computed(planned, consequences, new AbsencePreview(lines, total));
    }

    private Absence absenceToEdit(long absenceId) {
        Absence absence = em.find(Absence.class, absenceId);
        if (absence == null) {
            throw new NotFoundException();
        }
        access.childToEdit(absence.getChild().getId());
        return absence;
    }

    private boolean existing(Child child, LocalDate day, long careUnitId) {
        return !em.createQuery(
                        "select a.id from Absence a where a.child = :c and a.day = :d"
                                + " and a.careUnit.id = :u",
                        Long.class)
                .setParameter("c", child)
                .setParameter("d", day)
                .setParameter("u", careUnitId)
                .getResultList()
                .isEmpty();
    }

    /** The ADMIN, or an educator who works in the structure. */
    private void requireStaffOf(Structure structure) {
        if (access.isAdmin()) {
            return;
        }
        long caller = access.callerId();
        if (structure.getEducators().stream().noneMatch(e -> e.getId() == caller)) {
            throw new NotFoundException();
        }
    }

    private static String describe(Absence a) {
        return SwissFormat.date(a.getDay())
                + " "
                + a.getCareUnit().getName()
                + ", "
                + a.getReason()
                + ", "
                + a.getBilling()
                + " "
                + SwissFormat.money(a.getAmount());
    }
}
