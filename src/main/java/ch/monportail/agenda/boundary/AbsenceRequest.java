package ch.monportail.agenda.boundary;

import ch.monportail.agenda.entity.AbsenceReason;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * A parent's announcement: the days {@code from}–{@code to}, the care units (empty: every unit
 * planned on those days), the reason and an optional comment.
 */
public record AbsenceRequest(
        long childId,
        LocalDate from,
        LocalDate to,
        Set<Long> careUnitIds,
        AbsenceReason reason,
        String comment)
        implements Serializable {

    public AbsenceRequest {
        careUnitIds = careUnitIds == null ? Set.of() : Set.copyOf(careUnitIds);
    }
}
