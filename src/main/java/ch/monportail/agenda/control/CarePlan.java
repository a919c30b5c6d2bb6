package ch.monportail.agenda.control;

import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.structure.control.SchoolCalendar;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a contract plans on a day (DESIGN §5–6): nothing for a draft or outside the period;
 * otherwise the units of the weekly pattern of the terms in force that day, for which the structure
 * is open (a school-day unit on school days, a holiday unit out of session, never on weekends,
 * public holidays and the structure's closure days). The agenda, the absences, the presence list
 * and the daily debits all read the plan here.
 */
public final class CarePlan {

    private CarePlan() {}

    public static List<ContractUnit> unitsOn(
            Contract contract, LocalDate day, SchoolCalendar calendar, Set<LocalDate> closures) {
        return unitsOn(contract, day, calendar, closures, ContractTerms::getUnits);
    }

    /**
     * The same, with the weekly units of the terms read from {@code unitsOf} (the units of many
     * contracts read at once, instead of one query per terms).
     */
    public static List<ContractUnit> unitsOn(
            Contract contract,
            LocalDate day,
            SchoolCalendar calendar,
            Set<LocalDate> closures,
            Function<ContractTerms, List<ContractUnit>> unitsOf) {
        if (contract.getStatus() == ContractStatus.DRAFT
                || !contract.covers(day)
                || !calendar.contains(day)) {
            return List.of();
        }
        ContractTerms terms = contract.termsOn(day);
        if (terms == null) {
            return List.of();
        }
        return unitsOf.apply(terms).stream()
                .filter(u -> u.getWeekday() == day.getDayOfWeek())
                .filter(
                        u ->
                                calendar.isOpen(
                                        day,
                                        closures,
                                        u.getCareUnit().isOnSchoolDays(),
                                        u.getCareUnit().isInHolidays()))
                .sorted(Comparator.comparing(u -> u.getCareUnit().getStartsAt()))
                .toList();
    }
}
