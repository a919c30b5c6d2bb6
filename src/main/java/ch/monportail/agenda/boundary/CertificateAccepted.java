package ch.monportail.agenda.boundary;

import java.time.LocalDate;

/**
 * Fired by the documents when the staff accept a child's medical certificate covering the days
 * {@code from}–{@code to}: in the same transaction the agenda marks the child's illness absences of
 * those days as covered (not billed) and the billing settles the days already debited again.
 */
public record CertificateAccepted(long childId, LocalDate from, LocalDate to, long certificateId) {}
