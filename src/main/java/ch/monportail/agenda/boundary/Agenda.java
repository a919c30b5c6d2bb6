package ch.monportail.agenda.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.agenda.boundary.RangePlan.Planned;
import ch.monportail.agenda.control.AbsenceRule;
import ch.monportail.agenda.entity.Absence;
import ch.monportail.agenda.entity.ExtraCareStatus;
import ch.monportail.agenda.entity.InformationItem;
import ch.monportail.contract.entity.Contract;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.control.SchoolCalendar.DayKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A child's agenda (DESIGN §6), read by its parents, the ADMIN and its educators: the entries of a
 * range of days (the visible range of the page, with a bounded number of queries whatever the
 * number of entries) and one day with the actions allowed now.
 */
@Stateless
@RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class Agenda {

    /** The longest range one call loads (the list view of a school year and a bit). */
    public static final int MAX_DAYS = 400;

    @PersistenceContext private EntityManager em;

    @Inject private FamilyAccess access;

    @Inject private Calendars calendars;

    @Inject private Clock clock;

    @Inject private ExtraCares extraCares;

    @Inject private HolidayCare holidayCare;

    /** The children of the calling parent's family, eldest first. */
    @RolesAllowed(Role.PARENT_NAME)
    public List<Child> myChildren() {
        var own = access.callerRepresentative();
        if (own.isEmpty()) {
            // an account the service created before linking it to a family
            return List.of();
        }
        return em.createQuery(
                        "select c from Child c where c.family = :f order by c.birthDate, c.id",
                        Child.class)
                .setParameter("f", own.get().getFamily())
                .getResultList();
    }

    /** Today in the commune (the agenda opens on it). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The entries of the days {@code from}–{@code to} (both included). */
    public List<AgendaEntry> entries(long childId, LocalDate from, LocalDate to) {
        Child child = access.child(childId);
        checkRange(from, to);
        return new AgendaReader(em, calendars).entries(child, from, to);
    }

    /** One day: the planned units with their absences and the actions allowed now. */
    public AgendaDay day(long childId, LocalDate day) {
        Child child = access.child(childId);
        AgendaReader reader = new AgendaReader(em, calendars);
        RangePlan plan = reader.plan(child, day, day);
        Map<String, Absence> absences = reader.absencesByKey(child, day, day);
        Instant now = clock.instant();
        boolean mayAnnounce = mayAnnounce(child) && !day.isBefore(LocalDate.now(clock));
        List<AgendaDay.Unit> units = new ArrayList<>();
        for (Planned p : plan.on(day)) {
            var unit = p.unit().getCareUnit();
            AbsenceRule rule = plan.rule(p.contract(), day);
            Absence absence = absences.get(AgendaReader.key(day, unit.getId()));
            units.add(
                    new AgendaDay.Unit(
                            unit.getId(),
                            unit.getName(),
                            p.contract().getStructure().getName(),
                            unit.getStartsAt(),
                            unit.getEndsAt(),
                            p.unit().getPrice(),
                            rule.cutoff(day),
                            absence == null ? null : absence.getId(),
                            absence == null ? null : absence.getReason(),
                            absence == null ? null : absence.getBilling(),
                            absence != null && absence.isBilled(),
                            absence == null ? null : absence.getBilledAmount(),
                            absence == null && mayAnnounce,
                            absence != null
                                    && mayAnnounce
                                    && absence.getReason().announcedByParent()
                                    && rule.canWithdraw(day, now)));
        }
        Optional<Contract> first = plan.contracts().stream().findFirst();
        DayKind kind =
                first.flatMap(c -> plan.kind(day, c.getStructure().getId()))
                        .orElseGet(
                                () ->
                                        plan.year(day)
                                                .map(y -> y.calendar().kind(day, Set.of()))
                                                .orElse(DayKind.OUT_OF_SESSION));
        String label =
                reader.calendarEntries(plan, day, day).stream()
                        .map(AgendaEntry::title)
                        .filter(t -> t != null && !t.isBlank())
                        .findFirst()
                        .orElse(null);
        List<AgendaDay.Information> information =
                reader.information(child, plan, day, day).stream()
                        .map(
                                i ->
                                        new AgendaDay.Information(
                                                i.getId(), i.getTitle(), i.getBody(), scope(i)))
                        .toList();
        List<AgendaDay.Extra> extras =
                reader.extraCares(child, day, day).stream()
                        .filter(e -> e.getStatus() != ExtraCareStatus.CANCELLED)
                        .map(
                                e ->
                                        new AgendaDay.Extra(
                                                e.getId(),
                                                e.getCareUnit().getName(),
                                                e.getCareUnit().getStartsAt(),
                                                e.getCareUnit().getEndsAt(),
                                                e.getStatus(),
                                                e.getPrice(),
                                                e.getDecisionNote(),
                                                mayAnnounce
                                                        && e.getStatus()
                                                                == ExtraCareStatus.PENDING))
                        .toList();
        List<ExtraCares.Option> options =
                mayAnnounce ? extraCares.options(child.getId(), day) : List.of();
        List<HolidayCare.Offer> holidays =
                mayAnnounce(child) ? holidayCare.offers(child.getId(), day, day) : List.of();
        return new AgendaDay(day, kind, label, units, information, extras, options, holidays);
    }

    /** Parents announce for their children; the ADMIN may do it for them (a phone call). */
    private boolean mayAnnounce(Child child) {
        if (access.isAdmin()) {
            return true;
        }
        return access.callerRepresentative()
                .map(r -> r.getFamily().getId().equals(child.getFamily().getId()))
                .orElse(false);
    }

    private static String scope(InformationItem item) {
        if (item.getChild() != null) {
            return item.getChild().getFirstName();
        }
        if (item.getCareUnit() != null) {
            return item.getStructure().getName() + " · " + item.getCareUnit().getName();
        }
        return item.getStructure().getName();
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null
                || to == null
                || to.isBefore(from)
                || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new NotFoundException();
        }
    }
}
