package ch.monportail.agenda.boundary;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.agenda.control.FamilyUnitPrice;
import ch.monportail.agenda.entity.ExtraCare;
import ch.monportail.agenda.entity.ExtraCareStatus;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.family.boundary.FamilyAudit;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.boundary.Outbox;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.control.SwissFormat;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.boundary.Structures;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.Structure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Extra care (<em>dépannage</em>, DESIGN §6). A parent sees which care units of the child's
 * structure can be asked for on a day (open that day, not already planned or asked) and at what
 * price, and asks; the request is pending until the ADMIN or an educator of the structure approves
 * or refuses it — seeing the unit's occupancy — and the parent who asked is told by e-mail. A
 * pending request can be cancelled by the parents. Approved extra care is on the presence list and
 * will be billed at the price shown.
 */
@Stateless
@RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class ExtraCares {

    public static final String EXTRA_CARE_REQUESTED = "EXTRA_CARE_REQUESTED";
    public static final String EXTRA_CARE_CANCELLED = "EXTRA_CARE_CANCELLED";
    public static final String EXTRA_CARE_APPROVED = "EXTRA_CARE_APPROVED";
    public static final String EXTRA_CARE_REFUSED = "EXTRA_CARE_REFUSED";

    /** How far ahead a parent may ask (the rest of the school year is planned by amendments). */
    public static final int MAX_DAYS_AHEAD = 120;

    @PersistenceContext private EntityManager em;

    @Inject private FamilyAccess access;

    @Inject private FamilyAudit audit;

    @Inject private Calendars calendars;

    @Inject private Structures structures;

    @Inject private PresenceLists presenceLists;

    @Inject private Outbox outbox;

    @Inject private Clock clock;

    @Inject private jakarta.enterprise.event.Event<ServicesChanged> servicesChanged;

    /** A unit that can be asked for on the day, with its price (unit price + surcharge). */
    public record Option(long careUnitId, String name, String times, BigDecimal price)
            implements java.io.Serializable {
        public long getCareUnitId() {
            return careUnitId;
        }

        public String getName() {
            return name;
        }

        public String getTimes() {
            return times;
        }

        public BigDecimal getPrice() {
            return price;
        }

        /** The price as the portal writes money (CHF 1'234.50), for a drop-down's label. */
        public String getPriceText() {
            return SwissFormat.money(price);
        }
    }

    /** The units the parent may ask for on the day (none in the past or too far ahead). */
    @RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
    public List<Option> options(long childId, LocalDate day) {
        Child child = access.childToEdit(childId);
        return options(child, day);
    }

    private List<Option> options(Child child, LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        if (day == null || day.isBefore(today) || day.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            return List.of();
        }
        RangePlan plan = RangePlan.load(em, calendars, child, day, day);
        var year = plan.year(day);
        if (year.isEmpty()) {
            return List.of();
        }
        Set<Long> taken =
                plan.on(day).stream()
                        .map(p -> p.unit().getCareUnit().getId())
                        .collect(Collectors.toSet());
        taken.addAll(
                em.createQuery(
                                "select e.careUnit.id from ExtraCare e where e.child = :c"
                                        + " and e.day = :d and e.status in :active",
                                Long.class)
                        .setParameter("c", child)
                        .setParameter("d", day)
                        .setParameter(
                                "active", Set.of(ExtraCareStatus.PENDING, ExtraCareStatus.APPROVED))
                        .getResultList());
        List<Option> options = new ArrayList<>();
        for (Contract contract : plan.contracts()) {
            if (!contract.covers(day) || contract.termsOn(day) == null) {
                continue;
            }
            Structure structure = contract.getStructure();
            Set<java.time.LocalDate> closures = year.get().closures(structure.getId());
            for (CareUnit unit : structure.getCareUnits()) {
                if (!unit.isActive()
                        || taken.contains(unit.getId())
                        || !year.get()
                                .calendar()
                                .isOpen(
                                        day,
                                        closures,
                                        unit.isOnSchoolDays(),
                                        unit.isInHolidays())) {
                    continue;
                }
                options.add(
                        new Option(
                                unit.getId(),
                                unit.getName(),
                                unit.getStartsAt() + "–" + unit.getEndsAt(),
                                price(contract, contract.termsOn(day), unit)));
            }
        }
        return options;
    }

    /** Asks for a unit on a day; the price is the one {@link #options} showed. */
    @RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
    public ExtraCare request(long childId, LocalDate day, long careUnitId, String note) {
        Child child = access.childToEdit(childId);
        if (note != null && note.strip().length() > Absences.MAX_COMMENT) {
            throw new InvalidAgendaException("absence.invalid.comment");
        }
        // one request at a time per child: the child's row is the lock
        em.lock(child, LockModeType.PESSIMISTIC_WRITE);
        Option option =
                options(child, day).stream()
                        .filter(o -> o.careUnitId() == careUnitId)
                        .findFirst()
                        .orElseThrow(() -> new InvalidAgendaException("extraCare.invalid.unit"));
        RangePlan plan = RangePlan.load(em, calendars, child, day, day);
        CareUnit unit = em.find(CareUnit.class, careUnitId);
        Contract contract =
                plan.contracts().stream()
                        .filter(
                                c ->
                                        c.covers(day)
                                                && c.getStructure()
                                                        .getId()
                                                        .equals(unit.getStructure().getId()))
                        .findFirst()
                        .orElseThrow(() -> new InvalidAgendaException("extraCare.invalid.unit"));
        ExtraCare extra =
                new ExtraCare(
                        child,
                        contract,
                        unit,
                        day,
                        option.price(),
                        note,
                        clock.instant(),
                        access.callerId());
        em.persist(extra);
        em.flush();
        audit.record(
                child.getFamily(),
                EXTRA_CARE_REQUESTED,
                child.getDisplayName() + ": " + describe(extra));
        return extra;
    }

    /** The parents withdraw a request not decided yet. */
    @RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME})
    public void cancel(long extraCareId) {
        ExtraCare extra = find(extraCareId);
        access.childToEdit(extra.getChild().getId());
        try {
            extra.cancel(clock.instant(), access.callerId());
        } catch (IllegalStateException e) {
            throw new InvalidAgendaException(e.getMessage());
        }
        audit.record(
                extra.getChild().getFamily(),
                EXTRA_CARE_CANCELLED,
                extra.getChild().getDisplayName() + ": " + describe(extra));
    }

    /** A pending request with the unit's occupancy that day, for the staff's decision. */
    public record Pending(
            long id,
            String child,
            LocalDate day,
            String careUnit,
            BigDecimal price,
            String note,
            long expected,
            int capacity)
            implements java.io.Serializable {
        public long getId() {
            return id;
        }

        public String getChild() {
            return child;
        }

        public LocalDate getDay() {
            return day;
        }

        public String getCareUnit() {
            return careUnit;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public String getNote() {
            return note;
        }

        public long getExpected() {
            return expected;
        }

        public int getCapacity() {
            return capacity;
        }

        public boolean isFull() {
            return expected >= capacity;
        }
    }

    /** The pending requests of a structure, oldest day first, with occupancy. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
    public List<Pending> pending(long structureId) {
        Structure structure = structures.structure(structureId);
        List<ExtraCare> list =
                em.createQuery(
                                "select e from ExtraCare e where e.careUnit.structure = :s"
                                        + " and e.status = :p and e.day >= :today"
                                        + " order by e.day, e.requestedAt",
                                ExtraCare.class)
                        .setParameter("s", structure)
                        .setParameter("p", ExtraCareStatus.PENDING)
                        .setParameter("today", LocalDate.now(clock))
                        .getResultList();
        java.util.Map<LocalDate, PresenceList> lists = new java.util.HashMap<>();
        List<Pending> result = new ArrayList<>();
        for (ExtraCare e : list) {
            PresenceList day =
                    lists.computeIfAbsent(
                            e.getDay(), d -> presenceLists.list(structure.getId(), d));
            long expected =
                    day.units().stream()
                            .filter(u -> u.careUnitId() == e.getCareUnit().getId())
                            .mapToLong(PresenceList.Unit::getExpected)
                            .sum();
            result.add(
                    new Pending(
                            e.getId(),
                            e.getChild().getDisplayName(),
                            e.getDay(),
                            e.getCareUnit().getName(),
                            e.getPrice(),
                            e.getNote(),
                            expected,
                            e.getCareUnit().getCapacity()));
        }
        return result;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
    public void approve(long extraCareId) {
        decide(extraCareId, true, null);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
    public void refuse(long extraCareId, String reason) {
        decide(extraCareId, false, reason);
    }

    private void decide(long extraCareId, boolean approve, String reason) {
        ExtraCare extra = find(extraCareId);
        structures.structure(extra.getCareUnit().getStructure().getId());
        if (!approve
                && (reason == null
                        || reason.isBlank()
                        || reason.strip().length() > Absences.MAX_COMMENT)) {
            throw new InvalidAgendaException("extraCare.invalid.reason");
        }
        try {
            if (approve) {
                extra.approve(clock.instant(), access.callerId(), reason);
            } else {
                extra.refuse(clock.instant(), access.callerId(), reason);
            }
        } catch (IllegalStateException e) {
            throw new InvalidAgendaException(e.getMessage());
        }
        if (approve) {
            // approved after its day was debited (a late decision): the billing settles it
            servicesChanged.fire(new ServicesChanged(extra.getChild().getId(), extra.getDay()));
        }
        audit.record(
                extra.getChild().getFamily(),
                approve ? EXTRA_CARE_APPROVED : EXTRA_CARE_REFUSED,
                extra.getChild().getDisplayName() + ": " + describe(extra));
        Account parent =
                extra.getRequestedBy() == null
                        ? null
                        : em.find(Account.class, extra.getRequestedBy());
        if (parent != null && parent.getRole() == Role.PARENT) {
            outbox.send(
                    approve ? "extraCareApproved" : "extraCareRefused",
                    parent.getLanguage(),
                    parent.getEmail(),
                    parent.getFirstName(),
                    extra.getChild().getFirstName(),
                    SwissFormat.date(extra.getDay()),
                    extra.getCareUnit().getName(),
                    SwissFormat.money(extra.getPrice()),
                    reason == null ? "" : reason.strip());
        }
    }

    /** The requests of a child over a range (agenda). */
    public List<ExtraCare> of(long childId, LocalDate from, LocalDate to) {
        Child child = access.child(childId);
        return em.createQuery(
                        "select e from ExtraCare e where e.child = :c and e.day between :f and :t"
                                + " order by e.day, e.careUnit.startsAt",
                        ExtraCare.class)
                .setParameter("c", child)
                .setParameter("f", from)
                .setParameter("t", to)
                .getResultList();
    }

    private ExtraCare find(long extraCareId) {
        ExtraCare extra = em.find(ExtraCare.class, extraCareId);
        if (extra == null) {
            throw new NotFoundException();
        }
        access.child(extra.getChild().getId());
        return extra;
    }

    private BigDecimal price(Contract contract, ContractTerms terms, CareUnit unit) {
        var tariff =
                calendars
                        .tariff(
                                contract.getStructure().getId(),
                                contract.getSchoolYear().getStartYear())
                        .orElseThrow(() -> new InvalidAgendaException("extraCare.invalid.unit"))
                        .rule();
        return FamilyUnitPrice.of(
                tariff,
                unit.getFullPrice(),
                unit.getMealPrice(),
                terms.getIncomeBasis(),
                terms.getSiblingRank(),
                contract.getStructure().getAgendaSettings().getExtraCareSurchargePercent());
    }

    private static String describe(ExtraCare e) {
        return SwissFormat.date(e.getDay())
                + " "
                + e.getCareUnit().getName()
                + ", "
                + e.getStatus()
                + " "
                + SwissFormat.money(e.getPrice());
    }
}
