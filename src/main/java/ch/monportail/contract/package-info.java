/**
 * Attendance contracts (<em>contrat de fréquentation</em>, DESIGN §5) and their PDF.
 *
 * <h2>Model</h2>
 *
 * <p>A {@code Contract} binds a child, a structure, a school year and a period; its {@code
 * ContractTerms} apply from their effective date: the first terms as signed, then one per
 * amendment. Terms hold the account holder, the tariff percentage and sibling rank with the income
 * they came from, and the weekly pattern ({@code ContractUnit}) with the unit prices frozen at
 * signature. Status: {@code DRAFT} → {@code ACTIVE} (activated by the ADMIN) → {@code ENDED}
 * (terminated on a last day).
 *
 * <h2>Rules and decisions</h2>
 *
 * <ul>
 *   <li>Prices come from the structure's tariff of the school year ({@code
 *       structure.control.Tariff}) with the household income of the account holder; without a
 *       declared income, the tariff's "not declared" percentage (100 %).
 *   <li>Sibling rank: 1 + the siblings with a contract (not ended) in the same school year at the
 *       time of signature. The first registered child pays the full bracket price; a later
 *       registration does not change a signed contract (an amendment can, if the service wants).
 *   <li>School year: the ADMIN chooses it among the years in the calendar; the form proposes the
 *       current one, from 1 July the next one when it is defined (the school days are over and the
 *       contracts being made are for the autumn), else the nearest defined year ({@code
 *       ContractYear}) — never a year without calendar and tariff.
 *   <li>Holder: the family's account holder (<i>gestionnaire principal</i>, DESIGN §3): the one who
 *       signs, whose household income gives the bracket and whose account is debited ({@code
 *       billing.control.HolderOn}). It is shown, not chosen, on the contract pages: the ADMIN
 *       changes it on the family page (reason, history, effective for future debits) and the next
 *       amendment carries the new holder; the service refuses any other holder id.
 *   <li>The weekly pattern takes the active care units that run on school days ({@code
 *       CareUnit.isInWeeklyPattern}); the structure and its units are read through the structure
 *       service ({@code Structures.structure}), and a unit of another structure is refused ({@code
 *       contract.invalid.unitNotInStructure}).
 *   <li>Capacity: a full care unit on a weekday is a warning when the contract is created or
 *       amended, not a refusal (the service may knowingly overbook, e.g. for a child leaving soon).
 *       The count ({@code Occupancy}) takes the other signed contracts whose terms in force during
 *       the new terms' period take the unit on that weekday: drafts, superseded terms and contracts
 *       ended before the period do not count.
 *   <li>An amendment takes effect from a date after the last terms and within the period; it is
 *       priced with the tariff, holder and income in force then; what came before keeps its prices
 *       ({@code ContractUnit.frozen} copies the amounts: a later tariff edit changes nothing).
 *   <li>The PDF prints the structure's own absence rules (its agenda settings: cut-off time, late
 *       percentage, illness rule) in the reader's language.
 *   <li>One calculation ({@code ContractEstimate} over {@code AnnualEstimate}) for the parent's
 *       page, the ADMIN's page and the PDF: the same total everywhere (tested with {@code
 *       pdftotext}).
 *   <li>Both parents see the contract and its amounts (it is the contract, not the account); an
 *       educator sees the contracts of the children in care; another family's contract id is "not
 *       found", on the page and for the PDF ({@code /account/contract.pdf}).
 *   <li>{@code ContractChildrenInCare} answers the family feature which children an educator looks
 *       after: active contracts covering today in the educator's structures.
 *   <li>{@code ContractFamilyStructures} answers the ADMIN's family search by structure: the
 *       families with a child who has a contract there that is not a draft (active or ended).
 * </ul>
 */
package ch.monportail.contract;
