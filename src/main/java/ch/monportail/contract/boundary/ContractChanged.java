package ch.monportail.contract.boundary;

import java.time.LocalDate;

/**
 * Fired when a contract starts to count, stops counting or changes from a day that may be past —
 * activated with a start already behind, terminated with a last day already behind, amended from a
 * past day — so that the billing settles the child's days from {@code from} again (in the
 * transaction of the change the billing notes the request, after the commit it settles them).
 */
public record ContractChanged(long childId, LocalDate from) {}
