package ch.monportail.structure.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The school calendar of one school year (DESIGN §4: 1 August – 31 July): the periods in which
 * school is in session, the school holidays, the public holidays — all data the ADMIN edits, never
 * hard-coded — and, per structure, closure days. Answers what kind of day a date is, whether a
 * structure is open for a care unit on that day, and whether it is a working day (for the absence
 * cut-off of the agenda). Every later rule asks here.
 *
 * <p>Precedence, first match: weekend, public holiday, closure day, school holiday, school period
 * (school day), else out of session (before the first or after the last school day).
 */
public final class SchoolCalendar {

    /** What a date is for the structures. */
    public enum DayKind {
        SCHOOL_DAY,
        WEEKEND,
        PUBLIC_HOLIDAY,
        CLOSURE,
        SCHOOL_HOLIDAY,
        OUT_OF_SESSION
    }

    /** A range of dates, both ends included. */
    public record Range(LocalDate from, LocalDate to) {
        public Range {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("range ends before it starts");
            }
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    private final LocalDate start;
    private final List<Range> schoolPeriods;
    private final List<Range> holidays;
    private final Set<LocalDate> publicHolidays;

    public SchoolCalendar(
            int startYear,
            List<Range> schoolPeriods,
            List<Range> holidays,
            Set<LocalDate> publicHolidays) {
        this.start = LocalDate.of(startYear, Month.AUGUST, 1);
        this.schoolPeriods = List.copyOf(schoolPeriods);
        this.holidays = List.copyOf(holidays);
        this.publicHolidays = Set.copyOf(publicHolidays);
        Range year = new Range(start, getEnd());
        for (Range r : schoolPeriods) {
            if (!year.contains(r.from()) || !year.contains(r.to())) {
                throw new IllegalArgumentException("school period outside the school year");
            }
        }
    }

    /** The school year a date belongs to: 1 August of its start year. */
    public static int startYearOf(LocalDate date) {
        return date.getMonthValue() >= Month.AUGUST.getValue()
                ? date.getYear()
                : date.getYear() - 1;
    }

    public LocalDate getStart() {
        return start;
    }

    /** 31 July of the next year. */
    public LocalDate getEnd() {
        return start.plusYears(1).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(getEnd());
    }

    /** The kind of the date, given the structure's closure days. */
    public DayKind kind(LocalDate date, Set<LocalDate> closures) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return DayKind.WEEKEND;
        }
        if (publicHolidays.contains(date)) {
            return DayKind.PUBLIC_HOLIDAY;
        }
        if (closures.contains(date)) {
            return DayKind.CLOSURE;
        }
        if (holidays.stream().anyMatch(h -> h.contains(date))) {
            return DayKind.SCHOOL_HOLIDAY;
        }
        if (schoolPeriods.stream().anyMatch(p -> p.contains(date))) {
            return DayKind.SCHOOL_DAY;
        }
        return DayKind.OUT_OF_SESSION;
    }

    /**
     * Whether the structure is open for a care unit on the date: a school-day unit on school days,
     * a holiday unit on weekdays out of session (school holidays, summer), a unit of both kinds (a
     * crèche) on every weekday; never on weekends, public holidays and closure days.
     */
    public boolean isOpen(
            LocalDate date, Set<LocalDate> closures, boolean onSchoolDays, boolean inHolidays) {
        return switch (kind(date, closures)) {
            case SCHOOL_DAY -> onSchoolDays;
            case SCHOOL_HOLIDAY, OUT_OF_SESSION -> inHolidays;
            case WEEKEND, PUBLIC_HOLIDAY, CLOSURE -> false;
        };
    }

    /** Monday to Friday and not a public holiday (the absence cut-off counts these days). */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !publicHolidays.contains(date);
    }

    /** The working day before {@code date} (skipping weekends and public holidays). */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
