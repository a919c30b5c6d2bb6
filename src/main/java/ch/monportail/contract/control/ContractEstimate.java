package ch.monportail.contract.control;

import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.structure.control.AnnualEstimate;
import ch.monportail.structure.control.AnnualEstimate.PatternUnit;
import ch.monportail.structure.control.AnnualEstimate.Segment;
import ch.monportail.structure.control.SchoolCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The annual total and monthly estimate of a contract (DESIGN §5): each terms apply from their
 * effective date to the day before the next terms (or the end of the period); {@link
 * AnnualEstimate} sums the open days of each part with its frozen prices. The contract page, the
 * PDF and the parent's page use this one calculation.
 */
public final class ContractEstimate {

    private ContractEstimate() {}

    public static AnnualEstimate.Result of(
            Contract contract, SchoolCalendar calendar, Set<LocalDate> closures) {
        List<ContractTerms> terms = contract.getTerms();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            LocalDate from = max(terms.get(i).getEffectiveFrom(), contract.getStartsOn());
            LocalDate to =
                    i + 1 < terms.size()
                            ? min(
                                    terms.get(i + 1).getEffectiveFrom().minusDays(1),
                                    contract.getEndsOn())
                            : contract.getEndsOn();
            if (!to.isBefore(from)) {
                segments.add(new Segment(from, to, pattern(terms.get(i))));
            }
        }
        return AnnualEstimate.compute(segments, calendar, closures);
    }

    /** The weekly pattern of terms as the calculator reads it. */
    public static Map<DayOfWeek, List<PatternUnit>> pattern(ContractTerms terms) {
        Map<DayOfWeek, List<PatternUnit>> pattern = new EnumMap<>(DayOfWeek.class);
        for (ContractUnit unit : terms.getUnits()) {
            pattern.computeIfAbsent(unit.getWeekday(), d -> new ArrayList<>())
                    .add(
                            new PatternUnit(
                                    unit.getCareUnit().getName(),
                                    unit.getCareUnit().isOnSchoolDays(),
                                    unit.getCareUnit().isInHolidays(),
                                    unit.getPrice()));
        }
        return pattern;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
