package ch.monportail.billing.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Whose account a family's service of a day is debited to (DESIGN §3, §7): a change of account
 * holder is effective from its date for the services of that day on; what was booked before stays
 * where it is. The holder on day D is the new holder of the latest change effective on or before D;
 * before the first change, the first change's former holder; without any change, the family's
 * holder. Generic in the holder type so that it is tested without entities.
 */
public final class HolderOn<H> {

    /** One change: from {@code effectiveFrom} on, {@code to} replaces {@code from}. */
    public record Change<H>(LocalDate effectiveFrom, H from, H to) {}

    private final H current;
    private final List<Change<H>> changes;

    public HolderOn(H current, List<Change<H>> changes) {
        this.current = current;
        this.changes =
                changes.stream().sorted(Comparator.comparing(Change::effectiveFrom)).toList();
    }

    /** The holder on the day; null when the family has none. */
    public H on(LocalDate day) {
        if (changes.isEmpty()) {
            return current;
        }
        H holder = changes.get(0).from();
        for (Change<H> c : changes) {
            if (c.effectiveFrom().isAfter(day)) {
                break;
            }
            holder = c.to();
        }
        return holder;
    }
}
