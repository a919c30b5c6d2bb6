package ch.monportail.billing.control;

import ch.monportail.billing.control.QrBillRequest.Party;
import java.util.Locale;
import net.codecrete.qrbill.generator.Address;
import net.codecrete.qrbill.generator.Bill;
import net.codecrete.qrbill.generator.BillFormat;
import net.codecrete.qrbill.generator.GraphicsFormat;
import net.codecrete.qrbill.generator.Language;
import net.codecrete.qrbill.generator.OutputSize;
import net.codecrete.qrbill.generator.Payments;
import net.codecrete.qrbill.generator.QRBill;
import net.codecrete.qrbill.generator.SeparatorType;
import net.codecrete.qrbill.generator.ValidationResult;

/**
 * The Swiss QR-bill (Swiss Implementation Guidelines for the QR-bill), drawn by the codecrete
 * {@code qrbill-generator} library: an A4 portrait page whose bottom 105 mm hold the receipt (left,
 * 62 mm) and the payment part with the Swiss QR code, separated from the rest of the page and from
 * each other by dashed lines with scissors.
 *
 * <p>Rules enforced here or by the library's validator ({@link QRBill#validate}):
 *
 * <ul>
 *   <li>currency CHF; amount 0.01 to 999 999 999.99, or none (blank box for the payer);
 *   <li>the account is a valid Swiss or Liechtenstein IBAN;
 *   <li>a QR reference ({@code QRR}, 27 digits) requires a QR-IBAN (institution id 30000–31999); a
 *       creditor reference ({@code SCOR}, {@code RF…}) or no reference ({@code NON}) requires an
 *       ordinary IBAN ({@link #validateAccount});
 *   <li>addresses are structured (name, street, house number, postcode, town, country code); name,
 *       postcode, town and country are mandatory, the debtor as a whole is optional;
 *   <li>the unstructured message is at most 140 characters (checked here: the library would
 *       silently clip it with a mere warning).
 * </ul>
 *
 * Any validation error becomes an {@link IllegalArgumentException} listing the library's messages;
 * warnings are accepted (an address field clipped to its maximum length, e.g. a name beyond 70
 * characters, or a character outside the allowed character set replaced).
 */
public final class QrBillPdf {

    /** Longest unstructured message allowed on the bill. */
    public static final int MAX_MESSAGE = 140;

    private QrBillPdf() {}

    /**
     * The QR-bill as a one-page A4 portrait PDF, payment part at the bottom.
     *
     * @throws IllegalArgumentException if the bill data are not valid
     */
    public static byte[] a4(QrBillRequest request) {
        Bill bill = validBill(request);
        BillFormat format = bill.getFormat();
        format.setOutputSize(OutputSize.A4_PORTRAIT_SHEET);
        format.setGraphicsFormat(GraphicsFormat.PDF);
        format.setSeparatorType(SeparatorType.DASHED_LINE_WITH_SCISSORS);
        return QRBill.generate(bill);
    }

    /**
     * The text of the Swiss QR code ({@code SPC}, version {@code 0200}, LF-separated).
     *
     * @throws IllegalArgumentException if the bill data are not valid
     */
    public static String qrCodeText(QrBillRequest request) {
        return QRBill.encodeQrCodeText(validBill(request));
    }

    /**
     * Checks an account against the kind of reference: a QR reference needs a QR-IBAN, any other
     * (RF reference or none) an ordinary IBAN.
     *
     * @param iban the IBAN, spaces allowed
     * @param qrIban whether a QR-IBAN is required (the bill has a QR reference)
     * @throws IllegalArgumentException if the IBAN is invalid or of the wrong kind
     */
    public static void validateAccount(String iban, boolean qrIban) {
        String account = iban == null ? "" : iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!Payments.isValidIBAN(account)) {
            throw new IllegalArgumentException("invalid IBAN: " + iban);
        }
        if (!account.startsWith("CH") && !account.startsWith("LI")) {
            throw new IllegalArgumentException(
                    "IBAN not from Switzerland or Liechtenstein: " + iban);
        }
        boolean isQrIban = Payments.isQRIBAN(account);
        if (qrIban && !isQrIban) {
            throw new IllegalArgumentException("a QR reference requires a QR-IBAN: " + iban);
        }
        if (!qrIban && isQrIban) {
            throw new IllegalArgumentException(
                    "a QR-IBAN requires a QR reference, not an RF reference or none: " + iban);
        }
    }

    private static Bill validBill(QrBillRequest request) {
        Bill bill = bill(request);
        ValidationResult result = QRBill.validate(bill);
        if (result.hasErrors()) {
            throw new IllegalArgumentException("invalid QR-bill: " + errors(result));
        }
        return bill;
    }

    private static Bill bill(QrBillRequest request) {
        if (request == null || request.creditor() == null) {
            throw new IllegalArgumentException("a QR-bill needs a request and a creditor");
        }
        String reference = blankToNull(QrReference.normalize(request.reference()));
        if (reference != null) {
            reference = reference.toUpperCase(Locale.ROOT);
        }
        validateAccount(request.account(), reference != null && !reference.startsWith("RF"));
        String message = blankToNull(request.message());
        if (message != null && message.length() > MAX_MESSAGE) {
            throw new IllegalArgumentException(
                    "message longer than " + MAX_MESSAGE + " characters: " + message.length());
        }

        Bill bill = new Bill();
        bill.setAccount(request.account());
        bill.setCurrency("CHF");
        bill.setAmount(request.amount());
        bill.setCreditor(address(request.creditor()));
        bill.setDebtor(request.debtor() == null ? null : address(request.debtor()));
        bill.setReference(reference);
        bill.updateReferenceType();
        bill.setUnstructuredMessage(message);
        BillFormat format = new BillFormat();
        format.setLanguage(language(request.language()));
        bill.setFormat(format);
        return bill;
    }

    private static Address address(Party party) {
        Address address = new Address();
        address.setName(blankToNull(party.name()));
        address.setStreet(blankToNull(party.street()));
        address.setHouseNo(blankToNull(party.houseNumber()));
        address.setPostalCode(blankToNull(party.postcode()));
        address.setTown(blankToNull(party.town()));
        String country = blankToNull(party.country());
        address.setCountryCode(country == null ? null : country.trim().toUpperCase(Locale.ROOT));
        return address;
    }

    private static Language language(String code) {
        if (code == null || code.isBlank()) {
            return Language.FR;
        }
        try {
            return Language.valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unsupported QR-bill language: " + code, e);
        }
    }

    /** The library's English error texts, each naming its field and message key. */
    private static String errors(ValidationResult result) {
        return result.getDescription();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
