package ch.monportail.family.control;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ADMIN's family search (issue "Families": by representative, child, e-mail, structure; lazy
 * paging): the JPQL condition on {@code Family f} and its parameters, so that the page's count and
 * its rows always use the same filter. The filters add up (and):
 *
 * <ul>
 *   <li>{@code text} — a part of a representative's first or last name or e-mail (removed
 *       representatives not included) or of a child's first or last name, case-insensitive; blank =
 *       no filter.
 *   <li>{@code toReview} — only families with tariff data or a child's health data flagged for the
 *       service.
 *   <li>{@code structureFamilyIds} — the families of the chosen structure (those with a child who
 *       has a contract there that is not a draft, see {@code FamilyStructures}); null = every
 *       structure. An empty set matches no family.
 * </ul>
 */
public record FamilySearch(String text, boolean toReview, Set<Long> structureFamilyIds) {

    /** Whether no family can match (a structure without families): the query can be skipped. */
    public boolean matchesNothing() {
        return structureFamilyIds != null && structureFamilyIds.isEmpty();
    }

    private boolean byText() {
        return text != null && !text.isBlank();
    }

    /** The condition, starting with " where". */
    public String where() {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        if (byText()) {
            jpql.append(
                    " and (exists (select r from LegalRepresentative r"
                            + " where r.family = f and r.removedAt is null and"
                            + " (lower(r.account.email) like :t"
                            + " or lower(r.account.lastName) like :t"
                            + " or lower(r.account.firstName) like :t))"
                            + " or exists (select c from Child c where c.family = f"
                            + " and (lower(c.lastName) like :t or lower(c.firstName) like :t)))");
        }
        if (toReview) {
            jpql.append(
                    " and (exists (select h from Household h where h.family = f"
                            + " and h.tariffReviewPending = true)"
                            + " or exists (select c from Child c where c.family = f"
                            + " and c.healthReviewPending = true))");
        }
        if (structureFamilyIds != null) {
            jpql.append(" and f.id in :structureFamilies");
        }
        return jpql.toString();
    }

    /** The parameters of {@link #where()}, by name. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (byText()) {
            parameters.put("t", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (structureFamilyIds != null) {
            parameters.put("structureFamilies", structureFamilyIds);
        }
        return parameters;
    }
}
