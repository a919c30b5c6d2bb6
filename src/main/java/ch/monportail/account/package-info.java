/**
 * Accounts: login by e-mail and password, roles, the active user.
 *
 * <h2>Rules (DESIGN §1, §2)</h2>
 *
 * <ul>
 *   <li>The login identifier is the e-mail address, stored trimmed and lower-cased so that it is
 *       unique regardless of case ({@link ch.monportail.account.entity.Account#normalizeEmail}).
 *   <li>Accounts are created by the service; a new account has no password and cannot log in until
 *       « Mot de passe oublié » has set one (the reset flow: issue "Accounts").
 *   <li>Passwords are hashed with Argon2id, 19 MiB, t=2, p=1 ({@link
 *       ch.monportail.account.control.PasswordHasher}); a hash made with weaker parameters is
 *       upgraded at the next successful login.
 *   <li>An unknown e-mail costs the same hash as a known one, so the response time does not tell
 *       whether an address has an account.
 *   <li>Every login, failed login and logout is written to the audit log with the client address.
 *   <li>Roles: {@code PARENT}, {@code EDUCATOR}, {@code ADMIN}; one per account. A person who is
 *       both parent and staff gets two accounts (two e-mail addresses) — decided so that staff
 *       rights never leak into a parent session.
 *   <li>The caller principal's name is the account id, not the e-mail: the e-mail can change.
 * </ul>
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li>An own Jakarta Security mechanism ({@code boundary.SecurityConfiguration}) with a Faces
 *       login page ({@code /login.xhtml}); the session id is changed before authentication, so a
 *       fixed session id never becomes an authenticated one, and the page first asked for is
 *       remembered and checked against the user's role before continuing there.
 *   <li>The language of the portal is remembered per account and applied at login.
 * </ul>
 *
 * <p>Out of scope here (next issue): password reset by e-mail, throttling, second factor, account
 * administration pages.
 */
package ch.monportail.account;
