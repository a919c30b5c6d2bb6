package ch.monportail.family.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HouseholdTest {

    private static final Instant T1 = Instant.parse("2026-02-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-02-02T10:00:00Z");

    private final Family family = new Family(Instant.EPOCH);
    private final Household household = new Household(family);

    @Test
    void aNewHouseholdHasOneChildAndNoDeclaredIncome() {
        assertThat(household.getFamily()).isSameAs(family);
        assertThat(household.getDeclaredIncome()).isNull();
        assertThat(household.getChildrenCount()).isEqualTo(1);
        assertThat(household.isTariffReviewPending()).isFalse();
        assertThat(household.getTariffChangedAt()).isNull();
        assertThat(household.getId()).isNull();
    }

    @Test
    void aChangeIsFlaggedForTheTariffReview() {
        boolean changed = household.declare(new BigDecimal("85000"), 2, T1);

        assertThat(changed).isTrue();
        assertThat(household.getDeclaredIncome()).isEqualTo(new BigDecimal("85000.00"));
        assertThat(household.getChildrenCount()).isEqualTo(2);
        assertThat(household.isTariffReviewPending()).isTrue();
        assertThat(household.getTariffChangedAt()).isEqualTo(T1);
    }

    @Test
    void declaringTheSameDataChangesNothing() {
        assertThat(household.declare(null, 1, T1)).isFalse();
        assertThat(household.isTariffReviewPending()).isFalse();
        assertThat(household.getTariffChangedAt()).isNull();

        household.declare(new BigDecimal("85000.5"), 2, T1);
        household.tariffReviewed();

        assertThat(household.declare(new BigDecimal("85000.50"), 2, T2)).isFalse();
        assertThat(household.isTariffReviewPending()).isFalse();
        assertThat(household.getTariffChangedAt()).isEqualTo(T1);
    }

    @Test
    void theIncomeIsKeptWithTwoDecimals() {
        household.declare(new BigDecimal("1E+5"), 1, T1);
        assertThat(household.getDeclaredIncome()).isEqualTo(new BigDecimal("100000.00"));
        assertThat(household.getDeclaredIncome().scale()).isEqualTo(2);

        household.declare(new BigDecimal("72500.5"), 1, T1);
        assertThat(household.getDeclaredIncome().toPlainString()).isEqualTo("72500.50");
    }

    @Test
    void onlyTheNumberOfChildrenChanging() {
        household.declare(new BigDecimal("60000"), 1, T1);
        household.tariffReviewed();

        assertThat(household.declare(new BigDecimal("60000.00"), 3, T2)).isTrue();
        assertThat(household.isTariffReviewPending()).isTrue();
        assertThat(household.getTariffChangedAt()).isEqualTo(T2);
    }

    @Test
    void withdrawingTheIncomeIsAChange() {
        household.declare(new BigDecimal("60000"), 2, T1);
        household.tariffReviewed();

        assertThat(household.declare(null, 2, T2)).isTrue();
        assertThat(household.getDeclaredIncome()).isNull();
        assertThat(household.isTariffReviewPending()).isTrue();
    }

    @Test
    void theReviewClearsTheFlagUntilTheNextChange() {
        household.declare(new BigDecimal("60000"), 2, T1);
        household.tariffReviewed();
        assertThat(household.isTariffReviewPending()).isFalse();

        household.declare(new BigDecimal("61000"), 2, T2);
        assertThat(household.isTariffReviewPending()).isTrue();
    }

    @Test
    void theIncomeLimitsAreIncluded() {
        assertThat(household.declare(BigDecimal.ZERO, 1, T1)).isTrue();
        assertThat(household.getDeclaredIncome()).isEqualTo(new BigDecimal("0.00"));

        assertThat(household.declare(Household.MAX_INCOME, 1, T1)).isTrue();
        assertThat(household.getDeclaredIncome()).isEqualTo(new BigDecimal("9999999999.99"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-85000", "10000000000.00", "9999999999.991", "85000.005"})
    void anIncomeOutOfRangeIsRefusedAndNothingChanges(String income) {
        household.declare(new BigDecimal("50000"), 2, T1);
        household.tariffReviewed();

        assertThatThrownBy(() -> household.declare(new BigDecimal(income), 2, T2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(household.getDeclaredIncome()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(household.isTariffReviewPending()).isFalse();
        assertThat(household.getTariffChangedAt()).isEqualTo(T1);
    }

    @Test
    void anIncomeWithMoreThanTwoDecimalsIsRefusedEvenWhenTheyAreZeros() {
        // The scale, not the value, is checked: 85000.000 is refused like 85000.005.
        assertThatThrownBy(() -> household.declare(new BigDecimal("85000.000"), 1, T1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fromOneToTwentyChildren() {
        assertThat(household.declare(null, Household.MAX_CHILDREN, T1)).isTrue();
        assertThat(household.getChildrenCount()).isEqualTo(20);

        assertThatThrownBy(() -> household.declare(null, 0, T2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> household.declare(null, 21, T2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> household.declare(null, -1, T2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(household.getChildrenCount()).isEqualTo(20);
        assertThat(household.getTariffChangedAt()).isEqualTo(T1);
    }
}
