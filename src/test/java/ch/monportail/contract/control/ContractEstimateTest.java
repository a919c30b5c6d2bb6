package ch.monportail.contract.control;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.Family;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.structure.control.AnnualEstimate;
import ch.monportail.structure.control.AnnualEstimate.PatternUnit;
import ch.monportail.structure.control.AnnualEstimate.Result;
import ch.monportail.structure.control.AnnualEstimate.Segment;
import ch.monportail.structure.control.SchoolCalendar;
import ch.monportail.structure.control.SchoolCalendar.DayKind;
import ch.monportail.structure.control.SchoolCalendar.Range;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.CareUnitData;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import ch.monportail.testing.TestEntities;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractEstimateTest {

    private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");

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

    /** The frozen price of the midday unit: care 18.50 (tariff-reduced) + meal 8.00. */
    private static final BigDecimal MIDDAY = new BigDecimal("26.50");

    private final TestEntities.Favre favre = TestEntities.favre(NOW);
    private final Family family = favre.family();
    private final LegalRepresentative holder = favre.holder();
    private final Child child = favre.child();
    private final Structure structure = TestEntities.structure("UAPE Les Marmottes", 5L);
    private final CareUnit morning =
            careUnit("Accueil du matin", "07:00", "08:00", "12.00", null, true, false, 1);
    private final CareUnit midday =
            careUnit("Midi avec repas", "11:45", "13:45", "30.00", "8.00", true, false, 2);
    private final CareUnit holidayDay =
            careUnit("Journée vacances", "07:30", "18:00", "80.00", "8.00", false, true, 3);
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

    private ContractUnit unit(DayOfWeek day, CareUnit careUnit, String care, String meal) {
        return new ContractUnit(day, careUnit, new BigDecimal(care), new BigDecimal(meal));
    }

    private ContractUnit midday(DayOfWeek day) {
        return unit(day, midday, "18.50", "8.00");
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

    private static Map<DayOfWeek, List<PatternUnit>> middayPattern(
            String price, DayOfWeek... days) {
        PatternUnit unit = new PatternUnit("Midi avec repas", true, false, new BigDecimal(price));
        Map<DayOfWeek, List<PatternUnit>> pattern = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : days) {
            pattern.put(day, List.of(unit));
        }
        return pattern;
    }

    private static BigDecimal chf(String amount) {
        return new BigDecimal(amount);
    }

    private static List<YearMonth> schoolYearMonths() {
        return List.of(
                YearMonth.of(2026, 8),
                YearMonth.of(2026, 9),
                YearMonth.of(2026, 10),
                YearMonth.of(2026, 11),
                YearMonth.of(2026, 12),
                YearMonth.of(2027, 1),
                YearMonth.of(2027, 2),
                YearMonth.of(2027, 3),
                YearMonth.of(2027, 4),
                YearMonth.of(2027, 5),
                YearMonth.of(2027, 6));
    }

    @Test
    void singleTermsAreTheAnnualEstimateOfThePeriod() {
        Contract contract = contract(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY);
        terms(contract, FIRST_SCHOOL_DAY, midday(DayOfWeek.MONDAY));

        Result result = ContractEstimate.of(contract, CALENDAR, Set.of());

        Result expected =
                AnnualEstimate.compute(
                        FIRST_SCHOOL_DAY,
                        LAST_SCHOOL_DAY,
                        middayPattern("26.50", DayOfWeek.MONDAY),
                        CALENDAR,
                        Set.of());
        assertThat(result).isEqualTo(expected);
        // 40 school Mondays; 19.10, 26.10, 28.12, 04.01 in holidays, Whit Monday 17.05.2027
        assertThat(result.attendanceDays()).isEqualTo(40);
        assertThat(result.total()).isEqualTo(chf("1060.00"));
        assertThat(result.months()).containsExactlyElementsOf(schoolYearMonths());
        assertThat(result.monthly()).isEqualTo(chf("96.35")); // 1060 / 11 = 96.36…
        assertThat(result.excludedDays())
                .containsOnly(
                        Map.entry(DayKind.SCHOOL_HOLIDAY, 4), Map.entry(DayKind.PUBLIC_HOLIDAY, 1));
    }

    @Test
    void theClosuresOfTheStructureAreLeftOut() {
        Contract contract = contract(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY);
        terms(contract, FIRST_SCHOOL_DAY, midday(DayOfWeek.MONDAY));

        Result result = ContractEstimate.of(contract, CALENDAR, Set.of(d("2026-09-07")));

        assertThat(result.attendanceDays()).isEqualTo(39);
        assertThat(result.total()).isEqualTo(chf("1033.50"));
        assertThat(result.excludedDays()).containsEntry(DayKind.CLOSURE, 1);
    }

    @Test
    void anAmendmentAddsTheTotalsOfEachPart() {
        Contract contract = contract(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY);
        terms(contract, FIRST_SCHOOL_DAY, midday(DayOfWeek.MONDAY));
        // from Monday 02.11.2026: Monday and Wednesday
        terms(contract, d("2026-11-02"), midday(DayOfWeek.MONDAY), midday(DayOfWeek.WEDNESDAY));

        Result result = ContractEstimate.of(contract, CALENDAR, Set.of());

        Result before =
                AnnualEstimate.compute(
                        FIRST_SCHOOL_DAY,
                        d("2026-11-01"),
                        middayPattern("26.50", DayOfWeek.MONDAY),
                        CALENDAR,
                        Set.of());
        Result after =
                AnnualEstimate.compute(
                        d("2026-11-02"),
                        LAST_SCHOOL_DAY,
                        middayPattern("26.50", DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                        CALENDAR,
                        Set.of());
        assertThat(before.attendanceDays()).isEqualTo(9);
        assertThat(after.attendanceDays()).isEqualTo(63);
        assertThat(result.attendanceDays()).isEqualTo(72);
        assertThat(result.total())
                .isEqualTo(before.total().add(after.total()))
                .isEqualTo(chf("1908.00"));
        assertThat(result.months()).containsExactlyElementsOf(schoolYearMonths());
        assertThat(result.monthly()).isEqualTo(chf("173.45")); // 1908 / 11 = 173.45…
    }

    @Test
    void eachPartIsCountedAtItsOwnFrozenPrices() {
        Contract contract = contract(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY);
        terms(contract, FIRST_SCHOOL_DAY, midday(DayOfWeek.MONDAY));
        // a new income: the amendment's care price is 20.00
        terms(
                contract,
                d("2026-11-02"),
                unit(DayOfWeek.MONDAY, midday, "20.00", "8.00"),
                unit(DayOfWeek.WEDNESDAY, midday, "20.00", "8.00"));

        Result result = ContractEstimate.of(contract, CALENDAR, Set.of());

        // 9 × 26.50 + 63 × 28.00
        assertThat(result.total()).isEqualTo(chf("2002.50"));
        assertThat(result.monthly()).isEqualTo(chf("182.05")); // 2002.50 / 11 = 182.045…
        assertThat(result)
                .isEqualTo(
                        AnnualEstimate.compute(
                                List.of(
                                        new Segment(
                                                FIRST_SCHOOL_DAY,
                                                d("2026-11-01"),
                                                middayPattern("26.50", DayOfWeek.MONDAY)),
                                        new Segment(
                                                d("2026-11-02"),
                                                LAST_SCHOOL_DAY,
                                                middayPattern(
                                                        "28.00",
                                                        DayOfWeek.MONDAY,
                                                        DayOfWeek.WEDNESDAY))),
                                CALENDAR,
                                Set.of()));
    }

    @Test
    void aMonthSharedByTwoTermsIsCountedOnce() {
        Contract contract = contract(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY);
        terms(contract, FIRST_SCHOOL_DAY, midday(DayOfWeek.MONDAY));
        // from Monday 16.11.2026: November has days under both terms
        terms(contract, d("2026-11-16"), midday(DayOfWeek.MONDAY), midday(DayOfWeek.WEDNESDAY));

        Result result = ContractEstimate.of(contract, CALENDAR, Set.of());

        // 11 Mondays to 15.11, then 59 days
        assertThat(result.attendanceDays()).isEqualTo(70);
        assertThat(result.total()).isEqualTo(chf("1855.00"));
        assertThat(result.months()).hasSize(11).containsExactlyElementsOf(schoolYearMonths());
        // 1855 / 11 = 168.636…, not 1855 / 12
        assertThat(result.monthly()).isEqualTo(chf("168.65"));
    }

    @Test
    void theDayBeforeTheAmendmentStillHasTheOldTerms() {
        Contract contract = contract(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY);
        terms(contract, FIRST_SCHOOL_DAY, midday(DayOfWeek.MONDAY));
        // from Tuesday 01.09.2026 the child comes on Tuesdays instead: Monday 31.08 is the last
        // Monday, Tuesday 01.09 the first Tuesday
        terms(contract, d("2026-09-01"), midday(DayOfWeek.TUESDAY));

        Result result = ContractEstimate.of(contract, CALENDAR, Set.of());

        Result expected =
                AnnualEstimate.compute(
                        List.of(
                                new Segment(
                                        FIRST_SCHOOL_DAY,
                                        d("2026-08-31"),
                                        middayPattern("26.50", DayOfWeek.MONDAY)),
                                new Segment(
                                        d("2026-09-01"),
                                        LAST_SCHOOL_DAY,
                                        middayPattern("26.50", DayOfWeek.TUESDAY))),
                        CALENDAR,
                        Set.of());
        assertThat(result).isEqualTo(expected);
        // 3 Mondays in August (17, 24, 31)
        Result august =
                AnnualEstimate.compute(
                        FIRST_SCHOOL_DAY,
                        d("2026-08-31"),
                        middayPattern("26.50", DayOfWeek.MONDAY),
                        CALENDAR,
                        Set.of());
        assertThat(august.attendanceDays()).isEqualTo(3);
    }

    @Test
    void termsEffectiveBeforeTheContractStartAreClipped() {
        // the contract starts on Tuesday 01.09.2026, its terms say 17.08.2026
        Contract contract = contract(d("2026-09-01"), LAST_SCHOOL_DAY);
        terms(contract, FIRST_SCHOOL_DAY, midday(DayOfWeek.MONDAY));

        Result result = ContractEstimate.of(contract, CALENDAR, Set.of());

        assertThat(result)
                .isEqualTo(
                        AnnualEstimate.compute(
                                d("2026-09-01"),
                                LAST_SCHOOL_DAY,
                                middayPattern("26.50", DayOfWeek.MONDAY),
                                CALENDAR,
                                Set.of()));
        // the Mondays 17, 24 and 31 August are not counted
        assertThat(result.attendanceDays()).isEqualTo(37);
        assertThat(result.total()).isEqualTo(chf("980.50"));
        assertThat(result.months()).doesNotContain(YearMonth.of(2026, 8)).hasSize(10);
        assertThat(result.monthly()).isEqualTo(chf("98.05"));
    }

    @Test
    void termsReplacedBeforeTheContractStartDoNotCount() {
        Contract contract = contract(d("2026-09-01"), LAST_SCHOOL_DAY);
        terms(contract, d("2026-08-01"), midday(DayOfWeek.FRIDAY));
        terms(contract, FIRST_SCHOOL_DAY, midday(DayOfWeek.MONDAY));

        Result result = ContractEstimate.of(contract, CALENDAR, Set.of());

        assertThat(result)
                .isEqualTo(
                        AnnualEstimate.compute(
                                d("2026-09-01"),
                                LAST_SCHOOL_DAY,
                                middayPattern("26.50", DayOfWeek.MONDAY),
                                CALENDAR,
                                Set.of()));
    }

    @Test
    void aTerminatedContractStopsCountingAfterItsLastDay() {
        Contract contract = contract(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY);
        terms(contract, FIRST_SCHOOL_DAY, midday(DayOfWeek.MONDAY));
        terms(contract, d("2026-11-02"), midday(DayOfWeek.MONDAY), midday(DayOfWeek.WEDNESDAY));
        // an amendment planned for after the holidays, never reached
        terms(contract, d("2027-01-11"), midday(DayOfWeek.FRIDAY));

        contract.terminate(d("2026-12-18"));
        Result result = ContractEstimate.of(contract, CALENDAR, Set.of());

        // 9 Mondays to 01.11, then 14 Mondays and Wednesdays to Friday 18.12 (08.12 is Tuesday)
        assertThat(result.attendanceDays()).isEqualTo(23);
        assertThat(result.total()).isEqualTo(chf("609.50"));
        assertThat(result.months())
                .containsExactly(
                        YearMonth.of(2026, 8),
                        YearMonth.of(2026, 9),
                        YearMonth.of(2026, 10),
                        YearMonth.of(2026, 11),
                        YearMonth.of(2026, 12));
        assertThat(result.monthly()).isEqualTo(chf("121.90"));
    }

    @Test
    void aContractTerminatedOnItsFirstDayCountsThatDayOnly() {
        Contract contract = contract(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY);
        terms(contract, FIRST_SCHOOL_DAY, midday(DayOfWeek.MONDAY));

        contract.terminate(FIRST_SCHOOL_DAY);
        Result result = ContractEstimate.of(contract, CALENDAR, Set.of());

        assertThat(result.attendanceDays()).isEqualTo(1);
        assertThat(result.total()).isEqualTo(chf("26.50"));
        assertThat(result.monthly()).isEqualTo(chf("26.50"));
    }

    @Test
    void thePricesAreTheFrozenContractPricesNotTheCareUnitPrice() {
        Contract contract = contract(FIRST_SCHOOL_DAY, d("2026-09-30"));
        terms(contract, FIRST_SCHOOL_DAY, midday(DayOfWeek.MONDAY));
        // the structure raises its price after signature
        midday.update(
                new CareUnitData(
                        "Midi avec repas",
                        LocalTime.of(11, 45),
                        LocalTime.of(13, 45),
                        new BigDecimal("45.00"),
                        new BigDecimal("9.50"),
                        20,
                        true,
                        false,
                        2));

        Result result = ContractEstimate.of(contract, CALENDAR, Set.of());

        // Mondays 17.08 to 28.09: 7 days at 18.50 + 8.00, not at 30.00 + 8.00 nor 45.00 + 9.50
        assertThat(result.attendanceDays()).isEqualTo(7);
        assertThat(result.total()).isEqualTo(chf("185.50"));
        assertThat(result.monthly()).isEqualTo(chf("92.75"));
    }

    @Test
    void aContractWithoutTermsIsZero() {
        Contract contract = contract(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY);

        Result result = ContractEstimate.of(contract, CALENDAR, Set.of());

        assertThat(result.total()).isEqualTo(chf("0.00"));
        assertThat(result.attendanceDays()).isZero();
        assertThat(result.months()).isEmpty();
        assertThat(result.monthly()).isEqualTo(chf("0.00"));
    }

    @Test
    void holidayUnitsCountInTheHolidaysOnly() {
        Contract contract = contract(d("2026-10-12"), d("2026-11-06"));
        terms(
                contract,
                d("2026-10-12"),
                midday(DayOfWeek.MONDAY),
                unit(DayOfWeek.MONDAY, holidayDay, "50.00", "8.00"));

        Result result = ContractEstimate.of(contract, CALENDAR, Set.of());

        // Mondays 12.10 and 02.11 at school (26.50), 19.10 and 26.10 in holidays (58.00)
        assertThat(result.attendanceDays()).isEqualTo(4);
        assertThat(result.total()).isEqualTo(chf("169.00"));
        assertThat(result.excludedDays()).isEmpty();
    }

    @Test
    void thePatternGroupsTheUnitsByWeekday() {
        Contract contract = contract(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY);
        ContractTerms terms =
                terms(
                        contract,
                        FIRST_SCHOOL_DAY,
                        unit(DayOfWeek.WEDNESDAY, holidayDay, "50.00", "8.00"),
                        midday(DayOfWeek.MONDAY),
                        unit(DayOfWeek.MONDAY, morning, "7.40", "0.00"),
                        midday(DayOfWeek.WEDNESDAY));

        Map<DayOfWeek, List<PatternUnit>> pattern = ContractEstimate.pattern(terms);

        assertThat(pattern).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(pattern.keySet()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(pattern.get(DayOfWeek.MONDAY))
                .containsExactly(
                        new PatternUnit("Accueil du matin", true, false, chf("7.40")),
                        new PatternUnit("Midi avec repas", true, false, chf("26.50")));
        // in time order: the holiday day starts at 07:30, before the midday unit
        assertThat(pattern.get(DayOfWeek.WEDNESDAY))
                .containsExactly(
                        new PatternUnit("Journée vacances", false, true, chf("58.00")),
                        new PatternUnit("Midi avec repas", true, false, chf("26.50")));
    }
}
