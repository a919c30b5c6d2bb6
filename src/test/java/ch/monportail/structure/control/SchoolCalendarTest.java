package ch.monportail.structure.control;

import static ch.monportail.structure.control.Calendars.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.monportail.structure.control.SchoolCalendar.DayKind;
import ch.monportail.structure.control.SchoolCalendar.Range;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolCalendarTest {

    private final SchoolCalendar calendar = Calendars.valais2026();

    @ParameterizedTest
    @CsvSource({
        "2026-08-14, OUT_OF_SESSION",
        "2026-08-15, WEEKEND",
        "2026-08-17, SCHOOL_DAY",
        "2026-10-16, SCHOOL_DAY",
        "2026-10-19, SCHOOL_HOLIDAY",
        "2026-12-08, PUBLIC_HOLIDAY",
        "2026-12-25, PUBLIC_HOLIDAY",
        "2026-12-28, SCHOOL_HOLIDAY",
        "2027-01-11, SCHOOL_DAY",
        "2027-03-19, PUBLIC_HOLIDAY",
        "2027-05-06, PUBLIC_HOLIDAY",
        "2027-06-25, SCHOOL_DAY",
        "2027-06-28, OUT_OF_SESSION",
        "2027-07-31, WEEKEND"
    })
    void theKindOfADay(String date, DayKind kind) {
        assertThat(calendar.kind(d(date), Set.of())).isEqualTo(kind);
    }

    @Test
    void aClosureDayClosesTheStructureButAPublicHolidayComesFirst() {
        Set<java.time.LocalDate> closures = Set.of(d("2026-09-23"), d("2026-12-08"));
        assertThat(calendar.kind(d("2026-09-23"), closures)).isEqualTo(DayKind.CLOSURE);
        assertThat(calendar.kind(d("2026-12-08"), closures)).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        assertThat(calendar.isOpen(d("2026-09-23"), closures, true, true)).isFalse();
    }

    @Test
    void schoolDayUnitsRunOnSchoolDaysHolidayUnitsOutOfSessionAndCrecheUnitsOnBoth() {
        assertThat(calendar.isOpen(d("2026-09-21"), Set.of(), true, false)).isTrue();
        assertThat(calendar.isOpen(d("2026-09-21"), Set.of(), false, true)).isFalse();
        assertThat(calendar.isOpen(d("2026-10-19"), Set.of(), true, false)).isFalse();
        assertThat(calendar.isOpen(d("2026-10-19"), Set.of(), false, true)).isTrue();
        assertThat(calendar.isOpen(d("2027-07-05"), Set.of(), false, true)).isTrue();
        assertThat(calendar.isOpen(d("2026-10-19"), Set.of(), true, true)).isTrue();
        assertThat(calendar.isOpen(d("2026-09-21"), Set.of(), true, true)).isTrue();
        assertThat(calendar.isOpen(d("2026-09-19"), Set.of(), true, true)).isFalse();
        assertThat(calendar.isOpen(d("2026-12-25"), Set.of(), true, true)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        // Friday after Ascension Thursday: Wednesday
        "2027-05-07, 2027-05-05",
        // Monday: the Friday before
        "2027-05-10, 2027-05-07",
        // Tuesday after Whit Monday: the Friday before
        "2027-05-18, 2027-05-14",
        // the day after a public holiday on a Tuesday
        "2026-12-09, 2026-12-07",
        // across the New Year: 1 January is a public holiday, 31 December a working day
        "2027-01-04, 2026-12-31"
    })
    void thePreviousWorkingDaySkipsWeekendsAndPublicHolidays(String date, String previous) {
        assertThat(calendar.previousWorkingDay(d(date))).isEqualTo(d(previous));
    }

    @Test
    void schoolHolidaysAreWorkingDays() {
        assertThat(calendar.isWorkingDay(d("2026-10-19"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-10-17"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2027-05-27"))).isFalse();
    }

    @Test
    void theSchoolYearRunsFromFirstAugustToThirtyFirstJuly() {
        assertThat(calendar.getStart()).isEqualTo(d("2026-08-01"));
        assertThat(calendar.getEnd()).isEqualTo(d("2027-07-31"));
        assertThat(SchoolCalendar.startYearOf(d("2027-07-31"))).isEqualTo(2026);
        assertThat(SchoolCalendar.startYearOf(d("2026-08-01"))).isEqualTo(2026);
        assertThat(SchoolCalendar.startYearOf(d("2026-07-31"))).isEqualTo(2025);
        assertThat(calendar.contains(d("2027-08-01"))).isFalse();
    }

    @Test
    void aSchoolPeriodOutsideTheYearOrBackwardsIsRefused() {
        assertThatThrownBy(
                        () ->
                                new SchoolCalendar(
                                        2026,
                                        List.of(new Range(d("2026-07-20"), d("2027-06-25"))),
                                        List.of(),
                                        Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Range(d("2026-09-02"), d("2026-09-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTwentyNinthOfFebruaryIsASchoolDayInALeapYear() {
        SchoolCalendar leap = Calendars.valais2027();
        assertThat(leap.kind(d("2028-02-29"), Set.of())).isEqualTo(DayKind.SCHOOL_DAY);
        assertThat(leap.kind(d("2028-02-25"), Set.of())).isEqualTo(DayKind.SCHOOL_HOLIDAY);
    }
}
