package ch.monportail.billing.control;

import java.time.LocalDate;
import java.util.List;

/**
 * Whose account a family's service of a day is debited to (DESIGN §3, §7): a change of account
 * holder is effective from its date for the services of that day on; what was booked before stays
 * where it is. The holder on day D is the new holder of the most recently made change among those
 * effective on or before D (a later decision overrides an earlier one, e.g. a change scheduled for
 * March then reverted from February); before any change takes effect, the former holder of the
 * first change made; without any change, the family's holder. Changes are given in the order they
 * were made. Generic in the holder type so that it is tested without entities.
 */
public final class HolderOn<H> {

    /** One change: from {@code effectiveFrom} on, {@code to} replaces {@code from}. */
    public record Change<H>(LocalDate effectiveFrom, H from, H to) {}

    private final H current;
    private final List<Change<H>> changes;

    /** {@code changes} in the order they were made. */
    public HolderOn(H current, List<Change<H>> changes) {
        this.current = current;
        this.changes = List.copyOf(changes);
    }

    /** The holder on the day; null when the family has none. */
    public H on(LocalDate day) {
        if (changes.isEmpty()) {
            return current;
        }
        for (int i = changes.size() - 1; i >= 0; i--) {
            if (!changes.get(i).effectiveFrom().isAfter(day)) {
                return changes.get(i).to();
            }
        }
        return changes.get(0).from();
    }
}
