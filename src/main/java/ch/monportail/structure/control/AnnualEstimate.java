package ch.monportail.structure.control;

import ch.monportail.structure.control.SchoolCalendar.DayKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contract's annual total and monthly estimate (DESIGN §5, the user guide: "le montant total au
 * fond du contrat … divisez le montant par X mois de fréquentation"): the sum, over every day of
 * the period on which the structure is open for the unit ({@link SchoolCalendar#isOpen}), of the
 * frozen prices of the pattern's care units for that weekday; the monthly estimate is the total
 * divided by the number of months with at least one attendance day, rounded to CHF 0.05. Neither
 * includes holiday registrations nor extra care. One calculator for the contract page, the PDF and
 * the billing's checks (STYLE: one calculator per number).
 */
public final class AnnualEstimate {

    /** A care unit of the weekly pattern with its frozen price for one day (care + meal). */
    public record PatternUnit(
            String name, boolean onSchoolDays, boolean inHolidays, BigDecimal price) {}

    /**
     * The result, with what the page explains: the days counted, the pattern days left out by
     * reason (school holiday, public holiday, closure, out of session), the attendance months.
     */
    public record Result(
            BigDecimal total,
            int attendanceDays,
            Set<YearMonth> months,
            BigDecimal monthly,
            Map<DayKind, Integer> excludedDays) {}

    private AnnualEstimate() {}

    /** A part of the period with its weekly pattern (the contract's terms from an amendment). */
    public record Segment(LocalDate from, LocalDate to, Map<DayOfWeek, List<PatternUnit>> pattern) {
        public Segment {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("period ends before it starts");
            }
        }
    }

    public static Result compute(
            LocalDate from,
            LocalDate to,
            Map<DayOfWeek, List<PatternUnit>> pattern,
            SchoolCalendar calendar,
            Set<LocalDate> closures) {
        return compute(List.of(new Segment(from, to, pattern)), calendar, closures);
    }

    /** Over consecutive segments (a contract with amendments): one total, one monthly estimate. */
    public static Result compute(
            List<Segment> segments, SchoolCalendar calendar, Set<LocalDate> closures) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int days = 0;
        Set<YearMonth> months = new TreeSet<>();
        Map<DayKind, Integer> excluded = new EnumMap<>(DayKind.class);
        for (Segment segment : segments) {
            for (LocalDate date = segment.from();
                    !date.isAfter(segment.to());
                    date = date.plusDays(1)) {
                List<PatternUnit> units =
                        segment.pattern().getOrDefault(date.getDayOfWeek(), List.of());
                if (units.isEmpty()) {
                    continue;
                }
                boolean attended = false;
                for (PatternUnit unit : units) {
                    if (calendar.isOpen(date, closures, unit.onSchoolDays(), unit.inHolidays())) {
                        total = total.add(unit.price());
                        attended = true;
                    }
                }
                if (attended) {
                    days++;
                    months.add(YearMonth.from(date));
                } else {
                    excluded.merge(calendar.kind(date, closures), 1, Integer::sum);
                }
            }
        }
        BigDecimal monthly =
                months.isEmpty()
                        ? BigDecimal.ZERO.setScale(2)
                        : Rounding.toFiveCentimes(
                                total.divide(
                                        BigDecimal.valueOf(months.size()),
                                        10,
                                        RoundingMode.HALF_UP));
        return new Result(total, days, months, monthly, excluded);
    }
}
