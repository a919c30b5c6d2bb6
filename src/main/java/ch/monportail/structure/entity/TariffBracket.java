package ch.monportail.structure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A row of a tariff: incomes below {@code upTo} (null = no limit) pay {@code percent}. */
@Embeddable
public class TariffBracket {

    @Column(name = "up_to", precision = 12, scale = 2)
    private BigDecimal upTo;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal percent;

    protected TariffBracket() {}

    public TariffBracket(BigDecimal upTo, BigDecimal percent) {
        this.upTo = upTo;
        this.percent = percent;
    }

    public BigDecimal getUpTo() {
        return upTo;
    }

    public BigDecimal getPercent() {
        return percent;
    }
}
