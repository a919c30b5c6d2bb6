package ch.monportail.billing.web;

import ch.monportail.billing.boundary.PaymentSlips;
import ch.monportail.billing.boundary.PaymentSlips.Details;
import ch.monportail.billing.boundary.PaymentSlips.Purpose;
import ch.monportail.billing.control.CreditorReference;
import ch.monportail.billing.control.QrReference;
import ch.monportail.platform.control.SwissFormat;
import ch.monportail.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * *Paiements* (the guide: "coordonnées pour que vous puissiez faire le virement bancaire ou
 * postal"): the creditor, the IBAN, the account's reference, and the QR-bill to download for the
 * debt, the monthly estimate or a typed amount. Only for the account holder.
 */
@Named
@ViewScoped
public class PaymentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private PaymentSlips slips;

    private transient Details details;
    private Purpose purpose = Purpose.DEBT;
    private BigDecimal amount;
    private String refused;

    public void load() {
        if (refused != null
                && refused.matches("[a-zA-Z.]{1,80}")
                && refused.startsWith("payments.")) {
            Texts.error(refused);
        }
        details = slips.mine().orElse(null);
        if (details != null && details.debt().signum() == 0) {
            purpose = details.monthly().signum() > 0 ? Purpose.MONTHLY : Purpose.OTHER;
        }
    }

    public Details getDetails() {
        if (details == null) {
            load();
        }
        return details;
    }

    /** The reference as printed on the slip (groups of 5 digits, or of 4 for RF). */
    public String getReference() {
        Details d = getDetails();
        if (d == null) {
            return "";
        }
        return d.qrIban()
                ? QrReference.format(d.reference())
                : CreditorReference.format(d.reference());
    }

    /** The IBAN in groups of four. */
    public String getIban() {
        Details d = getDetails();
        return d == null ? "" : SwissFormat.iban(d.creditor().getIban());
    }

    public String getDebtText() {
        return getDetails() == null ? "" : SwissFormat.money(getDetails().debt());
    }

    public String getMonthlyText() {
        return getDetails() == null ? "" : SwissFormat.money(getDetails().monthly());
    }

    public List<Purpose> getPurposes() {
        return List.of(Purpose.values());
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public String getRefused() {
        return refused;
    }

    public void setRefused(String refused) {
        this.refused = refused;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
