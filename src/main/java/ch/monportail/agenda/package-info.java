/**
 * The child's agenda (DESIGN §6): the parent's home page and the educators' daily tool.
 *
 * <h2>Model</h2>
 *
 * <p>Nothing of the plan is stored: the care a child is expected at on a day is computed from the
 * contract (terms in force, weekly pattern) and the school calendar ({@code CarePlan}). What is
 * stored is what differs from the plan: an {@code Absence} per child, day and care unit (unique),
 * and the {@code InformationItem}s the service posts to a structure, a care unit or a child. Each
 * structure carries its agenda rules ({@code structure.entity.AgendaSettings}: cut-off time, late
 * percentage, illness handling, extra-care surcharge).
 *
 * <h2>Rules and decisions</h2>
 *
 * <ul>
 *   <li>One rule, {@code AbsenceRule}, decides whether an absence is billed; the parent sees its
 *       answer before confirming ({@code Absences.preview}), and the billing will apply the same
 *       class. Cut-off: strictly before 18:00 of the previous working day (weekends and public
 *       holidays skipped), in Europe/Zurich; late → the structure's percentage (100 %) of the
 *       unit's frozen price (care and meal), rounded to CHF 0.05; illness is billed unless a
 *       medical certificate is accepted; absences the staff record are billed in full.
 *   <li>The billing decided at announcement is kept; an accepted certificate or an excuse makes the
 *       absence not billed later (a reversing entry once billing exists), never an edit of the
 *       past.
 *   <li>If the cut-off passes between the preview and the confirmation, nothing is saved and the
 *       parent sees the new amount ({@code absence.changed}).
 *   <li>An announced absence can be withdrawn until its cut-off (deleted, audited); staff-recorded
 *       ones cannot be withdrawn by parents.
 *   <li>Both parents of a child announce and withdraw; the ADMIN may do it for them; educators only
 *       record unannounced absences and excuse, in their structures.
 *   <li>The agenda of a range loads with a fixed number of queries ({@code ChildPlan}: contracts
 *       with batch-fetched terms and patterns, the school years' calendars in one query, the
 *       absences and the information items of the range), whatever the number of entries.
 * </ul>
 */
package ch.monportail.agenda;
