/**
 * *Téléchargements* (DESIGN §8): documents published by the service, and the files parents send
 * "pour la structure d'accueil concernant votre enfant" with the staff's inbox.
 *
 * <h2>Parents' uploads</h2>
 *
 * <ul>
 *   <li>The parent chooses the child (of their family), a category from the drop-down (medical
 *       certificate, tax assessment / income proof, employer certificate, other), a comment, then
 *       the files — dropped on the page or chosen, several at once; each is checked and stored on
 *       its own, with its own message.
 *   <li>A file is accepted only as what its content is ({@code control.FileCheck}: Apache Tika's
 *       detection, then completeness and readability): PDF, JPEG or PNG, at most 10 MB, not empty,
 *       not cut short, nothing hidden behind its end (polyglots), no scripts, attachments or
 *       password in a PDF. The name and the browser's declared type are never asked. A refused file
 *       leaves nothing behind. An optional ClamAV scan ({@code boundary.VirusScan}, off unless
 *       configured: {@code server-config/README.md}).
 *   <li>Stored in the database ({@code StoredFile}: cluster-safe, in the one backup) under a
 *       generated id, with its SHA-256; the original name is kept as data, cleaned ({@code
 *       control.FileName}: no path, quotes, line breaks or controls; the extension of the real
 *       type) and written in {@code Content-Disposition} as RFC 6266 asks. Files are streamed by
 *       {@code web.UploadFileServlet} through {@code Uploads.file}, which checks the caller's
 *       right; never from a path the client names; {@code nosniff} and a sandboxing CSP.
 *   <li>Both parents see the family's uploads with their status. The ADMIN's inbox lists every
 *       upload; an educator's the medical certificates of the children in their care. Received →
 *       accepted, or rejected with a reason; the parent who sent it gets the outcome by e-mail.
 *   <li>Accepting a medical certificate asks the days it covers (at most 92): the child's illness
 *       absences of those days become "non facturée" (the agenda observes {@code
 *       agenda.boundary.CertificateAccepted} in the same transaction) and the billing reverses what
 *       was already debited for them.
 *   <li>Every upload, refusal by the virus scan and decision is in the audit log.
 * </ul>
 *
 * <h2>Dependencies</h2>
 *
 * <p>{@code document} uses {@code family} (children, the authorizer, the audit), the {@code
 * agenda}'s event for accepted certificates, and {@code platform}; nothing uses it.
 *
 * <h2>Published documents</h2>
 *
 * <p>The ADMIN publishes a document (title, category — regulations, tariffs, menus, forms, holiday
 * programme, other —, audience: all families or one structure, language or all, validity dates, the
 * file, checked like the uploads), replaces it with a new version (the old row stays, marked
 * replaced) or withdraws it. A parent sees, grouped by category, the current documents valid today
 * for all families or for a structure where one of their children has a contract, in their language
 * or for all; the file's address answers "not found" to anybody else, and once the document is
 * withdrawn.
 */
package ch.monportail.document;
