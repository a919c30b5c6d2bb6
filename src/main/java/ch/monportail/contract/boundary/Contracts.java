package ch.monportail.contract.boundary;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.contract.control.ContractEstimate;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.boundary.Structures;
import ch.monportail.structure.control.AnnualEstimate;
import ch.monportail.structure.control.Tariff;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Attendance contracts (DESIGN §5). The ADMIN creates a contract for a child — structure, school
 * year, period, weekly pattern — and the prices are frozen from the structure's tariff: the
 * household income of the account holder gives the bracket, the child's rank among the siblings
 * with a contract in the same school year gives the sibling reduction (the first registered pays
 * the full bracket price: later registrations do not change a signed contract). A full care unit is
 * a warning, not a refusal (the service may overbook knowingly), at creation and at an amendment.
 * The structure and its care units are read through {@link Structures#structure} (the structure
 * service's checked lookup): a care unit of another structure is refused. Parents read their
 * children's contracts; each read goes through the family authorizer.
 *
 * <p>The contract's holder is the family's account holder (<i>gestionnaire principal</i>, DESIGN
 * §3): the one who signs, whose household income gives the bracket and whose account is debited
 * ({@code billing.control.HolderOn}). It is not chosen on the contract: the ADMIN changes it on the
 * family page (reason, history, effective for future debits) and the next amendment carries the new
 * holder; a holder id that is not the family's account holder is refused.
 */
@Stateless
@RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class Contracts {

    public static final String CONTRACT_CREATED = "CONTRACT_CREATED";
    public static final String CONTRACT_ACTIVATED = "CONTRACT_ACTIVATED";
    public static final String CONTRACT_ENDED = "CONTRACT_ENDED";
    public static final String CONTRACT_AMENDED = "CONTRACT_AMENDED";

    @PersistenceContext private EntityManager em;

    @Inject private jakarta.enterprise.event.Event<ContractChanged> contractChanged;

    @Inject private FamilyAccess familyAccess;

    @Inject private Calendars calendars;

    @Inject private Structures structures;

    @Inject private AuditLog auditLog;

    @Inject private ch.monportail.platform.boundary.Municipalities municipalities;

    @Inject private Clock clock;

    /**
     * A new contract as the ADMIN enters it: weekday → care unit ids; {@code holderId} a legal
     * representative of the child, null for the family's account holder.
     */
    public record NewContract(
            long childId,
            long structureId,
            int startYear,
            LocalDate from,
            LocalDate to,
            Map<DayOfWeek, List<Long>> pattern,
            Long holderId)
            implements Serializable {}

    /** The created contract and the care units that were already full on a weekday. */
    public record Created(long contractId, List<FullUnit> fullUnits) implements Serializable {}

    @RolesAllowed(Role.ADMIN_NAME)
    public Created create(NewContract request) {
        Child child = familyAccess.childToEdit(request.childId());
        Structure structure = structures.structure(request.structureId());
        LegalRepresentative holder = holder(child, request.holderId());
        SchoolYear year =
                calendars
                        .year(request.startYear())
                        .orElseThrow(() -> new InvalidContractException("contract.invalid.noYear"));
        Tariff tariff =
                calendars
                        .tariff(structure.getId(), year.getStartYear())
                        .orElseThrow(
                                () -> new InvalidContractException("contract.invalid.noTariff"))
                        .rule();
        Map<DayOfWeek, List<CareUnit>> pattern = units(structure, request.pattern());
        ContractWriter.Written written =
                new ContractWriter(em)
                        .create(
                                child,
                                structure,
                                year,
                                request.from(),
                                request.to(),
                                pattern,
                                holder,
                                tariff,
                                familyAccess.callerId(),
                                clock.instant());
        Contract contract = written.contract();
        audit(
                CONTRACT_CREATED,
                contract,
                "rank "
                        + contract.getCurrentTerms().getSiblingRank()
                        + ", "
                        + contract.getCurrentTerms().getPercent()
                        + " %");
        return new Created(contract.getId(), written.fullUnits());
    }

    /** A care unit already full on a weekday of the new terms (a warning). */
    public record FullUnit(String unit, DayOfWeek day) implements Serializable {}

    /** A legal representative who may hold the contract; the family's account holder first. */
    public record HolderChoice(long id, String name, boolean accountHolder)
            implements Serializable {}

    /** The legal representatives of the child the contract may be held by (ADMIN). */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<HolderChoice> holders(long childId) {
        // DESIGN §3: the holder of a contract is the family's gestionnaire principal, the one
        // debited (billing.control.HolderOn); the ADMIN changes it on the family page, audited and
        // effective for future debits — a contract naming another parent would sign with one and
        // debit the other, with the other's household income for the bracket
        return familyAccess.childToEdit(childId).getFamily().getRepresentatives().stream()
                .filter(LegalRepresentative::isAccountHolder)
                .map(r -> new HolderChoice(r.getId(), r.getDisplayName(), true))
                .toList();
    }

    /** The chosen representative, checked: one of the child's; null for the family's holder. */
    private LegalRepresentative holder(Child child, Long holderId) {
        if (holderId == null) {
            return null;
        }
        LegalRepresentative holder = familyAccess.representative(holderId);
        if (!holder.getFamily().getId().equals(child.getFamily().getId())
                || !holder.isAccountHolder()) {
            throw new InvalidContractException("contract.invalid.holder");
        }
        return holder;
    }

    /**
     * An amendment that keeps the contract's holder; see {@link #amend(long, LocalDate, Map, Long,
     * String)}.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<FullUnit> amend(
            long contractId,
            LocalDate effectiveFrom,
            Map<DayOfWeek, List<Long>> pattern,
            String reason) {
        return amend(contractId, effectiveFrom, pattern, null, reason, null);
    }

    /**
     * An amendment from {@code effectiveFrom} (after the last terms, within the period): a new
     * weekly pattern priced with the tariff of the school year, the holder ({@code holderId}, a
     * legal representative of the child; null keeps the contract's holder) and the income in force
     * now. What was before keeps its frozen prices. Returns the care units already full on a
     * weekday from that date. {@code expectedVersion}: the contract's version the page showed (null
     * to skip the check); an amendment made meanwhile by someone else is not silently undone — the
     * contract's version moves with every amendment.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<FullUnit> amend(
            long contractId,
            LocalDate effectiveFrom,
            Map<DayOfWeek, List<Long>> pattern,
            Long holderId,
            String reason,
            Long expectedVersion) {
        Contract contract = contract(contractId);
        if (expectedVersion != null && contract.getVersion() != expectedVersion) {
            throw new InvalidContractException("contract.invalid.changedMeanwhile");
        }
        em.lock(contract, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (contract.getStatus() == ContractStatus.ENDED) {
            throw new InvalidContractException("contract.invalid.amendEnded");
        }
        Tariff tariff =
                calendars
                        .tariff(
                                contract.getStructure().getId(),
                                contract.getSchoolYear().getStartYear())
                        .orElseThrow(
                                () -> new InvalidContractException("contract.invalid.noTariff"))
                        .rule();
        Structure structure = structures.structure(contract.getStructure().getId());
        ContractWriter.Amended amended =
                new ContractWriter(em)
                        .amend(
                                contract,
                                effectiveFrom,
                                units(structure, pattern),
                                holder(contract.getChild(), holderId),
                                tariff,
                                reason == null || reason.isBlank() ? null : reason.strip(),
                                familyAccess.callerId(),
                                clock.instant());
        audit(CONTRACT_AMENDED, contract, "from " + effectiveFrom);
        // an amendment from a past day changes services already debited
        contractChanged.fire(new ContractChanged(contract.getChild().getId(), effectiveFrom));
        return amended.fullUnits();
    }

    /** The care units of the pattern, each one of the structure's (else refused). */
    private static Map<DayOfWeek, List<CareUnit>> units(
            Structure structure, Map<DayOfWeek, List<Long>> pattern) {
        Map<Long, CareUnit> ofStructure = new java.util.HashMap<>();
        structure.getCareUnits().forEach(u -> ofStructure.put(u.getId(), u));
        Map<DayOfWeek, List<CareUnit>> units = new java.util.EnumMap<>(DayOfWeek.class);
        pattern.forEach(
                (day, ids) ->
                        units.put(
                                day,
                                ids.stream()
                                        .map(
                                                id -> {
                                                    CareUnit unit = ofStructure.get(id);
                                                    if (unit == null) {
                                                        throw new InvalidContractException(
                                                                "contract.invalid.unitNotInStructure");
                                                    }
                                                    return unit;
                                                })
                                        .toList()));
        return units;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void activate(long contractId) {
        Contract contract = contract(contractId);
        try {
            contract.activate(clock.instant());
        } catch (IllegalStateException e) {
            throw new InvalidContractException(e.getMessage());
        }
        audit(CONTRACT_ACTIVATED, contract, null);
        contractChanged.fire(
                new ContractChanged(contract.getChild().getId(), contract.getStartsOn()));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void terminate(long contractId, LocalDate lastDay) {
        Contract contract = contract(contractId);
        try {
            contract.terminate(lastDay);
        } catch (IllegalStateException e) {
            throw new InvalidContractException(e.getMessage());
        }
        audit(CONTRACT_ENDED, contract, "last day " + lastDay);
        contractChanged.fire(new ContractChanged(contract.getChild().getId(), lastDay.plusDays(1)));
    }

    /**
     * A contract the caller may see: the ADMIN any; the child's parents and educators an active or
     * ended one.
     */
    public Contract contract(long contractId) {
        Contract contract = em.find(Contract.class, contractId);
        // a draft is the service's work in progress: only the ADMIN sees it
        if (contract == null
                || (contract.getStatus() == ContractStatus.DRAFT && !familyAccess.isAdmin())) {
            throw new NotFoundException();
        }
        familyAccess.child(contract.getChild().getId());
        contract.getTerms().forEach(t -> t.getUnits().size());
        return contract;
    }

    /** The contracts of the caller's children (a parent), newest school year first. */
    @RolesAllowed(Role.PARENT_NAME)
    public List<Contract> mine() {
        return em.createQuery(
                        "select c from Contract c where c.child.family = :f and c.status <> :draft"
                                + " order by c.schoolYear.startYear desc, c.child.birthDate,"
                                + " c.startsOn",
                        Contract.class)
                .setParameter("f", familyAccess.ownRepresentative().getFamily())
                .setParameter("draft", ContractStatus.DRAFT)
                .getResultList();
    }

    /** All contracts of a school year (ADMIN), by child. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Contract> ofYear(int startYear) {
        return em.createQuery(
                        "select c from Contract c where c.schoolYear.startYear = :y"
                                + " order by c.child.lastName, c.child.firstName, c.startsOn",
                        Contract.class)
                .setParameter("y", startYear)
                .getResultList();
    }

    /** The annual total and monthly estimate, with the days counted and left out. */
    public AnnualEstimate.Result estimate(long contractId) {
        Contract contract = contract(contractId);
        int year = contract.getSchoolYear().getStartYear();
        return ContractEstimate.of(
                contract,
                calendars.calendar(year),
                calendars.closures(contract.getStructure().getId(), year));
    }

    /** The contract as PDF in the language asked for, with the numbers of {@link #estimate}. */
    public byte[] pdf(long contractId, java.util.Locale locale) {
        Contract contract = contract(contractId);
        AnnualEstimate.Result estimate = estimate(contractId);
        java.util.ResourceBundle bundle =
                java.util.ResourceBundle.getBundle("ch.monportail.i18n.messages", locale);
        var municipality = municipalities.find();
        return ch.monportail.contract.control.ContractPdf.render(
                contract,
                estimate,
                municipality.map(m -> m.getName()).orElse(""),
                municipality.map(m -> m.getServiceName()).orElse(""),
                locale,
                key -> bundle.containsKey(key) ? bundle.getString(key) : key);
    }

    private void audit(String action, Contract contract, String detail) {
        Account caller = familyAccess.caller();
        auditLog.record(
                caller.getId(),
                caller.getEmail(),
                action,
                "contract "
                        + contract.getId()
                        + " ("
                        + contract.getChild().getDisplayName()
                        + ", "
                        + contract.getStructure().getName()
                        + ", "
                        + contract.getSchoolYear().getLabel()
                        + ")"
                        + (detail == null ? "" : ": " + detail),
                null);
    }
}
