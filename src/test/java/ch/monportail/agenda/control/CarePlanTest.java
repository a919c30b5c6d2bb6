package ch.monportail.agenda.control;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.Family;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.structure.control.SchoolCalendar;
import ch.monportail.structure.control.SchoolCalendar.Range;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import ch.monportail.testing.TestEntities;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CarePlanTest {

    private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    private static final Instant ACTIVATED = Instant.parse("2026-06-20T09:30:00Z");

    private static final LocalDate FIRST_SCHOOL_DAY = d("2026-08-17");
    private static final LocalDate LAST_SCHOOL_DAY = d("2027-06-25");

    /** 2026/27: school 17.08.2026–25.06.2027, autumn and Christmas holidays, 5 public holidays. */
    private static final SchoolCalendar CALENDAR =
            new SchoolCalendar(
                    2026,
                    List.of(new Range(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY)),
                    List.of(
                            new Range(d("2026-10-17"), d("2026-11-01")),
                            new Range(d("2026-12-24"), d("2027-01-10"))),
                    Set.of(
                            d("2026-12-08"),
                            d("2026-12-25"),
                            d("2027-01-01"),
                            d("2027-05-06"),
                            d("2027-05-17")));

    private static final Set<LocalDate> NO_CLOSURES = Set.of();

    private final TestEntities.Favre favre = TestEntities.favre(NOW);
    private final Family family = favre.family();
    private final LegalRepresentative holder = favre.holder();
    private final Child child = favre.child();
    private final Structure structure = TestEntities.structure("UAPE Les Marmottes", 5L);
    private final CareUnit morning =
            careUnit("Accueil du matin", "07:00", "08:00", "12.00", null, true, false, 1);
    private final CareUnit midday =
            careUnit("Midi avec repas", "11:45", "13:45", "30.00", "8.00", true, false, 2);
    private final CareUnit afternoon =
            careUnit("Après-midi", "13:45", "18:00", "35.00", null, true, false, 3);
    private final CareUnit holidayDay =
            careUnit("Journée vacances", "07:30", "18:00", "80.00", "8.00", false, true, 4);
    private final CareUnit fullDay =
            careUnit("Journée crèche", "07:00", "18:30", "110.00", "8.00", true, true, 5);
    private final SchoolYear year = TestEntities.withId(new SchoolYear(2026), 6L);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private CareUnit careUnit(
            String name,
            String from,
            String to,
            String fullPrice,
            String mealPrice,
            boolean onSchoolDays,
            boolean inHolidays,
            int order) {
        return TestEntities.careUnit(
                structure, name, from, to, fullPrice, mealPrice, onSchoolDays, inHolidays, order);
    }

    private static ContractUnit unit(DayOfWeek day, CareUnit careUnit) {
        return new ContractUnit(day, careUnit, new BigDecimal("18.50"), new BigDecimal("8.00"));
    }

    private Contract contract(LocalDate from, LocalDate to) {
        return new Contract(child, structure, year, from, to, NOW);
    }

    private ContractTerms terms(Contract contract, LocalDate from, ContractUnit... units) {
        ContractTerms terms =
                new ContractTerms(
                        contract,
                        from,
                        holder,
                        new BigDecimal("61.67"),
                        1,
                        new BigDecimal("85000.00"),
                        List.of(units),
                        from.equals(contract.getStartsOn()) ? null : "Changement d'horaire",
                        99L,
                        NOW);
        contract.getTerms().add(terms);
        return terms;
    }

    /** An active contract for the whole school year with the given weekly pattern. */
    private Contract activeContract(ContractUnit... units) {
        Contract contract = contract(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY);
        terms(contract, FIRST_SCHOOL_DAY, units);
        contract.activate(ACTIVATED);
        return contract;
    }

    private static List<CareUnit> planned(
            Contract contract, String day, SchoolCalendar calendar, Set<LocalDate> closures) {
        return CarePlan.unitsOn(contract, d(day), calendar, closures).stream()
                .map(ContractUnit::getCareUnit)
                .toList();
    }

    private static List<CareUnit> planned(Contract contract, String day) {
        return planned(contract, day, CALENDAR, NO_CLOSURES);
    }

    @Test
    void aDraftContractPlansNothing() {
        Contract contract = contract(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY);
        terms(contract, FIRST_SCHOOL_DAY, unit(DayOfWeek.TUESDAY, midday));

        assertThat(contract.getStatus()).isEqualTo(ContractStatus.DRAFT);
        assertThat(CarePlan.unitsOn(contract, d("2026-09-01"), CALENDAR, NO_CLOSURES)).isEmpty();
    }

    @Test
    void aSchoolTuesdayGivesTheTuesdayUnitsInStartTimeOrder() {
        Contract contract =
                activeContract(
                        unit(DayOfWeek.TUESDAY, afternoon),
                        unit(DayOfWeek.MONDAY, midday),
                        unit(DayOfWeek.TUESDAY, morning),
                        unit(DayOfWeek.TUESDAY, midday),
                        unit(DayOfWeek.THURSDAY, morning));

        List<ContractUnit> units =
                CarePlan.unitsOn(contract, d("2026-09-01"), CALENDAR, NO_CLOSURES);

        assertThat(units)
                .extracting(ContractUnit::getCareUnit)
                .containsExactly(morning, midday, afternoon);
        assertThat(units).extracting(ContractUnit::getWeekday).containsOnly(DayOfWeek.TUESDAY);
    }

    @Test
    void aWeekdayWithoutPatternGivesNothing() {
        Contract contract =
                activeContract(unit(DayOfWeek.TUESDAY, midday), unit(DayOfWeek.THURSDAY, midday));

        assertThat(planned(contract, "2026-09-02")).isEmpty();
        assertThat(planned(contract, "2026-09-03")).containsExactly(midday);
    }

    @Test
    void aWeekendDayGivesNothingEvenWithASaturdayUnitInThePattern() {
        Contract contract =
                activeContract(unit(DayOfWeek.SATURDAY, fullDay), unit(DayOfWeek.SUNDAY, fullDay));

        assertThat(planned(contract, "2026-09-05")).isEmpty();
        assertThat(planned(contract, "2026-09-06")).isEmpty();
        assertThat(planned(contract, "2026-10-24")).isEmpty();
    }

    @Test
    void aPublicHolidayGivesNothing() {
        Contract contract = activeContract(unit(DayOfWeek.TUESDAY, midday));

        assertThat(planned(contract, "2026-12-08")).isEmpty();
        assertThat(planned(contract, "2026-12-01")).containsExactly(midday);
        assertThat(planned(contract, "2026-12-15")).containsExactly(midday);
    }

    @Test
    void aClosureDayOfTheStructureGivesNothing() {
        Contract contract =
                activeContract(unit(DayOfWeek.TUESDAY, midday), unit(DayOfWeek.TUESDAY, fullDay));
        Set<LocalDate> closures = Set.of(d("2026-09-15"));

        assertThat(planned(contract, "2026-09-15", CALENDAR, closures)).isEmpty();
        assertThat(planned(contract, "2026-09-08", CALENDAR, closures))
                .containsExactly(fullDay, midday);
        assertThat(planned(contract, "2026-09-22", CALENDAR, closures))
                .containsExactly(fullDay, midday);
    }

    @Test
    void aSchoolDayUnitIsNotPlannedDuringTheSchoolHolidays() {
        Contract contract = activeContract(unit(DayOfWeek.TUESDAY, midday));

        assertThat(planned(contract, "2026-10-20")).isEmpty();
        assertThat(planned(contract, "2026-12-29")).isEmpty();
        assertThat(planned(contract, "2026-10-13")).containsExactly(midday);
    }

    @Test
    void aHolidayUnitIsPlannedOnAWeekdayOfTheHolidaysOnly() {
        Contract contract = activeContract(unit(DayOfWeek.TUESDAY, holidayDay));

        assertThat(planned(contract, "2026-10-20")).containsExactly(holidayDay);
        assertThat(planned(contract, "2026-10-27")).containsExactly(holidayDay);
        assertThat(planned(contract, "2026-10-13")).isEmpty();
        assertThat(planned(contract, "2026-11-03")).isEmpty();
    }

    @Test
    void aHolidayUnitIsPlannedInTheSummerAfterTheLastSchoolDay() {
        Contract contract = contract(FIRST_SCHOOL_DAY, d("2027-07-31"));
        terms(
                contract,
                FIRST_SCHOOL_DAY,
                unit(DayOfWeek.TUESDAY, midday),
                unit(DayOfWeek.TUESDAY, holidayDay));
        contract.activate(ACTIVATED);

        assertThat(planned(contract, "2027-06-29")).containsExactly(holidayDay);
        assertThat(planned(contract, "2027-06-22")).containsExactly(midday);
    }

    @Test
    void aUnitOfBothKindsIsPlannedOnSchoolDaysAndInHolidaysButNotOnPublicHolidays() {
        Contract contract =
                activeContract(unit(DayOfWeek.TUESDAY, fullDay), unit(DayOfWeek.FRIDAY, fullDay));

        assertThat(planned(contract, "2026-09-01")).containsExactly(fullDay);
        assertThat(planned(contract, "2026-10-20")).containsExactly(fullDay);
        assertThat(planned(contract, "2026-12-29")).containsExactly(fullDay);
        assertThat(planned(contract, "2026-12-08")).isEmpty();
        assertThat(planned(contract, "2026-12-25")).isEmpty();
        assertThat(planned(contract, "2027-01-01")).isEmpty();
        assertThat(planned(contract, "2027-01-08")).containsExactly(fullDay);
    }

    @Test
    void nothingIsPlannedBeforeTheContractStartOrAfterItsEnd() {
        Contract contract = contract(d("2026-09-01"), d("2026-12-18"));
        terms(contract, d("2026-09-01"), unit(DayOfWeek.TUESDAY, midday));
        contract.activate(ACTIVATED);

        assertThat(planned(contract, "2026-08-25")).isEmpty();
        assertThat(planned(contract, "2026-09-01")).containsExactly(midday);
        assertThat(planned(contract, "2026-12-15")).containsExactly(midday);
        assertThat(planned(contract, "2027-01-12")).isEmpty();
    }

    @Test
    void aTerminatedContractStillPlansTheDaysUpToItsLastDay() {
        Contract contract = activeContract(unit(DayOfWeek.TUESDAY, midday));

        contract.terminate(d("2026-11-24"));

        assertThat(contract.getStatus()).isEqualTo(ContractStatus.ENDED);
        assertThat(planned(contract, "2026-11-17")).containsExactly(midday);
        assertThat(planned(contract, "2026-11-24")).containsExactly(midday);
        assertThat(planned(contract, "2026-12-01")).isEmpty();
        assertThat(planned(contract, "2027-03-02")).isEmpty();
    }

    @Test
    void anAmendmentAppliesItsPatternFromItsEffectiveDate() {
        Contract contract = contract(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY);
        terms(
                contract,
                FIRST_SCHOOL_DAY,
                unit(DayOfWeek.MONDAY, midday),
                unit(DayOfWeek.TUESDAY, midday));
        contract.activate(ACTIVATED);
        terms(
                contract,
                d("2026-11-03"),
                unit(DayOfWeek.TUESDAY, morning),
                unit(DayOfWeek.WEDNESDAY, midday));

        assertThat(planned(contract, "2026-10-13")).containsExactly(midday);
        assertThat(planned(contract, "2026-10-14")).isEmpty();
        assertThat(planned(contract, "2026-11-02")).containsExactly(midday);
        assertThat(planned(contract, "2026-11-03")).containsExactly(morning);
        assertThat(planned(contract, "2026-11-04")).containsExactly(midday);
        assertThat(planned(contract, "2026-11-09")).isEmpty();
    }

    @Test
    void aDayOutsideTheSchoolYearOfTheCalendarGivesNothing() {
        Contract contract =
                activeContract(unit(DayOfWeek.TUESDAY, midday), unit(DayOfWeek.TUESDAY, fullDay));
        SchoolCalendar previousYear =
                new SchoolCalendar(
                        2025,
                        List.of(new Range(d("2025-08-18"), d("2026-06-26"))),
                        List.of(new Range(d("2025-10-18"), d("2025-11-02"))),
                        Set.of(d("2025-12-08")));

        assertThat(planned(contract, "2026-09-01", previousYear, NO_CLOSURES)).isEmpty();
        assertThat(planned(contract, "2026-09-01")).containsExactly(fullDay, midday);
    }
}
