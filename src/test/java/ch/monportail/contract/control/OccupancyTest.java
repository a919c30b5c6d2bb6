package ch.monportail.contract.control;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import ch.monportail.testing.TestEntities;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccupancyTest {

    private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    private static final LocalDate YEAR_START = d("2026-08-01");
    private static final LocalDate YEAR_END = d("2027-07-31");

    private final TestEntities.Favre favre = TestEntities.favre(NOW);
    private final LegalRepresentative holder = favre.holder();
    private final Structure structure = TestEntities.structure("UAPE Les Marmottes", 5L);
    private final CareUnit midday = TestEntities.midday(structure);
    private final CareUnit afternoon =
            TestEntities.withId(
                    TestEntities.careUnit(
                            structure,
                            "Après-midi",
                            "15:30",
                            "18:30",
                            "25.00",
                            null,
                            true,
                            false,
                            3),
                    21L);
    private final SchoolYear year = TestEntities.withId(new SchoolYear(2026), 6L);
    private long ids = 100;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A contract of the period with first terms taking {@code unit} on {@code days}. */
    private Contract contract(LocalDate from, LocalDate to, CareUnit unit, DayOfWeek... days) {
        Contract contract =
                TestEntities.withId(
                        new Contract(favre.child(), structure, year, from, to, NOW), ids++);
        terms(contract, from, unit, days);
        return contract;
    }

    private void terms(Contract contract, LocalDate from, CareUnit unit, DayOfWeek... days) {
        List<ContractUnit> units =
                java.util.Arrays.stream(days)
                        .map(
                                day ->
                                        new ContractUnit(
                                                day,
                                                unit,
                                                new BigDecimal("18.50"),
                                                new BigDecimal("8.00")))
                        .toList();
        contract.getTerms()
                .add(
                        new ContractTerms(
                                contract,
                                from,
                                holder,
                                new BigDecimal("61.67"),
                                1,
                                null,
                                units,
                                null,
                                99L,
                                NOW));
    }

    private Contract active(LocalDate from, LocalDate to, CareUnit unit, DayOfWeek... days) {
        Contract contract = contract(from, to, unit, days);
        contract.activate(NOW);
        return contract;
    }

    private long count(List<Contract> contracts, LocalDate from, LocalDate to) {
        return Occupancy.count(contracts, midday, DayOfWeek.MONDAY, from, to, null);
    }

    @Test
    void activeContractsOfTheUnitAndWeekdayCount() {
        List<Contract> contracts =
                List.of(
                        active(YEAR_START, YEAR_END, midday, DayOfWeek.MONDAY),
                        active(YEAR_START, YEAR_END, midday, DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
                        // another weekday, another unit
                        active(YEAR_START, YEAR_END, midday, DayOfWeek.TUESDAY),
                        active(YEAR_START, YEAR_END, afternoon, DayOfWeek.MONDAY));

        assertThat(count(contracts, YEAR_START, YEAR_END)).isEqualTo(2);
    }

    @Test
    void aDraftHoldsNoPlace() {
        List<Contract> contracts =
                List.of(contract(YEAR_START, YEAR_END, midday, DayOfWeek.MONDAY));

        assertThat(count(contracts, YEAR_START, YEAR_END)).isZero();
    }

    @Test
    void onlyContractsWhosePeriodOverlapsCount() {
        List<Contract> contracts =
                List.of(
                        active(YEAR_START, d("2026-12-31"), midday, DayOfWeek.MONDAY),
                        active(d("2027-01-01"), YEAR_END, midday, DayOfWeek.MONDAY));

        assertThat(count(contracts, d("2026-08-17"), d("2026-12-23"))).isEqualTo(1);
        assertThat(count(contracts, d("2027-02-01"), d("2027-06-25"))).isEqualTo(1);
        // a period across the turn of the year meets both
        assertThat(count(contracts, d("2026-12-01"), d("2027-01-31"))).isEqualTo(2);
        // the bounds are days of the period: 31.12 meets the first, 01.01 the second
        assertThat(count(contracts, d("2026-12-31"), d("2026-12-31"))).isEqualTo(1);
        assertThat(count(contracts, d("2027-01-01"), d("2027-01-01"))).isEqualTo(1);
    }

    @Test
    void supersededTermsDoNotCount() {
        // Monday midday until 31.10.2026, then Tuesday only
        Contract contract = contract(YEAR_START, YEAR_END, midday, DayOfWeek.MONDAY);
        terms(contract, d("2026-11-01"), midday, DayOfWeek.TUESDAY);
        contract.activate(NOW);
        List<Contract> contracts = List.of(contract);

        assertThat(count(contracts, d("2026-11-02"), YEAR_END)).isZero();
        assertThat(count(contracts, d("2026-10-01"), YEAR_END)).isEqualTo(1);
        assertThat(count(contracts, d("2026-10-31"), d("2026-10-31"))).isEqualTo(1);
    }

    @Test
    void termsTakingEffectAfterThePeriodDoNotCount() {
        // Tuesday until 31.01.2027, Monday from 01.02.2027
        Contract contract = contract(YEAR_START, YEAR_END, midday, DayOfWeek.TUESDAY);
        terms(contract, d("2027-02-01"), midday, DayOfWeek.MONDAY);
        contract.activate(NOW);

        assertThat(count(List.of(contract), YEAR_START, d("2027-01-31"))).isZero();
        assertThat(count(List.of(contract), YEAR_START, d("2027-02-01"))).isEqualTo(1);
    }

    @Test
    void aTerminatedContractHoldsItsPlaceUntilItsLastDay() {
        Contract terminated = active(YEAR_START, YEAR_END, midday, DayOfWeek.MONDAY);
        terminated.terminate(d("2027-03-31"));
        List<Contract> contracts = List.of(terminated);

        assertThat(count(contracts, d("2027-04-01"), YEAR_END)).isZero();
        assertThat(count(contracts, d("2027-03-01"), YEAR_END)).isEqualTo(1);
    }

    @Test
    void theContractBeingAmendedIsNotCountedAgainstItself() {
        Contract self = active(YEAR_START, YEAR_END, midday, DayOfWeek.MONDAY);
        Contract other = active(YEAR_START, YEAR_END, midday, DayOfWeek.MONDAY);

        assertThat(
                        Occupancy.count(
                                List.of(self, other),
                                midday,
                                DayOfWeek.MONDAY,
                                d("2027-02-01"),
                                YEAR_END,
                                self))
                .isEqualTo(1);
    }

    @Test
    void aUnitIsFullWhenItsPlacesAreAllTakenBeforeTheNewChild() {
        assertThat(Occupancy.isFull(1, 2)).isFalse();
        assertThat(Occupancy.isFull(2, 2)).isTrue();
        assertThat(Occupancy.isFull(3, 2)).isTrue();
        assertThat(Occupancy.isFull(0, 0)).isTrue();
    }

    @Test
    void exactlyAtCapacityTheNextChildIsWarned() {
        // capacity 20 (TestEntities): 19 children leave one place, 20 take them all
        List<Contract> nineteen = new java.util.ArrayList<>();
        for (int i = 0; i < 19; i++) {
            nineteen.add(active(YEAR_START, YEAR_END, midday, DayOfWeek.MONDAY));
        }
        assertThat(Occupancy.isFull(count(nineteen, YEAR_START, YEAR_END), midday.getCapacity()))
                .isFalse();

        List<Contract> twenty = new java.util.ArrayList<>(nineteen);
        twenty.add(active(YEAR_START, YEAR_END, midday, DayOfWeek.MONDAY));
        assertThat(Occupancy.isFull(count(twenty, YEAR_START, YEAR_END), midday.getCapacity()))
                .isTrue();
    }
}
