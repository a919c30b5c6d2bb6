package ch.monportail.billing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.monportail.billing.control.QrBillRequest.Party;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import net.codecrete.qrbill.generator.Bill;
import net.codecrete.qrbill.generator.QRBill;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The QR-bill PDF and QR code text, read back with PDFBox, pdftotext and the library's decoder. */
class QrBillPdfTest {

    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

    private static final String QR_IBAN = "CH4431999123000889012";
    private static final String IBAN = "CH5800791123000889012";

    private static final Party CREDITOR =
            new Party(
                    "Commune de Valmont, Service générations",
                    "Rue du Bourg",
                    "1",
                    "1950",
                    "Sion",
                    "CH");
    private static final Party DEBTOR =
            new Party("Marie Dupont-Rochat", "Chemin des Vignes", "12b", "1964", "Conthey", "ch");

    private static final String REFERENCE = QrReference.forAccount(100001);

    private static QrBillRequest request(
            String account, Party debtor, BigDecimal amount, String reference, String language) {
        return new QrBillRequest(
                account,
                CREDITOR,
                debtor,
                amount,
                reference,
                "Facture mars 2026 – accueil UAPE",
                language);
    }

    private static QrBillRequest frenchBill() {
        return request(QR_IBAN, DEBTOR, new BigDecimal("1234.50"), REFERENCE, "fr");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void a4PdfIsOneA4PortraitPage() throws IOException {
        byte[] pdf = QrBillPdf.a4(frenchBill());

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
        }
    }

    @Test
    void frenchPdfShowsTheBillData() throws IOException {
        String text = text(QrBillPdf.a4(frenchBill()));

        assertThat(text)
                .contains("Récépissé")
                .contains("Section paiement")
                .contains("Compte / Payable à")
                .contains("Référence")
                .contains("00 00000 00000 00000 00010 00015")
                .contains("CH44 3199 9123 0008 8901 2")
                .contains("Commune de Valmont, Service générations")
                .contains("Rue du Bourg 1")
                .contains("1950 Sion")
                .contains("Marie Dupont-Rochat")
                .contains("Chemin des Vignes 12b")
                .contains("1964 Conthey")
                .contains("CHF")
                .contains("1 234.50")
                .contains("Facture mars 2026");
    }

    @Test
    void pdftotextReadsTheBill(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(PDFTOTEXT), "pdftotext not installed");
        Path pdf = dir.resolve("bill.pdf");
        Files.write(pdf, QrBillPdf.a4(frenchBill()));

        Process process =
                new ProcessBuilder(PDFTOTEXT.toString(), "-enc", "UTF-8", pdf.toString(), "-")
                        .redirectErrorStream(true)
                        .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(text).isZero();
        assertThat(text)
                .contains("Récépissé")
                .contains("Section paiement")
                .contains(QrReference.format(REFERENCE))
                .contains("CH44 3199 9123 0008 8901 2")
                .contains("1 234.50");
    }

    @Test
    void qrCodeTextIsTheSwissPaymentCode() {
        String text = QrBillPdf.qrCodeText(frenchBill());

        assertThat(text)
                .startsWith("SPC\n0200\n1\nCH4431999123000889012\n")
                .contains(
                        "\nS\nCommune de Valmont, Service générations\nRue du Bourg\n1\n1950\nSion\nCH\n")
                .contains("\n1234.50\nCHF\n")
                .contains("\nS\nMarie Dupont-Rochat\nChemin des Vignes\n12b\n1964\nConthey\nCH\n")
                .contains("\nQRR\n" + REFERENCE + "\n")
                .contains("\nEPD");

        Bill decoded = QRBill.decodeQrCodeText(text);
        assertThat(decoded.getReference()).isEqualTo(REFERENCE);
        assertThat(decoded.getAmount()).isEqualByComparingTo("1234.50");
        assertThat(decoded.getCreditor().getTown()).isEqualTo("Sion");
    }

    @Test
    void formattedReferenceAndAccountAreAccepted() {
        QrBillRequest spaced =
                request(
                        "CH44 3199 9123 0008 8901 2",
                        DEBTOR,
                        new BigDecimal("1234.50"),
                        QrReference.format(REFERENCE),
                        "fr");

        assertThat(QrBillPdf.qrCodeText(spaced))
                .startsWith("SPC\n0200\n1\nCH4431999123000889012\n")
                .contains("\nQRR\n" + REFERENCE + "\n");
    }

    @Test
    void withoutAmountTheBoxIsLeftBlank() throws IOException {
        QrBillRequest open = request(QR_IBAN, null, null, REFERENCE, "fr");

        String qr = QrBillPdf.qrCodeText(open);
        assertThat(qr).contains("\n\nCHF\n").doesNotContain("1234.50");
        String text = text(QrBillPdf.a4(open));
        assertThat(text)
                .contains("Section paiement")
                .contains("Payable par (nom/adresse)")
                .doesNotContain("1 234.50");
    }

    @Test
    void creditorReferenceWithOrdinaryIban() {
        String reference = CreditorReference.forAccount(100001);
        QrBillRequest rf = request(IBAN, DEBTOR, new BigDecimal("80.00"), reference, "fr");

        assertThat(QrBillPdf.qrCodeText(rf))
                .startsWith("SPC\n0200\n1\nCH5800791123000889012\n")
                .contains("\nSCOR\nRF69100001\n");
        assertThat(QrBillPdf.a4(rf)).isNotEmpty();
    }

    @Test
    void noReferenceWithOrdinaryIban() {
        QrBillRequest none = request(IBAN, DEBTOR, new BigDecimal("80.00"), null, "fr");

        assertThat(QrBillPdf.qrCodeText(none)).contains("\nNON\n\n");
    }

    @Test
    void qrReferenceNeedsAQrIban() {
        assertThatThrownBy(
                        () -> QrBillPdf.a4(request(IBAN, DEBTOR, BigDecimal.TEN, REFERENCE, "fr")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("QR-IBAN");
    }

    @Test
    void qrIbanNeedsAQrReference() {
        String rf = CreditorReference.forAccount(100001);
        assertThatThrownBy(() -> QrBillPdf.qrCodeText(request(QR_IBAN, null, null, rf, "fr")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrBillPdf.qrCodeText(request(QR_IBAN, null, null, null, "fr")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validateAccount() {
        assertThatCode(() -> QrBillPdf.validateAccount(QR_IBAN, true)).doesNotThrowAnyException();
        assertThatCode(() -> QrBillPdf.validateAccount("CH58 0079 1123 0008 8901 2", false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> QrBillPdf.validateAccount(IBAN, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrBillPdf.validateAccount(QR_IBAN, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrBillPdf.validateAccount("CH4431999123000889013", true))
                .as("check digits")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrBillPdf.validateAccount("DE89370400440532013000", false))
                .as("not Swiss")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrBillPdf.validateAccount(null, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addressWithoutPostcodeIsRejected() {
        Party noPostcode =
                new Party("Marie Dupont", "Chemin des Vignes", "12", " ", "Conthey", "CH");

        assertThatThrownBy(
                        () ->
                                QrBillPdf.a4(
                                        request(
                                                QR_IBAN,
                                                noPostcode,
                                                BigDecimal.TEN,
                                                REFERENCE,
                                                "fr")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("debtor.postalCode")
                .hasMessageContaining("field_value_missing");
    }

    @Test
    void missingRequestOrCreditorIsRejected() {
        assertThatThrownBy(() -> QrBillPdf.a4(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                QrBillPdf.a4(
                                        new QrBillRequest(
                                                QR_IBAN, null, null, null, REFERENCE, null, "fr")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidReferencesAndMessagesAreRejected() {
        assertThatThrownBy(
                        () ->
                                QrBillPdf.qrCodeText(
                                        request(
                                                QR_IBAN,
                                                null,
                                                null,
                                                "000000000000000000001000016",
                                                "fr")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                QrBillPdf.qrCodeText(
                                        new QrBillRequest(
                                                QR_IBAN,
                                                CREDITOR,
                                                null,
                                                null,
                                                REFERENCE,
                                                "x".repeat(141),
                                                "fr")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> QrBillPdf.qrCodeText(request(QR_IBAN, null, null, REFERENCE, "es")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messageOf140CharactersIsKept() {
        String message = "é".repeat(140);
        QrBillRequest longest =
                new QrBillRequest(QR_IBAN, CREDITOR, null, null, REFERENCE, message, "fr");

        assertThat(QrBillPdf.qrCodeText(longest)).contains("\n" + message + "\n");
    }

    @Test
    void germanAndEnglishLabels() throws IOException {
        String german =
                text(QrBillPdf.a4(request(QR_IBAN, DEBTOR, BigDecimal.TEN, REFERENCE, "de")));
        String english =
                text(QrBillPdf.a4(request(QR_IBAN, DEBTOR, BigDecimal.TEN, REFERENCE, "en")));

        assertThat(german).contains("Zahlteil").contains("Empfangsschein").contains("Referenz");
        assertThat(english).contains("Payment part").contains("Receipt").contains("Reference");
    }

    private static org.assertj.core.data.Offset<Float> within(float offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }
}
