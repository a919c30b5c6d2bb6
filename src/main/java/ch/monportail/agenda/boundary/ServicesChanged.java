package ch.monportail.agenda.boundary;

/**
 * Fired when what a child consumed on a day changed after the fact — an absence excused or recorded
 * by the staff, a medical certificate accepted — so that the billing settles that day again
 * (observers run after the change committed).
 */
public record ServicesChanged(long childId, java.time.LocalDate day) {}
