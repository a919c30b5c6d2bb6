package ch.monportail.billing.boundary;

import ch.monportail.billing.control.QrBillPdf;
import ch.monportail.billing.control.QrBillRequest;
import ch.monportail.billing.control.QrBillRequest.Party;
import ch.monportail.billing.entity.BillingAccount;
import ch.monportail.billing.entity.BillingSettings;
import ch.monportail.contract.boundary.Contracts;
import ch.monportail.contract.entity.Contract;
import ch.monportail.family.entity.LegalRepresentative;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * *Paiements* (DESIGN §7): who to pay and how — the creditor's name, structured address and
 * IBAN/QR-IBAN, the account's reference — and the Swiss QR-bill (standard 2.3, structured
 * addresses) for the current debt, the monthly estimate of the contracts, or an amount the holder
 * types. A QR-IBAN goes with the account's QR reference, an ordinary IBAN with its RF creditor
 * reference. Only for the holder of the account.
 */
@Stateless
@PermitAll
public class PaymentSlips {

    /** What the slip is for. */
    public enum Purpose {
        DEBT,
        MONTHLY,
        OTHER
    }

    /** What the page shows. */
    public record Details(
            BillingSettings creditor,
            boolean qrIban,
            String reference,
            BigDecimal balance,
            BigDecimal debt,
            BigDecimal monthly) {}

    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999.95");

    @PersistenceContext private EntityManager em;

    @Inject private BillingAccounts accounts;

    @Inject private Contracts contracts;

    @Inject private Clock clock;

    /** The caller's payment details; empty until the ADMIN entered the creditor. */
    public Optional<Details> mine() {
        BillingAccounts.Summary account = accounts.mineOrNotFound();
        return accounts.settings()
                .map(
                        s -> {
                            boolean qr =
                                    net.codecrete.qrbill.generator.Payments.isQRIBAN(s.getIban());
                            return new Details(
                                    s,
                                    qr,
                                    qr ? account.qrReference() : account.creditorReference(),
                                    account.balance(),
                                    account.balance().signum() < 0
                                            ? account.balance().negate()
                                            : BigDecimal.ZERO.setScale(2),
                                    monthly());
                        });
    }

    /** The QR-bill PDF for the purpose (the typed amount for {@code OTHER}). */
    public byte[] qrBill(Purpose purpose, BigDecimal typed, Locale locale) {
        Details details =
                mine().orElseThrow(() -> new InvalidBillingException("payments.notConfigured"));
        BigDecimal amount =
                switch (purpose) {
                    case DEBT -> details.debt().signum() > 0 ? details.debt() : null;
                    case MONTHLY -> details.monthly().signum() > 0 ? details.monthly() : null;
                    case OTHER -> typed;
                };
        if (purpose == Purpose.OTHER
                && (amount == null
                        || amount.signum() <= 0
                        || amount.scale() > 2
                        || amount.compareTo(MAX_AMOUNT) > 0)) {
            throw new InvalidBillingException("payments.invalid.amount");
        }
        BillingSettings s = details.creditor();
        BillingAccount account =
                em.find(BillingAccount.class, accounts.mineOrNotFound().accountId());
        LegalRepresentative holder = account.getHolder();
        Party debtor =
                holder.getPostcode() == null || holder.getCity() == null
                        ? null
                        : new Party(
                                holder.getDisplayName(),
                                holder.getStreet(),
                                null,
                                holder.getPostcode(),
                                holder.getCity(),
                                "CH");
        return QrBillPdf.a4(
                new QrBillRequest(
                        s.getIban(),
                        new Party(
                                s.getCreditorName(),
                                s.getStreet(),
                                s.getHouseNumber(),
                                s.getPostcode(),
                                s.getTown(),
                                s.getCountry()),
                        debtor,
                        amount,
                        details.reference(),
                        null,
                        locale.getLanguage()));
    }

    /** The monthly estimate of the family's contracts running today (not next year's as well). */
    private BigDecimal monthly() {
        LocalDate today = LocalDate.now(clock);
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (Contract c : contracts.mine()) {
            if (c.covers(today)) {
                sum = sum.add(contracts.estimate(c.getId()).monthly());
            }
        }
        return sum;
    }
}
