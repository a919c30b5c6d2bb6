package ch.monportail.contract.control;

import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.structure.entity.CareUnit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * How many contracts take a care unit on a weekday during a period (DESIGN §5, issue 5: "weekly
 * pattern … with capacity check and a warning when full"). A contract counts when, for some day of
 * the period, terms of it are in force and take the unit on that weekday:
 *
 * <ul>
 *   <li>only signed contracts: {@code ACTIVE}, or {@code ENDED} until their last day (a contract
 *       terminated at the end of March still holds its place until then; a draft holds none);
 *   <li>terms are in force from their effective date until the day before the next terms, and never
 *       past the contract's last day: terms superseded before the period begins, or taking effect
 *       after it, do not count;
 *   <li>the contract being written (an amendment) is not counted against itself.
 * </ul>
 *
 * A unit is full when that count has already reached its capacity: one more child would overbook
 * it. A warning, not a refusal (the service may overbook knowingly, e.g. for a child leaving soon).
 */
public final class Occupancy {

    private Occupancy() {}

    /**
     * The contracts among {@code contracts} (any, e.g. those of the structure) that take {@code
     * unit} on {@code day} with terms in force between {@code from} and {@code to} (inclusive);
     * {@code self} (may be null) is left out.
     */
    public static long count(
            Collection<Contract> contracts,
            CareUnit unit,
            DayOfWeek day,
            LocalDate from,
            LocalDate to,
            Contract self) {
        return contracts.stream()
                .filter(c -> c != self && (self == null || !sameId(c, self)))
                .filter(c -> takes(c, unit, day, from, to))
                .count();
    }

    /** Full: the unit's places are all taken before the new child is added. */
    public static boolean isFull(long occupied, int capacity) {
        return occupied >= capacity;
    }

    /** Whether the contract takes the unit on the weekday on some day of the period. */
    static boolean takes(
            Contract contract, CareUnit unit, DayOfWeek day, LocalDate from, LocalDate to) {
        if (contract.getStatus() == ContractStatus.DRAFT) {
            return false;
        }
        List<ContractTerms> terms = contract.getTerms();
        for (int i = 0; i < terms.size(); i++) {
            ContractTerms t = terms.get(i);
            LocalDate start = later(t.getEffectiveFrom(), contract.getStartsOn());
            LocalDate end =
                    i + 1 < terms.size()
                            ? earlier(
                                    terms.get(i + 1).getEffectiveFrom().minusDays(1),
                                    contract.getEndsOn())
                            : contract.getEndsOn();
            boolean overlaps = !start.isAfter(end) && !start.isAfter(to) && !end.isBefore(from);
            if (overlaps
                    && t.unitsOn(day).stream().anyMatch(u -> sameUnit(u.getCareUnit(), unit))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameId(Contract a, Contract b) {
        return a.getId() != null && a.getId().equals(b.getId());
    }

    private static boolean sameUnit(CareUnit a, CareUnit b) {
        return a == b || (a.getId() != null && a.getId().equals(b.getId()));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
