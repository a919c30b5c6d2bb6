/**
 * MonPortail — the parent portal and back office of a municipal childcare service (UAPE, crèche).
 *
 * <h2>Feature map</h2>
 *
 * <ul>
 *   <li>{@code account} — login, password reset, users and roles, second factor.
 *   <li>{@code family} — legal representatives, children, authorised pickup persons, personal and
 *       professional data.
 *   <li>{@code structure} — structures, care units, school calendar, tariffs.
 *   <li>{@code contract} — attendance contracts, amendments, annual estimate, contract PDF.
 *   <li>{@code agenda} — the child's agenda, absences, holiday registrations, extra care, presence
 *       lists, iCalendar feed.
 *   <li>{@code billing} — accounts, ledger, daily debit run, payments, QR-bill, camt.054.
 *   <li>{@code document} — published documents and parent uploads.
 *   <li>{@code platform} — what all features use: security glue, persistence base, mail outbox,
 *       audit log, Faces glue, i18n, Swiss formats, demo data.
 * </ul>
 *
 * <p>Each feature is split into {@code boundary} (stateless EJBs: transactions, {@code
 * RolesAllowed}, data-level authorisation), {@code control} (plain Java rules and calculators,
 * unit-tested without a container), {@code entity} (JPA entities and their invariants) and {@code
 * web} (Faces backing beans).
 *
 * <h2>Dependency direction</h2>
 *
 * <p>{@code account → family → structure → contract → agenda → billing}; {@code document} and
 * {@code platform} are used by all and use none of them. A feature reaches another only through its
 * {@code boundary}; an arrow the other way is a CDI event.
 *
 * <h2>Glossary (French ↔ code)</h2>
 *
 * <table>
 *   <caption>Terms of the user guide and their names in the code</caption>
 *   <tr><th>French (UI)</th><th>code</th></tr>
 *   <tr><td>représentant légal</td><td>{@code LegalRepresentative}</td></tr>
 *   <tr><td>gestionnaire principal</td><td>{@code accountHolder}</td></tr>
 *   <tr><td>enfant</td><td>{@code Child}</td></tr>
 *   <tr><td>personne autorisée à venir chercher l'enfant</td><td>{@code PickupPerson}</td></tr>
 *   <tr><td>structure d'accueil (UAPE, crèche)</td><td>{@code Structure}</td></tr>
 *   <tr><td>prestation (accueil du matin, midi, …)</td><td>{@code CareUnit}</td></tr>
 *   <tr><td>prix coûtant</td><td>{@code fullPrice}</td></tr>
 *   <tr><td>revenu déterminant</td><td>{@code determiningIncome}</td></tr>
 *   <tr><td>contrat de fréquentation</td><td>{@code Contract}</td></tr>
 *   <tr><td>avenant</td><td>{@code Amendment}</td></tr>
 *   <tr><td>inscription vacances</td><td>{@code HolidayRegistration}</td></tr>
 *   <tr><td>dépannage</td><td>{@code ExtraCare}</td></tr>
 *   <tr><td>solde</td><td>{@code balance}</td></tr>
 *   <tr><td>débit journalier</td><td>{@code DailyDebitRun}</td></tr>
 *   <tr><td>téléchargements</td><td>{@code document}</td></tr>
 *   <tr><td>service générations</td><td>{@code Municipality#serviceName}</td></tr>
 *   <tr><td>commune</td><td>{@code Municipality}</td></tr>
 *   <tr><td>journal d'audit</td><td>{@code AuditLog}</td></tr>
 * </table>
 */
package ch.monportail;
