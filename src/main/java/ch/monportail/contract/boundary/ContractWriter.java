package ch.monportail.contract.boundary;

import ch.monportail.contract.control.Occupancy;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.structure.control.Tariff;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a new contract with its first terms and frozen prices, in the caller's transaction; used
 * by {@link Contracts#create} (after the authorisation) and by the demo data. Not a service: it
 * checks no caller.
 */
final class ContractWriter {

    /** The contract and the care units that were already full on a weekday. */
    record Written(Contract contract, List<Contracts.FullUnit> fullUnits) {}

    /** An amendment's terms and the care units that were already full on a weekday. */
    record Amended(ContractTerms terms, List<Contracts.FullUnit> fullUnits) {}

    private final EntityManager em;

    ContractWriter(EntityManager em) {
        this.em = em;
    }

    /**
     * {@code holder}: the legal representative the ADMIN chose (a representative of the child's
     * family, checked by {@link ContractTerms}); null for the family's account holder.
     */
    Written create(
            Child child,
            Structure structure,
            SchoolYear year,
            LocalDate from,
            LocalDate to,
            Map<DayOfWeek, List<CareUnit>> pattern,
            LegalRepresentative holder,
            Tariff tariff,
            Long createdBy,
            Instant at) {
        if (holder == null) {
            holder = child.getFamily().getAccountHolder();
        }
        if (holder == null || !holder.isActive()) {
            throw new InvalidContractException("contract.invalid.holder");
        }
        Contract contract;
        try {
            contract = new Contract(child, structure, year, from, to, at);
        } catch (IllegalArgumentException e) {
            throw new InvalidContractException(e.getMessage());
        }
        em.persist(contract);
        BigDecimal income = holder.getHousehold().getDeclaredIncome();
        int rank = 1 + siblingsWithContract(child, year);
        List<Contracts.FullUnit> full = new ArrayList<>();
        addTerms(
                contract,
                contract.getStartsOn(),
                holder,
                income,
                rank,
                pattern,
                tariff,
                null,
                createdBy,
                at,
                full);
        return new Written(contract, full);
    }

    /**
     * An amendment: new terms from {@code effectiveFrom} with a new pattern, the contract's holder
     * ({@code holder} when the ADMIN chose another one; else the holder of the last terms while
     * still a representative of the family, else the family's account holder) with the household
     * income in force now, the sibling rank of the contract, prices from the tariff.
     */
    Amended amend(
            Contract contract,
            LocalDate effectiveFrom,
            Map<DayOfWeek, List<CareUnit>> pattern,
            LegalRepresentative holder,
            Tariff tariff,
            String reason,
            Long createdBy,
            Instant at) {
        ContractTerms last = contract.getCurrentTerms();
        if (effectiveFrom == null
                || !contract.covers(effectiveFrom)
                || !effectiveFrom.isAfter(last.getEffectiveFrom())) {
            throw new InvalidContractException("contract.invalid.amendmentDate");
        }
        if (holder == null) {
            holder =
                    last.getHolder().isActive()
                            ? last.getHolder()
                            : contract.getChild().getFamily().getAccountHolder();
        }
        if (holder == null || !holder.isActive()) {
            throw new InvalidContractException("contract.invalid.holder");
        }
        List<Contracts.FullUnit> full = new ArrayList<>();
        ContractTerms terms =
                addTerms(
                        contract,
                        effectiveFrom,
                        holder,
                        holder.getHousehold().getDeclaredIncome(),
                        last.getSiblingRank(),
                        pattern,
                        tariff,
                        reason,
                        createdBy,
                        at,
                        full);
        return new Amended(terms, full);
    }

    /**
     * Prices the pattern with the tariff (income, rank) and adds the terms; the units already full
     * on their weekday are named in {@code full}.
     */
    private ContractTerms addTerms(
            Contract contract,
            LocalDate effectiveFrom,
            LegalRepresentative holder,
            BigDecimal income,
            int rank,
            Map<DayOfWeek, List<CareUnit>> pattern,
            Tariff tariff,
            String reason,
            Long createdBy,
            Instant at,
            List<Contracts.FullUnit> full) {
        List<ContractUnit> units = new ArrayList<>();
        pattern.forEach(
                (day, careUnits) -> {
                    for (CareUnit unit : careUnits) {
                        if (unit == null
                                || !unit.getStructure()
                                        .getId()
                                        .equals(contract.getStructure().getId())
                                || !unit.isInWeeklyPattern()) {
                            throw new InvalidContractException("contract.invalid.unit");
                        }
                        units.add(ContractUnit.frozen(day, unit, tariff, income, rank));
                        if (Occupancy.isFull(
                                occupancy(contract, unit, day, effectiveFrom),
                                unit.getCapacity())) {
                            full.add(new Contracts.FullUnit(unit.getName(), day));
                        }
                    }
                });
        ContractTerms terms;
        try {
            terms =
                    new ContractTerms(
                            contract,
                            effectiveFrom,
                            holder,
                            tariff.percentFor(income),
                            rank,
                            income,
                            units,
                            reason,
                            createdBy,
                            at);
        } catch (IllegalArgumentException e) {
            throw new InvalidContractException(e.getMessage());
        }
        em.persist(terms);
        contract.getTerms().add(terms);
        em.flush();
        return terms;
    }

    /** Siblings with a contract (not ended) in the same school year, registered before. */
    private int siblingsWithContract(Child child, SchoolYear year) {
        return em.createQuery(
                        "select count(distinct c.child) from Contract c where c.schoolYear = :y"
                                + " and c.child.family = :f and c.child <> :child"
                                + " and c.status <> :ended",
                        Long.class)
                .setParameter("y", year)
                .setParameter("f", child.getFamily())
                .setParameter("child", child)
                .setParameter("ended", ContractStatus.ENDED)
                .getSingleResult()
                .intValue();
    }

    /**
     * The other signed contracts taking the unit on that weekday with terms in force between {@code
     * from} and the contract's last day ({@link Occupancy}); the query narrows the candidates, the
     * rule counts them.
     */
    private long occupancy(Contract contract, CareUnit unit, DayOfWeek day, LocalDate from) {
        List<Contract> candidates =
                em.createQuery(
                                "select distinct c from Contract c join c.terms t join t.units u"
                                        + " where c.status <> :draft and u.careUnit = :unit"
                                        + " and u.weekday = :day and c.startsOn <= :to"
                                        + " and c.endsOn >= :from and c <> :self",
                                Contract.class)
                        .setParameter("draft", ContractStatus.DRAFT)
                        .setParameter("unit", unit)
                        .setParameter("day", day.getValue())
                        .setParameter("from", from)
                        .setParameter("to", contract.getEndsOn())
                        .setParameter("self", contract)
                        .getResultList();
        return Occupancy.count(candidates, unit, day, from, contract.getEndsOn(), contract);
    }
}
