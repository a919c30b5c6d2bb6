/**
 * The money (DESIGN §7): accounts, the ledger, the daily debits, payments and reminders.
 *
 * <h2>Model</h2>
 *
 * <p>One {@code BillingAccount} per account holder (a legal representative), opened the first time
 * it is needed; its number gives its stable references: the 27-digit QR reference ({@code
 * QrReference}, mod-10 recursive) and the ISO 11649 creditor reference ({@code CreditorReference})
 * for an ordinary IBAN. The {@code LedgerEntry} table is append-only (every column {@code updatable
 * = false}, no DELETE anywhere): service debits (negative) of kinds CARE, MEAL, ABSENCE,
 * EXTRA_CARE, HOLIDAY_CARE; PAYMENT; CORRECTION (ADMIN, with a reason); REVERSAL (the opposite of
 * one line, at most once). The account's balance is kept in its row by each booking with an atomic
 * {@code balance = balance + x} in the booking's transaction, so no page view sums the history.
 * {@code DebitRun} reports each run; {@code DebitDay} marks the days debited; {@code PaymentImport}
 * and {@code UnmatchedCredit} hold the camt.054 imports; {@code BillingSettings} the creditor and
 * the reminder rule.
 *
 * <h2>Rules and decisions</h2>
 *
 * <ul>
 *   <li>What a child consumed on a day is the agenda's answer ({@code agenda.control.Consumption},
 *       read for all children by {@code agenda.boundary.ConsumedServices}): each planned unit as
 *       care and meal at the contract's frozen prices unless an absence replaced it (then the
 *       absence's amount if still billed), approved extra care, billed holiday registrations.
 *   <li>Whose account pays: the family's account holder on the day of the service ({@code
 *       HolderOn}): a change of holder is effective from its date; what was booked stays where it
 *       is.
 *   <li>Idempotent: each debit's source key {@code D:child:day:unit:KIND} is unique in the
 *       database, and a reversal's key is {@code R:} + the debit's. The run settles one day per
 *       transaction ({@code Settlement}: book what is due and missing, reverse what is booked and
 *       no longer due). A second run, a run at the same moment (the loser's day rolls back on the
 *       unique key and is settled again) or a run after a crash books nothing twice and skips
 *       nothing.
 *   <li>The value date of a debit is the day after the service (the nightly run debits yesterday),
 *       also when a catch-up books it later; a debit booked after the fact (a change to a day
 *       already debited) is valued the day it is booked, like its reversal, so that statements
 *       already read keep their balances. Lines are listed by value date, then line number, with
 *       the running balance.
 *   <li>A change to a day already debited (an absence excused or recorded by the staff, an extra
 *       care approved late, a contract activated, amended or ended from a past day, a certificate
 *       accepted) fires {@code agenda.boundary.ServicesChanged} or {@code
 *       contract.boundary.ContractChanged}: in the change's transaction a request to settle the
 *       child's days again is written ({@code SettleAgainQueue}), after the commit they are settled
 *       — a reversing line, never an edit — and what fails then is settled by the nightly run. A
 *       service due again after its reversal is booked anew under its next key ({@code #2}, {@code
 *       #3}…), unless the ADMIN reversed it by hand: then the run leaves it and reports it.
 *   <li>Money pages are the holder's: the other legal representative gets "not found" and sees a
 *       note with the service's contact instead of the balance. A former holder keeps seeing the
 *       account they held.
 *   <li>camt.054: each credit's bank key ({@code AcctSvcrRef}) is the payment's source key, so a
 *       file imported twice (or a credit the bank sends twice) books once; an unknown reference or
 *       a foreign currency waits in the unmatched list for the ADMIN.
 *   <li>QR-bill: QR-IBAN with the QR reference, or IBAN with the RF reference, per the creditor's
 *       IBAN; structured addresses only (standard 2.3), fr/de/en.
 * </ul>
 *
 * <h2>Out of scope for now</h2>
 *
 * <p>The yearly childcare-cost certificate per child and the billing benchmark (3,000 children)
 * come next; no interest or fees on arrears; no refunds by bank transfer (a correction records
 * one).
 */
package ch.monportail.billing;
