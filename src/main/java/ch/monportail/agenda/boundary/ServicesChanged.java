package ch.monportail.agenda.boundary;

/**
 * Fired when what a child consumed on a day changed after the fact — an absence excused or recorded
 * by the staff, an extra care approved late, a medical certificate accepted — so that the billing
 * settles that day again (it notes the request in the transaction of the change, and settles the
 * day after the commit).
 */
public record ServicesChanged(long childId, java.time.LocalDate day) {}
