package ch.monportail.billing.boundary;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Called after each debit the run books, before the day's transaction commits. Does nothing; the
 * fault tests replace it (a CDI alternative) with one that fails after N debits, to prove that a
 * crash in the middle of a day leaves nothing of that day and that the rerun books it once.
 */
@ApplicationScoped
public class DebitProbe {

    public void booked(long runId, int debitsOfDay) {
        // nothing in production
    }
}
