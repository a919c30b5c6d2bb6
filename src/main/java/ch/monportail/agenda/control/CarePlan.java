package ch.monportail.agenda.control;

import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.structure.control.SchoolCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
        if (contract.getStatus() == ContractStatus.DRAFT
                || !contract.covers(day)
                || !calendar.contains(day)) {
            return List.of();
        }
        ContractTerms terms = contract.termsOn(day);
        if (terms == null) {
            return List.of();
        }
        return terms.unitsOn(day.getDayOfWeek()).stream()
                .filter(
                        u ->
                                calendar.isOpen(
                                        day,
                                        closures,
                                        u.getCareUnit().isOnSchoolDays(),
                                        u.getCareUnit().isInHolidays()))
                .toList();
    }
}
