/**
 * Families (DESIGN §3, issue "Families"): legal representatives, their households, children,
 * authorised pickup persons, the account holder, and the staff's family administration.
 *
 * <h2>Model</h2>
 *
 * <ul>
 *   <li>{@code Family} — one or two {@code LegalRepresentative}s, the children, the account holder
 *       (<em>gestionnaire principal</em>).
 *   <li>{@code LegalRepresentative} — each with their own login {@code Account} (name, e-mail,
 *       language live there; the account feature changes them). Address, phones (E.164), employer,
 *       profession, occupation rate. One family per account (a parent with children in two families
 *       would need a second e-mail — rare, decided so to keep "my family" unambiguous).
 *   <li>{@code Household} — the tariff data: declared yearly income (null = not declared, 100 %
 *       tariff) and children in the household. Parents living together share one; separated parents
 *       have one each and do not see each other's income.
 *   <li>{@code Child} — names, birth date, HarmoS grade (1H–8H, none for a crèche child), class,
 *       diet/allergies and medical notes (sensitive), departure date.
 *   <li>{@code PickupPerson} — per child; the child's {@code @Version} guards the whole list.
 *   <li>{@code AccountHolderChange} — the history of the holder with its effective date.
 * </ul>
 *
 * <h2>Rules and decisions</h2>
 *
 * <ul>
 *   <li>Authorisation (DESIGN §1): every service method that takes an id loads it through {@code
 *       FamilyAccess}, in the caller's scope; outside it the answer is {@code NotFoundException},
 *       never the data, never "forbidden". The test {@code FamilyJourneyIT} replays every id-taking
 *       method of every boundary with other families' ids ({@code it/IdorMatrixServlet}).
 *   <li>A parent edits their own personal data, their own household, the children's health data and
 *       the pickup persons; the other parent's personal data are read-only to them. The ADMIN edits
 *       everything. An EDUCATOR reads the children in care of their structures ({@code
 *       ChildrenInCare}, implemented by the contract feature; until it exists an educator sees
 *       none).
 *   <li>Concurrency: every save names the version the page showed; a different version, or a
 *       concurrent commit (optimistic lock), is {@code ConcurrentChangeException}: nothing is
 *       overwritten and the page reloads.
 *   <li>History: every change is in the audit log as "who, family, field: old → new"; diet and
 *       medical notes only as "changed" (the log is kept ten years and read by every ADMIN).
 *   <li>Tariff data or health data changed by a parent are flagged ({@code tariffReviewPending},
 *       {@code healthReviewPending}) until the service takes note; the parent is told so.
 *   <li>Change of account holder (ADMIN only, the guide: "contacting the service générations"):
 *       effective from a date that is today or later, with a required reason. The portal's holder
 *       (who sees the money pages) switches at once; the billing debits a service of day D to the
 *       holder in force on D according to {@code AccountHolderChange}, and what was booked before
 *       stays on the old holder's account with its balance.
 *   <li>Validation: required address and mobile phone; Swiss postcodes (1000–9699); phones parsed
 *       by libphonenumber (a number without country code is Swiss) and refused when they contain
 *       letters; foreign addresses are out of scope (the service serves residents).
 *   <li>ADMIN family search: by text (representative's name or e-mail, child's name), "to review",
 *       and structure — the families with a child who has a contract in that structure that is not
 *       a draft (active or ended, so last year's families stay findable; a draft is not yet a
 *       place). The contract feature answers which families those are ({@code FamilyStructures}, as
 *       for {@code ChildrenInCare}); the filter is an id list inside the same paged query ({@code
 *       FamilySearch}), so count and rows agree and paging stays lazy.
 *   <li>ADMIN corrections ("edit everything"): personal data, the household's tariff data, a
 *       child's diet/allergies and medical notes, a representative's name, e-mail and language. The
 *       ADMIN's e-mail change is direct, without the confirmation link a parent's own change needs:
 *       the service checks the address with the representative (often because the old one is
 *       mistyped or no longer read, so a link there cannot work); it is audited and the old address
 *       is told, so an unwanted change is noticed. A household changed by the ADMIN is flagged for
 *       the tariff review like a parent's change: contract prices stay frozen at signature, the
 *       flag reminds whoever handles the contracts to amend them, and the ADMIN clears it with «
 *       Tarif revu ». Health data written by the ADMIN are not flagged (the service itself wrote
 *       them).
 *   <li>« Mes données» (nLPD art. 25): PDF (DejaVu Sans embedded, all letters kept) and JSON of the
 *       same content; later features add their sections by observing {@code FamilyExportRequested}.
 *       A parent's copy holds their own household and their own account's activity; the ADMIN's
 *       copy holds everything.
 * </ul>
 *
 * <h2>Out of scope here</h2>
 *
 * <p>The tax assessment upload (documents); tariffs themselves (structures).
 */
package ch.monportail.family;
