/**
 * The child's agenda (DESIGN §6): the parent's home page and the educators' daily tool.
 *
 * <h2>Model</h2>
 *
 * <p>Nothing of the plan is stored: the care a child is expected at on a day is computed from the
 * contract (terms in force, weekly pattern) and the school calendar ({@code CarePlan}). What is
 * stored is what differs from the plan: an {@code Absence} per child, day and care unit (unique);
 * {@code ExtraCare} requests (pending → approved / refused / cancelled, price fixed when asked);
 * {@code HolidayProgramme}s with their {@code HolidayDay}s (capacity) and the children's {@code
 * HolidayRegistration}s (registered / waiting / cancelled / cancelled late); the {@code Presence}
 * (check-in, check-out) of a child for a unit on a day; the {@code InformationItem}s the staff post
 * to a structure, a care unit or a child; one {@code AgendaFeed} (hashed token) per parent. Each
 * structure carries its agenda rules ({@code structure.entity.AgendaSettings}: cut-off time, late
 * percentage, illness handling, extra-care surcharge), edited by the ADMIN on the structure page.
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
 *   <li>Extra care costs the family's unit price ({@code FamilyUnitPrice}: the tariff with the
 *       contract's income basis and sibling rank, CHF 0.05) plus the structure's surcharge; the
 *       parent sees it before asking; the staff decide seeing the unit's occupancy that day; the
 *       parent who asked gets an e-mail.
 *   <li>Holiday care: a registration locks its day's row ({@code PESSIMISTIC_WRITE}) before
 *       counting, so the capacity holds under concurrent requests (tested with four threads for two
 *       places); a full day offers the waiting list; a freed place goes to the first waiting child
 *       (by request time) and the parent is told by e-mail; cancelling is free until the
 *       programme's deadline, billed after (the place is freed all the same).
 *   <li>The presence list expects contract units − absences + approved extra care + holiday
 *       registrations, the same plan as the agenda; check-in and check-out today only, times from
 *       the clock; a child expected but not checked in after the unit's start is highlighted; the
 *       staff record that absence as unannounced (billed) or excuse one.
 *   <li>Calendar feed: a secret address (256-bit token, only its SHA-256 stored) for a phone
 *       calendar; 30 days back and 200 ahead; timed entries as UTC instants; a new address kills
 *       the old one; audited.
 *   <li>The agenda of a range loads with a fixed number of queries ({@code ChildPlan}: contracts
 *       with batch-fetched terms and patterns, the school years' calendars in one query, the
 *       absences and the information items of the range), whatever the number of entries.
 * </ul>
 */
package ch.monportail.agenda;
