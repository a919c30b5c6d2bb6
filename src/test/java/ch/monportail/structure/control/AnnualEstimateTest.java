package ch.monportail.structure.control;

import static ch.monportail.structure.control.Calendars.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.monportail.structure.control.AnnualEstimate.PatternUnit;
import ch.monportail.structure.control.AnnualEstimate.Result;
import ch.monportail.structure.control.SchoolCalendar.DayKind;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnualEstimateTest {

    private static final SchoolCalendar YEAR = Calendars.valais2026();

    private static PatternUnit midday(String price) {
        return new PatternUnit("Midi avec repas", true, false, new BigDecimal(price));
    }

    @Test
    void aPeriodFromMidSeptemberToMidOctober() {
        // Mondays and Wednesdays from Wednesday 16.09 to Wednesday 14.10.2026: 9 days
        Result result =
                AnnualEstimate.compute(
                        d("2026-09-16"),
                        d("2026-10-14"),
                        Map.of(
                                DayOfWeek.MONDAY, List.of(midday("12.30")),
                                DayOfWeek.WEDNESDAY, List.of(midday("12.30"))),
                        YEAR,
                        Set.of());
        assertThat(result.attendanceDays()).isEqualTo(9);
        assertThat(result.total()).isEqualTo(new BigDecimal("110.70"));
        assertThat(result.months()).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10));
        assertThat(result.monthly()).isEqualTo(new BigDecimal("55.35"));
        assertThat(result.excludedDays()).isEmpty();
    }

    @Test
    void aPublicHolidayOnAContractDayIsNotCountedAndExplained() {
        // Tuesdays 1, 8 (Immaculate Conception) and 15 December 2026
        Result result =
                AnnualEstimate.compute(
                        d("2026-12-01"),
                        d("2026-12-15"),
                        Map.of(DayOfWeek.TUESDAY, List.of(midday("26.10"))),
                        YEAR,
                        Set.of());
        assertThat(result.attendanceDays()).isEqualTo(2);
        assertThat(result.total()).isEqualTo(new BigDecimal("52.20"));
        assertThat(result.excludedDays()).containsExactly(Map.entry(DayKind.PUBLIC_HOLIDAY, 1));
    }

    @Test
    void aClosureDayOfTheStructureIsNotCounted() {
        Result result =
                AnnualEstimate.compute(
                        d("2026-09-16"),
                        d("2026-10-14"),
                        Map.of(
                                DayOfWeek.MONDAY, List.of(midday("12.30")),
                                DayOfWeek.WEDNESDAY, List.of(midday("12.30"))),
                        YEAR,
                        Set.of(d("2026-09-23")));
        assertThat(result.attendanceDays()).isEqualTo(8);
        assertThat(result.total()).isEqualTo(new BigDecimal("98.40"));
        assertThat(result.excludedDays()).containsExactly(Map.entry(DayKind.CLOSURE, 1));
    }

    @Test
    void schoolHolidaysAreNotCountedForSchoolDayUnits() {
        // Fridays from 16.10 (school day) to 06.11.2026: 16.10, (23.10, 30.10 holidays), 06.11
        Result result =
                AnnualEstimate.compute(
                        d("2026-10-16"),
                        d("2026-11-06"),
                        Map.of(DayOfWeek.FRIDAY, List.of(midday("10.00"))),
                        YEAR,
                        Set.of());
        assertThat(result.attendanceDays()).isEqualTo(2);
        assertThat(result.excludedDays()).containsExactly(Map.entry(DayKind.SCHOOL_HOLIDAY, 2));
        assertThat(result.months()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
    }

    @Test
    void theTwentyNinthOfFebruaryCounts() {
        LocalDate leapDay = d("2028-02-29");
        assertThat(leapDay.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        Result result =
                AnnualEstimate.compute(
                        d("2028-02-28"),
                        d("2028-03-03"),
                        Map.of(DayOfWeek.TUESDAY, List.of(midday("15.00"))),
                        Calendars.valais2027(),
                        Set.of());
        assertThat(result.attendanceDays()).isEqualTo(1);
        assertThat(result.total()).isEqualTo(new BigDecimal("15.00"));
        assertThat(result.months()).containsExactly(YearMonth.of(2028, 2));
    }

    @Test
    void aCrecheFullDayPatternRunsThroughTheSchoolHolidays() {
        PatternUnit day = new PatternUnit("Journée", true, true, new BigDecimal("128.00"));
        Map<DayOfWeek, List<PatternUnit>> everyDay =
                Map.of(
                        DayOfWeek.MONDAY, List.of(day),
                        DayOfWeek.TUESDAY, List.of(day),
                        DayOfWeek.WEDNESDAY, List.of(day),
                        DayOfWeek.THURSDAY, List.of(day),
                        DayOfWeek.FRIDAY, List.of(day));
        // 21.12.2026 – 08.01.2027: 15 weekdays, less Christmas and New Year's Day
        Result result =
                AnnualEstimate.compute(d("2026-12-21"), d("2027-01-08"), everyDay, YEAR, Set.of());
        assertThat(result.attendanceDays()).isEqualTo(13);
        assertThat(result.total()).isEqualTo(new BigDecimal("1664.00"));
        assertThat(result.monthly()).isEqualTo(new BigDecimal("832.00"));
        assertThat(result.excludedDays()).containsExactly(Map.entry(DayKind.PUBLIC_HOLIDAY, 2));
    }

    @Test
    void twoSiblingsPayTheirOwnReducedPrices() {
        Tariff tariff = TariffTest.demo();
        BigDecimal first =
                tariff.price(new BigDecimal("21.00"), null, new BigDecimal("70000"), 1).total();
        BigDecimal second =
                tariff.price(new BigDecimal("21.00"), null, new BigDecimal("70000"), 2).total();
        assertThat(first).isEqualTo(new BigDecimal("12.60"));
        assertThat(second).isEqualTo(new BigDecimal("11.35"));
        Map<DayOfWeek, List<PatternUnit>> pattern1 =
                Map.of(
                        DayOfWeek.THURSDAY,
                        List.of(new PatternUnit("Après-midi", true, false, first)));
        Map<DayOfWeek, List<PatternUnit>> pattern2 =
                Map.of(
                        DayOfWeek.THURSDAY,
                        List.of(new PatternUnit("Après-midi", true, false, second)));
        // Thursdays of November 2026: 5, 12, 19, 26
        Result older =
                AnnualEstimate.compute(d("2026-11-01"), d("2026-11-30"), pattern1, YEAR, Set.of());
        Result younger =
                AnnualEstimate.compute(d("2026-11-01"), d("2026-11-30"), pattern2, YEAR, Set.of());
        assertThat(older.total()).isEqualTo(new BigDecimal("50.40"));
        assertThat(younger.total()).isEqualTo(new BigDecimal("45.40"));
    }

    @Test
    void severalUnitsOnOneDayAreOneAttendanceDay() {
        Result result =
                AnnualEstimate.compute(
                        d("2026-11-02"),
                        d("2026-11-02"),
                        Map.of(
                                DayOfWeek.MONDAY,
                                List.of(
                                        new PatternUnit(
                                                "Matin", true, false, new BigDecimal("7.20")),
                                        midday("22.40"),
                                        new PatternUnit(
                                                "Holiday only",
                                                false,
                                                true,
                                                new BigDecimal("60")))),
                        YEAR,
                        Set.of());
        assertThat(result.attendanceDays()).isEqualTo(1);
        assertThat(result.total()).isEqualTo(new BigDecimal("29.60"));
    }

    @Test
    void theWholeYearHasElevenAttendanceMonthsAndTheMonthlyEstimateIsTheRoundedShare() {
        Result result =
                AnnualEstimate.compute(
                        d("2026-08-01"),
                        d("2027-07-31"),
                        Map.of(DayOfWeek.MONDAY, List.of(midday("12.35"))),
                        YEAR,
                        Set.of());
        assertThat(result.months()).hasSize(11).doesNotContain(YearMonth.of(2027, 7));
        BigDecimal share =
                result.total().divide(BigDecimal.valueOf(11), 10, java.math.RoundingMode.HALF_UP);
        assertThat(result.monthly()).isEqualTo(Rounding.toFiveCentimes(share));
        assertThat(result.total())
                .isEqualTo(
                        new BigDecimal("12.35")
                                .multiply(BigDecimal.valueOf(result.attendanceDays())));
        // Mondays in session: 17.08.2026 – 21.06.2027 less holidays and Whit Monday
        assertThat(result.excludedDays())
                .containsKeys(DayKind.SCHOOL_HOLIDAY, DayKind.PUBLIC_HOLIDAY);
    }

    @Test
    void anEmptyPatternOrPeriodCostsNothing() {
        Result result =
                AnnualEstimate.compute(d("2026-09-01"), d("2026-09-30"), Map.of(), YEAR, Set.of());
        assertThat(result.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(result.monthly()).isEqualTo(new BigDecimal("0.00"));
        assertThatThrownBy(
                        () ->
                                AnnualEstimate.compute(
                                        d("2026-09-30"), d("2026-09-01"), Map.of(), YEAR, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
