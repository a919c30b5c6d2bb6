package ch.monportail.agenda.boundary;

import ch.monportail.agenda.entity.AbsenceBilling;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an announcement would do, computed by the rule the billing applies (DESIGN §6): each day and
 * unit with "not billed" or the amount billed, and the total.
 */
public record AbsencePreview(List<Line> lines, BigDecimal total) implements Serializable {

    /** One care unit on one day. */
    public record Line(LocalDate day, String careUnit, AbsenceBilling billing, BigDecimal amount)
            implements Serializable {

        public boolean isBilled() {
            return billing != AbsenceBilling.NOT_BILLED;
        }

        public LocalDate getDay() {
            return day;
        }

        public String getCareUnit() {
            return careUnit;
        }

        public AbsenceBilling getBilling() {
            return billing;
        }

        public BigDecimal getAmount() {
            return amount;
        }
    }

    public boolean isBilled() {
        return total.signum() > 0;
    }

    public List<Line> getLines() {
        return lines;
    }

    public BigDecimal getTotal() {
        return total;
    }
}
