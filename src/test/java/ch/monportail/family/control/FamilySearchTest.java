package ch.monportail.family.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FamilySearchTest {

    @Test
    void withoutAnyFilterEveryFamilyMatches() {
        FamilySearch search = new FamilySearch("  ", false, null);

        assertThat(search.where()).isEqualTo(" where 1 = 1");
        assertThat(search.parameters()).isEmpty();
        assertThat(search.matchesNothing()).isFalse();
    }

    @Test
    void theTextIsSearchedTrimmedAndCaseInsensitiveInRepresentativesAndChildren() {
        FamilySearch search = new FamilySearch("  FaVre ", false, null);

        assertThat(search.where())
                .contains("lower(r.account.email) like :t", "lower(c.firstName) like :t")
                .contains("r.removedAt is null")
                .doesNotContain(":structureFamilies", "tariffReviewPending");
        assertThat(search.parameters()).containsExactly(java.util.Map.entry("t", "%favre%"));
    }

    @Test
    void theStructureKeepsOnlyItsFamiliesAndAddsUpWithTheOtherFilters() {
        FamilySearch search = new FamilySearch("rossi", true, Set.of(4L, 9L));

        assertThat(search.where())
                .contains("like :t", "tariffReviewPending = true", "f.id in :structureFamilies");
        assertThat(search.parameters())
                .containsEntry("t", "%rossi%")
                .containsEntry("structureFamilies", Set.of(4L, 9L));
        assertThat(search.matchesNothing()).isFalse();
    }

    @Test
    void aStructureWithoutFamiliesMatchesNothing() {
        assertThat(new FamilySearch(null, false, Set.of()).matchesNothing()).isTrue();
        assertThat(new FamilySearch(null, false, null).matchesNothing()).isFalse();
    }
}
