package ch.monportail.structure.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A structure's tariff for a school year (DESIGN §4): income brackets → the percentage of the full
 * price the family pays, the percentage when the income is not declared (100 % by default), and the
 * sibling reductions (2nd child, 3rd and further children). Meals are charged at their fixed price,
 * never reduced. Every amount is rounded to CHF 0.05 ({@link Rounding}).
 *
 * <p>The bracket of an income is the first whose {@code upTo} is above it ({@code upTo} exclusive,
 * null = no upper limit): with brackets {@code <40'000 → 30 %, <60'000 → 45 %, …, ≥150'000 → 100
 * %}, an income of exactly 40'000 pays 45 %.
 */
public final class Tariff {

    /** One bracket: incomes below {@code upTo} (null = any income) pay {@code percent}. */
    public record Bracket(BigDecimal upTo, BigDecimal percent) {
        public Bracket {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("percent out of 0..100");
            }
            if (upTo != null && upTo.signum() <= 0) {
                throw new IllegalArgumentException("upTo must be positive");
            }
        }

        public BigDecimal getUpTo() {
            return upTo;
        }

        public BigDecimal getPercent() {
            return percent;
        }
    }

    /** The price of one care unit for one child: the reduced care part and the meal. */
    public record UnitPrice(BigDecimal care, BigDecimal meal) {
        public BigDecimal total() {
            return care.add(meal);
        }
    }

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<Bracket> brackets;
    private final BigDecimal notDeclaredPercent;
    private final BigDecimal secondChildReduction;
    private final BigDecimal furtherChildReduction;

    /**
     * @param brackets in any order; exactly one without upper limit
     * @param notDeclaredPercent percentage paid without a declared income (usually 100)
     * @param secondChildReduction percentage taken off for the second child (e.g. 10)
     * @param furtherChildReduction percentage taken off for the third and further children (e.g.
     *     20)
     */
    public Tariff(
            List<Bracket> brackets,
            BigDecimal notDeclaredPercent,
            BigDecimal secondChildReduction,
            BigDecimal furtherChildReduction) {
        List<Bracket> sorted = new ArrayList<>(brackets);
        sorted.sort(
                Comparator.comparing(
                        Bracket::upTo, Comparator.nullsLast(Comparator.naturalOrder())));
        long open = sorted.stream().filter(b -> b.upTo() == null).count();
        if (sorted.isEmpty() || open != 1) {
            throw new IllegalArgumentException("exactly one bracket without upper limit");
        }
        for (int i = 1; i < sorted.size() - 1; i++) {
            if (sorted.get(i).upTo().compareTo(sorted.get(i - 1).upTo()) == 0) {
                throw new IllegalArgumentException("two brackets with the same limit");
            }
        }
        this.brackets = List.copyOf(sorted);
        this.notDeclaredPercent = percent(notDeclaredPercent);
        this.secondChildReduction = percent(secondChildReduction);
        this.furtherChildReduction = percent(furtherChildReduction);
    }

    private static BigDecimal percent(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("percent out of 0..100");
        }
        return value;
    }

    /** The percentage of the full price for a household income (null = not declared). */
    public BigDecimal percentFor(BigDecimal income) {
        if (income == null) {
            return notDeclaredPercent;
        }
        for (Bracket bracket : brackets) {
            if (bracket.upTo() == null || income.compareTo(bracket.upTo()) < 0) {
                return bracket.percent();
            }
        }
        throw new IllegalStateException("unreachable: the last bracket has no limit");
    }

    /** The sibling reduction in percent for the child of rank {@code rank} (1 = first child). */
    public BigDecimal siblingReduction(int rank) {
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1");
        }
        return rank == 1
                ? BigDecimal.ZERO
                : rank == 2 ? secondChildReduction : furtherChildReduction;
    }

    /**
     * The price of a care unit: full price × bracket percentage × (1 − sibling reduction), rounded
     * to CHF 0.05; the meal (if any) at its fixed price, rounded to CHF 0.05, not reduced.
     *
     * @param income the household's declared income, null when not declared
     * @param rank the child's rank among the siblings in care (1 = first)
     */
    public UnitPrice price(
            BigDecimal fullPrice, BigDecimal mealPrice, BigDecimal income, int rank) {
        BigDecimal factor =
                percentFor(income)
                        .multiply(HUNDRED.subtract(siblingReduction(rank)))
                        .divide(HUNDRED.multiply(HUNDRED), 10, RoundingMode.HALF_UP);
        BigDecimal care = Rounding.toFiveCentimes(fullPrice.multiply(factor));
        BigDecimal meal =
                mealPrice == null
                        ? BigDecimal.ZERO.setScale(2)
                        : Rounding.toFiveCentimes(mealPrice);
        return new UnitPrice(care, meal);
    }

    public List<Bracket> getBrackets() {
        return brackets;
    }

    public BigDecimal getNotDeclaredPercent() {
        return notDeclaredPercent;
    }
}
