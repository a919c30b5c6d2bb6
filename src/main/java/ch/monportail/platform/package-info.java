/**
 * Platform: what every feature uses and which uses no feature.
 *
 * <ul>
 *   <li>{@code boundary.Migrations} runs the Flyway scripts of {@code db/migration} at start-up,
 *       before anything touches the database (never schema generation; sequences, not identity
 *       columns, because EclipseLink + H2 2.x fail on identity DDL).
 *   <li>{@code boundary.AuditLog} — append-only journal of security and business events (who, what,
 *       when, from where). Nothing in it is ever updated or deleted.
 *   <li>{@code boundary.DemoData} — on the first start on an empty database with the demo switch
 *       ({@code monportail.demo}: system property or {@code MONPORTAIL_DEMO}, see {@code
 *       control.Settings}) on, fires {@link ch.monportail.platform.control.DemoSeed}; each feature
 *       observes it and seeds its own part. Platform thus seeds accounts without depending on the
 *       account feature.
 *   <li>{@code control.SwissFormat} — the one place where dates ({@code dd.MM.yyyy}) and money
 *       ({@code CHF 1'234.50}) are written for people.
 *   <li>{@code control.BusinessException} — base of every business failure; rolls the transaction
 *       back and carries an i18n key, so the user reads a translated message, never a stack trace.
 *   <li>{@code web} — locale of the session, security headers, no-store for private pages. The
 *       Content Security Policy is two headers on purpose: {@code SecurityHeadersFilter}'s
 *       (framing, plugins, base URL; no script rule) and PrimeFaces' CSP mode's {@code script-src
 *       'self' 'nonce-…'}; browsers enforce both, so a script rule in ours would block the nonced
 *       scripts. {@code ErrorDispatchFilter} renders error pages as first renders, never as the
 *       postback that failed (a forged post would otherwise break the error page on the missing
 *       nonce). See SECURITY.md.
 * </ul>
 *
 * <p>The municipality ({@code entity.Municipality}): one deployment serves one municipality; its
 * name and the childcare service's contact are data, shown wherever the guide tells parents to
 * contact the service.
 */
package ch.monportail.platform;
