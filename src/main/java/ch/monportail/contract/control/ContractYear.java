package ch.monportail.contract.control;

import ch.monportail.structure.control.SchoolCalendar;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.Optional;

/**
 * The school year the ADMIN's contract form starts on (issue 5: "Create for a child: structure,
 * school year, …"; the ADMIN may choose any defined year). Decision: the school year of today (1
 * August – 31 July); from 1 July — the school days are over, contracts are being made for the
 * autumn — the next year when it is defined. When the preferred year is not in the calendar, the
 * latest defined year before it, else the earliest after it, so the page never opens on a year that
 * does not exist (contracts need the year's calendar and tariff).
 */
public final class ContractYear {

    private ContractYear() {}

    /** The start year to propose among the {@code defined} start years; empty when none. */
    public static Optional<Integer> proposed(LocalDate today, Collection<Integer> defined) {
        if (defined.isEmpty()) {
            return Optional.empty();
        }
        int current = SchoolCalendar.startYearOf(today);
        int preferred =
                today.getMonth() == Month.JULY && defined.contains(current + 1)
                        ? current + 1
                        : current;
        if (defined.contains(preferred)) {
            return Optional.of(preferred);
        }
        Optional<Integer> before =
                defined.stream().filter(y -> y < preferred).max(Integer::compare);
        return before.isPresent()
                ? before
                : defined.stream().filter(y -> y > preferred).min(Integer::compare);
    }
}
