/**
 * Structures, care units, the school calendar and the tariffs (DESIGN §4, issue "Structures, school
 * calendar, tariffs and contracts").
 *
 * <h2>Model</h2>
 *
 * <ul>
 *   <li>{@code Structure} — a UAPE or a crèche with its contact, its {@code CareUnit}s and the
 *       EDUCATOR accounts who work there (an educator sees the children with an active contract in
 *       these structures, through the contract feature's {@code ChildrenInCare}).
 *   <li>{@code CareUnit} (<em>prestation</em>) — a time slot with its full price (<em>prix
 *       coûtant</em>), an optional fixed meal price, a capacity, and whether it runs on school
 *       days, in holidays (holiday programme), or both (a crèche). Deactivated, never deleted.
 *   <li>{@code SchoolYear} (1 August – 31 July) and its {@code CalendarEntry}s: school periods,
 *       school holidays, public holidays, closures of one structure. All data, never hard-coded;
 *       imported from the canton's iCalendar or a CSV after a preview ({@code CalendarImport}).
 *   <li>{@code StructureTariff} — per structure and school year: income brackets (exclusive upper
 *       limit → percentage of the full price), the percentage without declared income, sibling
 *       reductions.
 * </ul>
 *
 * <h2>Rules (control), one per class</h2>
 *
 * <ul>
 *   <li>{@code SchoolCalendar} — the kind of a day (weekend, public holiday, closure, school
 *       holiday, school day, out of session, in that precedence), whether a structure is open for a
 *       unit, the working day before a date (the absence cut-off of the agenda).
 *   <li>{@code Tariff} — the price of a unit: full price × bracket % × (1 − sibling reduction),
 *       rounded to CHF 0.05 ({@code Rounding}, half up); the meal at its fixed price, not reduced.
 *   <li>{@code AnnualEstimate} — the contract's total over the open days of its period and the
 *       monthly estimate = total ÷ months with attendance, rounded to CHF 0.05; with the days left
 *       out and why. Golden masters: {@code src/test/resources/golden/persona-*.txt}.
 * </ul>
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li>Calendars and tariffs are public information (the commune publishes them): {@code
 *       Calendars} answers anyone; only the ADMIN changes them ({@code CalendarAdministration}).
 *   <li>Editing a tariff never changes a contract: contracts froze their unit prices.
 *   <li>A holiday-programme unit is open on weekdays out of session; a crèche unit (both) on every
 *       weekday that is not a public holiday or a closure.
 * </ul>
 */
package ch.monportail.structure;
