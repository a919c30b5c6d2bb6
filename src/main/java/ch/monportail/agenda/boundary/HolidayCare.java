package ch.monportail.agenda.boundary;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.agenda.control.FamilyUnitPrice;
import ch.monportail.agenda.entity.HolidayDay;
import ch.monportail.agenda.entity.HolidayProgramme;
import ch.monportail.agenda.entity.HolidayRegistration;
import ch.monportail.agenda.entity.HolidayRegistrationStatus;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.family.boundary.FamilyAudit;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.boundary.Outbox;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.control.SwissFormat;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.boundary.Structures;
import ch.monportail.structure.control.SchoolCalendar;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.Structure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holiday care (DESIGN §6). The ADMIN publishes a programme: a structure's care unit on the open
 * days of a period, a capacity per day, a registration window. Parents register a child with a
 * contract in that structure for the school year; a full day puts the child on its waiting list,
 * and a freed place goes to the first waiting child, whose parents are told by e-mail. Cancelling
 * is free until the deadline, billed after it. Capacity is never exceeded: each registration locks
 * its day's row before counting (SELECT … FOR UPDATE), so concurrent requests for the last place
 * are served one after the other.
 */
@Stateless
@RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class HolidayCare {

    public static final String HOLIDAY_PROGRAMME_PUBLISHED = "HOLIDAY_PROGRAMME_PUBLISHED";
    public static final String HOLIDAY_REGISTERED = "HOLIDAY_REGISTERED";
    public static final String HOLIDAY_CANCELLED = "HOLIDAY_CANCELLED";
    public static final String HOLIDAY_PROMOTED = "HOLIDAY_PROMOTED";

    /** The longest programme (summer holidays). */
    public static final int MAX_DAYS = 70;

    @PersistenceContext private EntityManager em;

    @Inject private FamilyAccess access;

    @Inject private FamilyAudit familyAudit;

    @Inject private AuditLog auditLog;

    @Inject private Structures structures;

    @Inject private Calendars calendars;

    @Inject private Outbox outbox;

    @Inject private Clock clock;

    /** What the ADMIN publishes. {@code fullPrice} null: the unit's full price. */
    public record NewProgramme(
            long careUnitId,
            String title,
            BigDecimal fullPrice,
            LocalDate registrationOpens,
            LocalDate registrationDeadline,
            LocalDate from,
            LocalDate to,
            int capacity)
            implements Serializable {}

    /** A holiday day as a parent sees it for one child. */
    public record Offer(
            long holidayDayId,
            LocalDate day,
            String programme,
            String careUnit,
            LocalTime starts,
            LocalTime ends,
            int capacity,
            long registered,
            long waiting,
            BigDecimal price,
            Long registrationId,
            HolidayRegistrationStatus status,
            boolean canRegister,
            boolean canCancel,
            boolean cancelBilled,
            LocalDate deadline)
            implements Serializable {

        public long getFree() {
            return Math.max(0, capacity - registered);
        }

        public long getHolidayDayId() {
            return holidayDayId;
        }

        public LocalDate getDay() {
            return day;
        }

        public String getProgramme() {
            return programme;
        }

        public String getCareUnit() {
            return careUnit;
        }

        public LocalTime getStarts() {
            return starts;
        }

        public LocalTime getEnds() {
            return ends;
        }

        public int getCapacity() {
            return capacity;
        }

        public long getWaiting() {
            return waiting;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public Long getRegistrationId() {
            return registrationId;
        }

        public HolidayRegistrationStatus getStatus() {
            return status;
        }

        public boolean isCanRegister() {
            return canRegister;
        }

        public boolean isCanCancel() {
            return canCancel;
        }

        public boolean isCancelBilled() {
            return cancelBilled;
        }

        public LocalDate getDeadline() {
            return deadline;
        }
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public HolidayProgramme publish(NewProgramme n) {
        CareUnit unit = structures.careUnit(n.careUnitId());
        if (n.from() == null
                || n.to() == null
                || n.to().isBefore(n.from())
                || ChronoUnit.DAYS.between(n.from(), n.to()) >= MAX_DAYS) {
            throw new InvalidAgendaException("holiday.invalid.period", MAX_DAYS);
        }
        if (n.registrationDeadline() != null && n.registrationDeadline().isAfter(n.from())) {
            throw new InvalidAgendaException("holiday.invalid.deadlineAfterStart");
        }
        HolidayProgramme programme;
        try {
            programme =
                    new HolidayProgramme(
                            unit,
                            n.title(),
                            n.fullPrice(),
                            n.registrationOpens(),
                            n.registrationDeadline(),
                            clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidAgendaException(e.getMessage());
        }
        em.persist(programme);
        var years =
                calendars.yearCalendars(
                        new java.util.HashSet<>(
                                List.of(
                                        SchoolCalendar.startYearOf(n.from()),
                                        SchoolCalendar.startYearOf(n.to()))));
        for (LocalDate d = n.from(); !d.isAfter(n.to()); d = d.plusDays(1)) {
            var year = years.get(SchoolCalendar.startYearOf(d));
            if (year != null
                    && year.calendar()
                            .isOpen(
                                    d,
                                    year.closures(unit.getStructure().getId()),
                                    unit.isOnSchoolDays(),
                                    unit.isInHolidays())) {
                try {
                    em.persist(new HolidayDay(programme, d, n.capacity()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidAgendaException(e.getMessage());
                }
            }
        }
        if (programme.getDays().isEmpty()) {
            throw new InvalidAgendaException("holiday.invalid.noOpenDay");
        }
        em.flush();
        var caller = access.caller();
        auditLog.record(
                caller.getId(),
                caller.getEmail(),
                HOLIDAY_PROGRAMME_PUBLISHED,
                unit.getStructure().getName()
                        + " · "
                        + programme.getTitle()
                        + ", "
                        + programme.getDays().size()
                        + " days from "
                        + SwissFormat.date(n.from()),
                null);
        return programme;
    }

    /** A structure's programmes with their days, latest first (ADMIN and its educators). */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
    public List<HolidayProgramme> programmes(long structureId) {
        Structure structure = structures.structure(structureId);
        List<HolidayProgramme> list =
                em.createQuery(
                                "select p from HolidayProgramme p where p.structure = :s"
                                        + " order by p.registrationOpens desc, p.id desc",
                                HolidayProgramme.class)
                        .setParameter("s", structure)
                        .getResultList();
        list.forEach(p -> p.getDays().size());
        return list;
    }

    /** Registered children per holiday day id (for the ADMIN's list). */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
    public Map<Long, Long> registeredByDay(long structureId) {
        Structure structure = structures.structure(structureId);
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row :
                em.createQuery(
                                "select r.day.id, count(r) from HolidayRegistration r"
                                        + " where r.day.programme.structure = :s and r.status = :reg"
                                        + " group by r.day.id",
                                Object[].class)
                        .setParameter("s", structure)
                        .setParameter("reg", HolidayRegistrationStatus.REGISTERED)
                        .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The holiday days of the child's structures over a range, with the child's status. */
    @RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
    public List<Offer> offers(long childId, LocalDate from, LocalDate to) {
        Child child = access.childToEdit(childId);
        LocalDate today = LocalDate.now(clock);
        List<Contract> contracts = contractsOf(child);
        if (contracts.isEmpty()) {
            return List.of();
        }
        List<HolidayDay> days =
                em.createQuery(
                                "select d from HolidayDay d join fetch d.programme p"
                                        + " where p.structure in :s and d.day between :f and :t"
                                        + " order by d.day, p.careUnit.startsAt",
                                HolidayDay.class)
                        .setParameter("s", contracts.stream().map(Contract::getStructure).toList())
                        .setParameter("f", from)
                        .setParameter("t", to)
                        .getResultList();
        if (days.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, HolidayRegistration> mine = new HashMap<>();
        for (HolidayRegistration r :
                em.createQuery(
                                "select r from HolidayRegistration r where r.day in :d",
                                HolidayRegistration.class)
                        .setParameter("d", days)
                        .getResultList()) {
            long[] c = counts.computeIfAbsent(r.getDay().getId(), k -> new long[2]);
            if (r.getStatus() == HolidayRegistrationStatus.REGISTERED) {
                c[0]++;
            } else if (r.getStatus() == HolidayRegistrationStatus.WAITING) {
                c[1]++;
            }
            if (r.getChild().getId().equals(child.getId())) {
                mine.put(r.getDay().getId(), r);
            }
        }
        List<Offer> offers = new ArrayList<>();
        for (HolidayDay d : days) {
            Optional<Contract> contract = contractFor(contracts, d);
            if (contract.isEmpty()) {
                continue;
            }
            HolidayProgramme p = d.getProgramme();
            HolidayRegistration r = mine.get(d.getId());
            long[] c = counts.getOrDefault(d.getId(), new long[2]);
            boolean future = !d.getDay().isBefore(today);
            boolean active = r != null && r.isActive();
            offers.add(
                    new Offer(
                            d.getId(),
                            d.getDay(),
                            p.getTitle(),
                            p.getCareUnit().getName(),
                            p.getCareUnit().getStartsAt(),
                            p.getCareUnit().getEndsAt(),
                            d.getCapacity(),
                            c[0],
                            c[1],
                            active ? r.getPrice() : price(contract.get(), p),
                            r == null ? null : r.getId(),
                            r == null ? null : r.getStatus(),
                            !active && future && p.isOpenForRegistration(today),
                            active && future,
                            active
                                    && r.getStatus() == HolidayRegistrationStatus.REGISTERED
                                    && p.isAfterDeadline(today),
                            p.getRegistrationDeadline()));
        }
        return offers;
    }

    /** Registers the child, or puts it on the waiting list when the day is full. */
    @RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
    public HolidayRegistrationStatus register(long childId, long holidayDayId) {
        Child child = access.childToEdit(childId);
        HolidayDay day = em.find(HolidayDay.class, holidayDayId, LockModeType.PESSIMISTIC_WRITE);
        if (day == null) {
            throw new NotFoundException();
        }
        HolidayProgramme p = day.getProgramme();
        Contract contract =
                contractFor(contractsOf(child), day)
                        .orElseThrow(
                                () -> new InvalidAgendaException("holiday.invalid.noContract"));
        LocalDate today = LocalDate.now(clock);
        if (!p.isOpenForRegistration(today) || day.getDay().isBefore(today)) {
            throw new InvalidAgendaException("holiday.invalid.closed");
        }
        long registered = registeredOn(day);
        boolean free = registered < day.getCapacity();
        BigDecimal price = price(contract, p);
        Optional<HolidayRegistration> existing = registration(day, child);
        HolidayRegistration r;
        if (existing.isPresent()) {
            r = existing.get();
            try {
                r.renew(price, free, clock.instant(), access.callerId());
            } catch (IllegalStateException e) {
                throw new InvalidAgendaException(e.getMessage());
            }
        } else {
            r =
                    new HolidayRegistration(
                            day, child, contract, price, free, clock.instant(), access.callerId());
            em.persist(r);
        }
        em.flush();
        familyAudit.record(
                child.getFamily(), HOLIDAY_REGISTERED, child.getDisplayName() + ": " + describe(r));
        return r.getStatus();
    }

    /**
     * Cancels a registration or a place on the waiting list; a freed place goes to the first child
     * waiting, whose parent is told by e-mail.
     */
    @RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
    public HolidayRegistrationStatus cancel(long holidayRegistrationId) {
        HolidayRegistration r = em.find(HolidayRegistration.class, holidayRegistrationId);
        if (r == null) {
            throw new NotFoundException();
        }
        access.childToEdit(r.getChild().getId());
        HolidayDay day =
                em.find(HolidayDay.class, r.getDay().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        LocalDate today = LocalDate.now(clock);
        if (day.getDay().isBefore(today)) {
            throw new InvalidAgendaException("holiday.invalid.past");
        }
        boolean freesPlace = r.getStatus() == HolidayRegistrationStatus.REGISTERED;
        try {
            r.cancel(clock.instant(), day.getProgramme().isAfterDeadline(today));
        } catch (IllegalStateException e) {
            throw new InvalidAgendaException(e.getMessage());
        }
        em.flush();
        familyAudit.record(
                r.getChild().getFamily(),
                HOLIDAY_CANCELLED,
                r.getChild().getDisplayName() + ": " + describe(r));
        if (freesPlace && registeredOn(day) < day.getCapacity()) {
            em
                    .createQuery(
                            "select w from HolidayRegistration w where w.day = :d and w.status = :w"
                                    + " order by w.registeredAt, w.id",
                            HolidayRegistration.class)
                    .setParameter("d", day)
                    .setParameter("w", HolidayRegistrationStatus.WAITING)
                    .setMaxResults(1)
                    .getResultList()
                    .stream()
                    .findFirst()
                    .ifPresent(this::promote);
        }
        return r.getStatus();
    }

    private void promote(HolidayRegistration waiting) {
        waiting.promote();
        em.flush();
        familyAudit.record(
                waiting.getChild().getFamily(),
                HOLIDAY_PROMOTED,
                waiting.getChild().getDisplayName() + ": " + describe(waiting));
        Account parent =
                waiting.getRegisteredBy() == null
                        ? null
                        : em.find(Account.class, waiting.getRegisteredBy());
        if (parent == null || parent.getRole() != Role.PARENT) {
            var holder = waiting.getChild().getFamily().getAccountHolder();
            parent = holder == null ? null : holder.getAccount();
        }
        if (parent != null) {
            HolidayProgramme p = waiting.getDay().getProgramme();
            outbox.send(
                    "holidayPromoted",
                    parent.getLanguage(),
                    parent.getEmail(),
                    parent.getFirstName(),
                    waiting.getChild().getFirstName(),
                    SwissFormat.date(waiting.getDay().getDay()),
                    p.getTitle() + " · " + p.getCareUnit().getName(),
                    SwissFormat.money(waiting.getPrice()),
                    SwissFormat.date(p.getRegistrationDeadline()));
        }
    }

    private long registeredOn(HolidayDay day) {
        return em.createQuery(
                        "select count(r) from HolidayRegistration r where r.day = :d"
                                + " and r.status = :reg",
                        Long.class)
                .setParameter("d", day)
                .setParameter("reg", HolidayRegistrationStatus.REGISTERED)
                .getSingleResult();
    }

    private Optional<HolidayRegistration> registration(HolidayDay day, Child child) {
        return em
                .createQuery(
                        "select r from HolidayRegistration r where r.day = :d and r.child = :c",
                        HolidayRegistration.class)
                .setParameter("d", day)
                .setParameter("c", child)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The child's active contracts (holiday care is for children in care). */
    private List<Contract> contractsOf(Child child) {
        return em.createQuery(
                        "select c from Contract c where c.child = :c and c.status = :a",
                        Contract.class)
                .setParameter("c", child)
                .setParameter("a", ContractStatus.ACTIVE)
                .getResultList();
    }

    /** A contract in the programme's structure for the school year of the day. */
    private static Optional<Contract> contractFor(List<Contract> contracts, HolidayDay day) {
        int year = SchoolCalendar.startYearOf(day.getDay());
        return contracts.stream()
                .filter(
                        c ->
                                c.getStructure()
                                                .getId()
                                                .equals(day.getProgramme().getStructure().getId())
                                        && c.getSchoolYear().getStartYear() == year)
                .findFirst();
    }

    /** The family's price of a day: the tariff on the day's full price, meal not reduced. */
    private BigDecimal price(Contract contract, HolidayProgramme p) {
        ContractTerms terms = contract.getCurrentTerms();
        var tariff =
                calendars
                        .tariff(
                                contract.getStructure().getId(),
                                contract.getSchoolYear().getStartYear())
                        .orElseThrow(() -> new InvalidAgendaException("holiday.invalid.noContract"))
                        .rule();
        return FamilyUnitPrice.of(
                tariff,
                p.dayFullPrice(),
                p.getCareUnit().getMealPrice(),
                terms.getIncomeBasis(),
                terms.getSiblingRank());
    }

    private static String describe(HolidayRegistration r) {
        return SwissFormat.date(r.getDay().getDay())
                + " "
                + r.getDay().getProgramme().getTitle()
                + ", "
                + r.getStatus()
                + " "
                + SwissFormat.money(r.getPrice());
    }
}
