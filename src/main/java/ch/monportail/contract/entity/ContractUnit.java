package ch.monportail.contract.entity;

import ch.monportail.structure.control.Tariff;
import ch.monportail.structure.entity.CareUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.DayOfWeek;

/**
 * One care unit of the weekly pattern on one weekday, with its prices frozen at signature (care
 * part reduced by the tariff and rounded to CHF 0.05, meal at its fixed price).
 */
@Embeddable
public class ContractUnit {

    @Column(nullable = false)
    private int weekday;

    @ManyToOne(optional = false)
    @JoinColumn(name = "care_unit_id")
    private CareUnit careUnit;

    @Column(name = "care_price", nullable = false, precision = 8, scale = 2)
    private BigDecimal carePrice;

    @Column(name = "meal_price", nullable = false, precision = 8, scale = 2)
    private BigDecimal mealPrice;

    protected ContractUnit() {}

    public ContractUnit(
            DayOfWeek weekday, CareUnit careUnit, BigDecimal carePrice, BigDecimal mealPrice) {
        this.weekday = weekday.getValue();
        this.careUnit = careUnit;
        this.carePrice = carePrice;
        this.mealPrice = mealPrice;
    }

    /**
     * The unit priced by the tariff in force at signature (or amendment) and frozen: the amounts
     * are copied, so a later edit of the tariff never changes this contract (issue 5: "Editing a
     * tariff never changes an active contract's frozen prices").
     */
    public static ContractUnit frozen(
            DayOfWeek weekday, CareUnit careUnit, Tariff tariff, BigDecimal income, int rank) {
        Tariff.UnitPrice price =
                tariff.price(careUnit.getFullPrice(), careUnit.getMealPrice(), income, rank);
        return new ContractUnit(weekday, careUnit, price.care(), price.meal());
    }

    public DayOfWeek getWeekday() {
        return DayOfWeek.of(weekday);
    }

    public CareUnit getCareUnit() {
        return careUnit;
    }

    public BigDecimal getCarePrice() {
        return carePrice;
    }

    public BigDecimal getMealPrice() {
        return mealPrice;
    }

    public BigDecimal getPrice() {
        return carePrice.add(mealPrice);
    }
}
