package ch.monportail.billing.control;

import java.math.BigDecimal;

/**
 * What a Swiss QR-bill says, as {@link QrBillPdf} takes it. The amount is in CHF; {@code null}
 * leaves the amount box blank for the payer to fill. The reference is a {@link QrReference} (which
 * requires a QR-IBAN), a {@link CreditorReference} ({@code RF…}, ordinary IBAN) or {@code null}
 * (ordinary IBAN). The message is the unstructured message (at most 140 characters). The language
 * is {@code fr}, {@code de}, {@code it}, {@code rm} or {@code en} ({@code null} = {@code fr}).
 *
 * @param account IBAN or QR-IBAN of the creditor, spaces allowed
 * @param creditor the creditor (the municipality's service), structured address
 * @param debtor the payer, structured address, or {@code null} for a blank "payable by" box
 * @param amount amount in CHF, or {@code null} for a blank amount box
 * @param reference QR reference, RF reference or {@code null}
 * @param message unstructured message, or {@code null}
 * @param language language of the bill's labels
 */
public record QrBillRequest(
        String account,
        Party creditor,
        Party debtor,
        BigDecimal amount,
        String reference,
        String message,
        String language) {

    /**
     * A structured address (the only kind allowed on QR-bills since November 2025). Name, postcode,
     * town and country (ISO 3166 alpha-2) are mandatory; street and house number are optional.
     */
    public record Party(
            String name,
            String street,
            String houseNumber,
            String postcode,
            String town,
            String country) {}
}
