package ch.monportail.family.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * The household whose data the tariff uses (DESIGN §3, §4): the declared yearly income and the
 * number of children living in it. Two parents living together share one household; separated
 * parents have one each. A change of these data is flagged for the service (the tariff is
 * reviewed), it never changes a price by itself.
 */
@Entity
@Table(name = "household")
public class Household {

    public static final int MAX_CHILDREN = 20;
    public static final BigDecimal MAX_INCOME = new BigDecimal("9999999999.99");

    @Id
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "family_id")
    private Family family;

    /** Yearly gross income in CHF; null = not declared (the tariff then applies 100 %). */
    @Column(name = "declared_income", precision = 12, scale = 2)
    private BigDecimal declaredIncome;

    @Column(name = "children_count", nullable = false)
    private int childrenCount = 1;

    @Column(name = "tariff_review_pending", nullable = false)
    private boolean tariffReviewPending;

    @Column(name = "tariff_changed_at")
    private Instant tariffChangedAt;

    @Version private long version;

    protected Household() {}

    public Household(Family family) {
        this.family = family;
    }

    /**
     * Declares the tariff data; returns whether anything changed, in which case the household is
     * flagged for the service's tariff review.
     */
    public boolean declare(BigDecimal income, int children, Instant at) {
        if (income != null
                && (income.signum() < 0
                        || income.compareTo(MAX_INCOME) > 0
                        || income.scale() > 2)) {
            throw new IllegalArgumentException("income out of range");
        }
        if (children < 1 || children > MAX_CHILDREN) {
            throw new IllegalArgumentException("children out of range");
        }
        BigDecimal normalized =
                income == null ? null : income.setScale(2, RoundingMode.UNNECESSARY);
        boolean changed = !Objects.equals(normalized, declaredIncome) || children != childrenCount;
        if (changed) {
            declaredIncome = normalized;
            childrenCount = children;
            tariffReviewPending = true;
            tariffChangedAt = at;
        }
        return changed;
    }

    /** The service has reviewed the tariff after a change. */
    public void tariffReviewed() {
        tariffReviewPending = false;
    }

    public Long getId() {
        return id;
    }

    public Family getFamily() {
        return family;
    }

    public BigDecimal getDeclaredIncome() {
        return declaredIncome;
    }

    public int getChildrenCount() {
        return childrenCount;
    }

    public boolean isTariffReviewPending() {
        return tariffReviewPending;
    }

    public Instant getTariffChangedAt() {
        return tariffChangedAt;
    }

    public long getVersion() {
        return version;
    }
}
