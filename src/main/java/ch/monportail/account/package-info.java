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
 * <h2>ASVS 5.0 level 2 — password, reset and session requirements, and how they are met</h2>
 *
 * <ul>
 *   <li>V6.2.1/6.2.9 length 10–128, no composition rules: {@code control.PasswordPolicy}.
 *   <li>V6.2.4/6.2.11 common passwords refused (30,000, shipped with zxcvbn4j): {@code
 *       PasswordPolicy}; strength hint while typing (zxcvbn score).
 *   <li>V6.2.2/6.2.3 users can change their password, proving the current one: {@code
 *       Accounts#changePassword}, page {@code /account/password.xhtml}.
 *   <li>V6.3.1 credential stuffing and brute force: {@code control.LoginThrottle} per account and
 *       per client address, checked before hashing; block e-mailed to the owner.
 *   <li>V6.4.1/6.4.3 reset: 256-bit random token, stored as SHA-256, 30 minutes, single use, newer
 *       request retires older ({@code boundary.PasswordResets}); no hint whether the address exists
 *       (same answer, response padded to 600 ms).
 *   <li>V11.4 (stored credentials) Argon2id 19 MiB t=2 p=1, upgraded at login: {@code
 *       control.PasswordHasher}.
 *   <li>V7.2.4 new session id at login ({@code web.PasswordLogin}); V7.4.1 logout invalidates the
 *       session; V7.4.3 a password change ends all other sessions ({@code web.SessionStampFilter});
 *       V7.3.1 idle timeout 30 minutes ({@code web.xml}).
 *   <li>V3.3 session cookie HttpOnly, SameSite=Lax, Secure on HTTPS, never in URLs ({@code
 *       web.xml}, {@code glassfish-web.xml}).
 *   <li>V16 security events (login ok/failed/refused, block, reset requested/completed, password
 *       changed, account created/invited/disabled/enabled/unblocked) in the audit log, without
 *       secrets.
 * </ul>
 *
 * <h2>Second factor</h2>
 *
 * <p>TOTP (RFC 6238, {@code control.Totp}) with a QR code drawn on the server and ten single-use
 * recovery codes; compulsory for staff ({@code monportail.staff-second-factor}, on by default),
 * optional for parents. Login goes in steps with single-use tickets ({@code
 * boundary.SecondFactors}); the identity store accepts only the final {@code LOGIN} ticket, so no
 * code path opens a session with a password alone. A code is never accepted twice (last step kept).
 * The TOTP key is stored in clear in the database: whoever reads the database could compute codes —
 * accepted because the same reader already holds every child's data; encrypting it with a key
 * outside the database is a possible later hardening.
 *
 * <p>Out of scope so far: the structures an EDUCATOR serves (they arrive with the structures
 * feature).
 */
package ch.monportail.account;
