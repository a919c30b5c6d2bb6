package ch.monportail.contract.boundary;

import java.time.LocalDate;

/**
 * Fired when a contract starts to count or stops counting from a day that may be past — activated
 * with a start already behind, terminated with a last day already behind — so that the billing
 * settles the child's days from {@code from} again (observers run after the change committed).
 */
public record ContractChanged(long childId, LocalDate from) {}
