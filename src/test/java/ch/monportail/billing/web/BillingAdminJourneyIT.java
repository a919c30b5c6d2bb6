package ch.monportail.billing.web;

import static ch.monportail.account.boundary.AccountDemoData.ADMIN_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.ADMIN_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.billing.control.QrReference;
import ch.monportail.it.BillingProbe;
import ch.monportail.it.BillingServlet;
import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.FailingDebitProbe;
import ch.monportail.it.ItClock;
import ch.monportail.it.ItClockServlet;
import ch.monportail.it.Journeys;
import ch.monportail.it.PortalLogin;
import ch.monportail.platform.boundary.Clocks;
import ch.monportail.platform.control.SwissFormat;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Billing (issue 7) as the ADMIN and the account holder use it on the real WAR: the ADMIN finds
 * Claire Favre's account, records a payment by hand, books a correction, reverses the payment
 * (once: a second reversal of the same line is refused), and assigns a bank credit with an unknown
 * reference to her account; the holder downloads her statement as CSV and PDF. Every step is
 * checked on the balance shown, to the centime.
 *
 * <p>The database is shared by the IT classes of a run ({@code mvn verify} creates it once), so
 * these journeys leave the state other classes check untouched: their own unique notes, and a camt
 * file of their own (see {@link #camtWithAnUnknownReference}) rather than the shared sample that
 * {@link BillingJourneyIT} expects to import first.
 */
@ExtendWith(ArquillianExtension.class)
class BillingAdminJourneyIT {

    @RegisterExtension static Browser browser = new Browser();

    @ArquillianResource private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.warWithTests(
                ItClock.class, ItClockServlet.class, BillingServlet.class, FailingDebitProbe.class);
    }

    @AfterEach
    void resetClockAndSession() {
        browser.open(url("/it/clock"));
        browser.driver().manage().deleteAllCookies();
    }

    private String url(String path) {
        return PortalLogin.url(base, path);
    }

    private String billing(String query) {
        return BillingProbe.run(browser, base, query);
    }

    private static long number(String text, String name) {
        return BillingProbe.number(text, name);
    }

    @Test
    void theAdminRecordsAPaymentCorrectsAndReversesALine() {
        String token = Long.toString(System.currentTimeMillis() % 1_000_000_000L);
        LocalDate today = LocalDate.now(Clocks.COMMUNE_ZONE);
        String yesterday = SwissFormat.date(today.minusDays(1));
        String note = "Versement au guichet " + token;
        String correctionReason = "Frais de rappel " + token;
        String reverseReason = "Paiement saisi par erreur " + token;

        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/billing.xhtml"));
        browser.waitForVisible("#tabs");
        findAccount(PARENT_EMAIL);
        WebElement row = favreRow();
        long listed = Journeys.cents(row.findElement(By.cssSelector("td.mp-amount")).getText());
        Journeys.click(browser, row.findElement(By.cssSelector("button[id$=':open']")));
        browser.waitForVisible("#tabs\\:accountBalance");
        assertThat(browser.text("#tabs\\:account h2")).startsWith("Claire Favre");
        long start = balance();
        assertThat(start).as("the account's balance is the one listed").isEqualTo(listed);
        browser.assertAccessible("billing-account");
        browser.save("billing-admin-account");

        // a payment received at the counter yesterday
        browser.find("#tabs\\:payment\\:paidNote").sendKeys(note);
        browser.find("#tabs\\:payment\\:paidAmount_input").sendKeys("42.50");
        // the date last: the date picker's panel may keep the focus after Escape
        typeDate("#tabs\\:payment\\:paidOn_input", yesterday);
        assertThat(browser.find("#tabs\\:payment\\:paidNote").getAttribute("value"))
                .isEqualTo(note);
        assertThat(browser.find("#tabs\\:payment\\:paidAmount_input").getAttribute("value"))
                .isEqualTo("42.50");
        submitOnAccount("#tabs\\:payment\\:record");
        assertThat(balance()).as(state()).isEqualTo(start + 4250);
        assertThat(browser.text("#messages")).as(state()).contains("Paiement enregistré.");
        WebElement payment = ledgerRow("Paiement reçu — " + note);
        assertThat(payment.getText()).contains(yesterday, "CHF 42.50");
        long paymentLine = lineId(payment);
        browser.save("billing-admin-payment");

        // a correction charged to the family
        browser.find("#tabs\\:correction\\:reason").sendKeys(correctionReason);
        browser.find("#tabs\\:correction\\:amount_input").sendKeys("-5.00");
        assertThat(browser.find("#tabs\\:correction\\:amount_input").getAttribute("value"))
                .matches("-5(\\.00)?");
        submitOnAccount("#tabs\\:correction\\:book");
        assertThat(balance()).as(state()).isEqualTo(start + 4250 - 500);
        assertThat(browser.text("#messages")).as(state()).contains("Correction comptabilisée.");
        assertThat(ledgerRow("Correction — " + correctionReason).getText())
                .contains(SwissFormat.date(today), "CHF -5.00");

        // the payment reversed: a new line, the payment stays
        type("#tabs\\:reverse\\:line_input", Long.toString(paymentLine));
        type("#tabs\\:reverse\\:reverseReason", reverseReason);
        submitOnAccount("#tabs\\:reverse\\:doReverse");
        assertThat(balance()).as(state()).isEqualTo(start - 500);
        assertThat(browser.text("#messages"))
                .as(state())
                .contains("Ligne annulée par une écriture inverse.");
        assertThat(ledgerRow("Annulation : Paiement reçu — " + reverseReason).getText())
                .contains("CHF -42.50");
        assertThat(lineId(ledgerRow("Paiement reçu — " + note))).isEqualTo(paymentLine);
        browser.save("billing-admin-reversal");

        // the same line again: refused, nothing booked
        type("#tabs\\:reverse\\:line_input", Long.toString(paymentLine));
        type("#tabs\\:reverse\\:reverseReason", reverseReason + " (bis)");
        submitOnAccount("#tabs\\:reverse\\:doReverse");
        assertThat(browser.text("#messages"))
                .as(state())
                .contains("Cette ligne est déjà annulée.")
                .doesNotContain("Ligne annulée par une écriture inverse.");
        assertThat(balance()).as(state()).isEqualTo(start - 500);
        assertThat(ledgerRows("(bis)")).isEmpty();
        browser.save("billing-admin-reversal-refused");

        // the accounts list agrees, and every balance is the sum of its lines
        assertThat(Journeys.cents(favreRow().findElement(By.cssSelector("td.mp-amount")).getText()))
                .isEqualTo(start - 500);
        String iso = today.toString();
        assertThat(number(billing("case=state&from=" + iso + "&to=" + iso), "wrongBalances"))
                .isZero();
    }

    @Test
    void theAdminAssignsAnUnmatchedCreditToAnAccount() throws Exception {
        long token = System.currentTimeMillis() % 1_000_000_000L;
        LocalDate bookedOn = LocalDate.now(Clocks.COMMUNE_ZONE).minusDays(1);
        BigDecimal amount = BigDecimal.valueOf(1000 + token % 9000, 2); // 10.00 to 99.99
        String debtor = "Famille Imboden " + token;
        String unknownReference = QrReference.forAccount(900_000_000_000L + token);
        Path camt = camtWithAnUnknownReference(token, bookedOn, amount, debtor, unknownReference);

        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/billing.xhtml"));
        browser.waitForVisible("#tabs");

        // the bank's file: one credit whose reference no account has
        Journeys.click(browser, browser.find("a[href='#tabs:paymentsTab']"));
        browser.waitForVisible("#tabs\\:camt\\:file");
        browser.find("#tabs\\:camt\\:file").sendKeys(camt.toString());
        browser.clickAndWaitForPage("#tabs\\:camt\\:import");
        assertThat(browser.text("#messages"))
                .contains(
                        "Import terminé : 0 paiement(s) comptabilisé(s) (CHF 0.00), 0 déjà"
                                + " comptabilisé(s), 1 sans compte.");
        // the page came back on its first tab: the report's row is on the payments tab
        Journeys.click(browser, browser.find("a[href='#tabs:paymentsTab']"));
        browser.waitForVisible("#tabs\\:camt\\:imports");
        assertThat(browser.text("#tabs\\:camt\\:imports")).contains(camt.getFileName().toString());

        // Claire Favre's reference and balance before
        Journeys.click(browser, browser.find("a[href='#tabs:accountsTab']"));
        browser.waitForVisible("#tabs\\:accounts\\:search");
        findAccount(PARENT_EMAIL);
        WebElement row = favreRow();
        String reference = row.findElement(By.cssSelector(".mp-mono")).getText();
        assertThat(reference).matches("(\\d\\d)( \\d{5}){5}");
        long before = Journeys.cents(row.findElement(By.cssSelector("td.mp-amount")).getText());

        // the credit waits in the list; assigned to her account by her reference
        Journeys.click(browser, browser.find("a[href='#tabs:paymentsTab']"));
        browser.waitForVisible("#tabs\\:unmatched\\:credits");
        WebElement credit = creditRow(debtor);
        assertThat(credit.getText())
                .contains(
                        SwissFormat.date(bookedOn),
                        SwissFormat.money(amount),
                        unknownReference,
                        "Garde avril " + token);
        browser.save("billing-admin-unmatched");
        WebElement target = credit.findElement(By.cssSelector("input[id$=':target']"));
        target.sendKeys(reference);
        WebElement table = browser.find("#tabs\\:unmatched\\:credits");
        Journeys.click(browser, credit.findElement(By.cssSelector("button[id$=':assign']")));
        browser.waiting().until(ExpectedConditions.stalenessOf(table));
        browser.waitForVisible("#tabs\\:unmatched\\:credits");
        assertThat(browser.text("#tabs\\:unmatched\\:credits"))
                .as("the credit left the list")
                .doesNotContain(debtor);
        assertThat(browser.text("#messages"))
                .as(browser.text("#tabs\\:unmatched"))
                .contains("Crédit attribué et comptabilisé.");
        browser.save("billing-admin-assigned");

        // her balance went up by the credit, a payment line under the debtor's name
        Journeys.click(browser, browser.find("a[href='#tabs:accountsTab']"));
        browser.waitForVisible("#tabs\\:accounts\\:search");
        findAccount(PARENT_EMAIL);
        long credited = amount.movePointRight(2).longValueExact();
        row = favreRow();
        assertThat(Journeys.cents(row.findElement(By.cssSelector("td.mp-amount")).getText()))
                .isEqualTo(before + credited);
        Journeys.click(browser, row.findElement(By.cssSelector("button[id$=':open']")));
        browser.waitForVisible("#tabs\\:accountBalance");
        assertThat(balance()).isEqualTo(before + credited);
        assertThat(ledgerRow("Paiement reçu — " + debtor).getText())
                .contains(SwissFormat.date(bookedOn), SwissFormat.money(amount));
        String iso = bookedOn.toString();
        assertThat(number(billing("case=state&from=" + iso + "&to=" + iso), "wrongBalances"))
                .isZero();
    }

    @Test
    void theHolderDownloadsHerStatementAsCsvAndPdf() throws Exception {
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/transactions.xhtml"));
        browser.waitForVisible("#table");
        String closing = browser.text("#summary dd:nth-of-type(2)");
        long closingCents = Journeys.cents(closing);
        int shownLines =
                browser.findAll("#table_data > tr:not(.ui-datatable-empty-message)").size();
        // the export's period is the month shown
        String fromText = browser.find("#exports\\:from_input").getAttribute("value");
        String toText = browser.find("#exports\\:to_input").getAttribute("value");
        LocalDate from = LocalDate.parse(fromText, SwissFormat.DATE);
        LocalDate to = LocalDate.parse(toText, SwissFormat.DATE);
        assertThat(from.getDayOfMonth()).isEqualTo(1);
        assertThat(to).isEqualTo(from.withDayOfMonth(from.lengthOfMonth()));

        // Both exports are non-ajax POSTs of the "exports" form (a Faces action answering with an
        // attachment), not GET links: submitted by clicking as the holder does, the file read from
        // the browser's download directory (Browser.downloaded), so the view state, the session
        // and the form's period are the page's own.
        Journeys.click(browser, browser.find("#exports\\:csv"));
        byte[] csvBytes = browser.downloaded("transactions-" + from + "-" + to + ".csv");
        assertThat(csvBytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFDate;Valeur;Enfant;Description;Montant;Solde");
        List<String> data = lines.subList(1, lines.size());
        assertThat(data).as("the lines of the month shown").hasSize(shownLines);
        assertThat(data)
                .as("amount and balance as plain signed numbers")
                .allSatisfy(l -> assertThat(l).matches(".*;-?\\d+\\.\\d\\d;-?\\d+\\.\\d\\d"));
        assertThat(data)
                .as("a care debit, negative")
                .anySatisfy(
                        l ->
                                assertThat(l)
                                        .matches(
                                                "\\d\\d\\.\\d\\d\\.\\d{4};\\d\\d\\.\\d\\d\\.\\d{4};"
                                                        + "[^;]*;Accueil[^;]*;-\\d+\\.\\d\\d;.*"));
        assertThat(data.get(data.size() - 1))
                .as("the last balance is the closing balance shown")
                .endsWith(";" + BigDecimal.valueOf(closingCents, 2).toPlainString());

        Journeys.click(browser, browser.find("#exports\\:pdf"));
        String pdf = Journeys.pdfText(browser.downloaded("releve-" + from + "-" + to + ".pdf"));
        assertThat(pdf)
                .contains("Relevé de compte", "Claire Favre", "Période", fromText, toText)
                .contains("Solde à la fin", closing);
    }

    // --- steps on the admin's billing page ---------------------------------------------------

    /** Searches the accounts by holder, e-mail or reference (ajax) and waits for the table. */
    private void findAccount(String search) {
        WebElement table = browser.find("#tabs\\:accounts\\:balances");
        WebElement field = browser.find("#tabs\\:accounts\\:search");
        field.clear();
        field.sendKeys(search);
        Journeys.click(browser, browser.find("#tabs\\:accounts\\:find"));
        browser.waiting().until(ExpectedConditions.stalenessOf(table));
        browser.waitForVisible("#tabs\\:accounts\\:balances");
    }

    /** Claire Favre's row of the accounts table: the only one with her e-mail. */
    private WebElement favreRow() {
        List<WebElement> rows =
                browser.findAll("#tabs\\:accounts\\:balances_data > tr").stream()
                        .filter(r -> r.getText().contains(PARENT_EMAIL))
                        .toList();
        assertThat(rows).as(browser.text("#tabs\\:accounts\\:balances")).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Claire Favre");
        return rows.get(0);
    }

    /** The waiting credit of that debtor in the unmatched credits table. */
    private WebElement creditRow(String debtor) {
        List<WebElement> rows =
                browser.findAll("#tabs\\:unmatched\\:credits_data > tr").stream()
                        .filter(r -> r.getText().contains(debtor))
                        .toList();
        assertThat(rows).as(browser.text("#tabs\\:unmatched\\:credits")).hasSize(1);
        return rows.get(0);
    }

    /**
     * Clicks an ajax button of the opened account (they all re-render {@code :tabs:account}) and
     * waits until the account is shown again.
     */
    private void submitOnAccount(String button) {
        WebElement shown = browser.find("#tabs\\:accountBalance");
        Journeys.click(browser, browser.find(button));
        browser.waiting().until(ExpectedConditions.stalenessOf(shown));
        browser.waitForVisible("#tabs\\:accountBalance");
    }

    /** The opened account's balance (in its heading), in centimes. */
    private long balance() {
        return browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> Journeys.cents(browser.text("#tabs\\:accountBalance")));
    }

    /** What the page says, to explain a failed assertion. */
    private String state() {
        return "messages: " + browser.text("#messages") + "\nlines:\n" + ledger();
    }

    private String ledger() {
        return browser.findAll("#tabs\\:lines\\:ledger").stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("(no account shown)");
    }

    /** The rows of the opened account's lines that contain the text. */
    private List<WebElement> ledgerRows(String text) {
        return browser.findAll("#tabs\\:lines\\:ledger_data > tr").stream()
                .filter(r -> r.getText().contains(text))
                .toList();
    }

    private WebElement ledgerRow(String text) {
        List<WebElement> rows = ledgerRows(text);
        assertThat(rows).as("one line with '" + text + "' in\n" + ledger()).hasSize(1);
        return rows.get(0);
    }

    /** The line number shown in the row's first column. */
    private static long lineId(WebElement row) {
        String cell = row.findElement(By.cssSelector("td")).getText().strip();
        Matcher m = Pattern.compile("(\\d+)$").matcher(cell);
        assertThat(m.find()).as("a line number in '" + cell + "'").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static void type(String selector, String value) {
        WebElement input = browser.find(selector);
        input.clear();
        input.sendKeys(value);
    }

    /** Replaces the text of a date picker's input (its panel is never opened). */
    private static void typeDate(String selector, String date) {
        // written into the picker's text field as the server reads it, without opening the
        // picker's panel: in headless Chromium the panel opened by typing sometimes stays open
        // over the buttons below, whatever closes it (Escape, a click outside, the widget's hide)
        WebElement input = browser.find(selector);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", input, date);
        assertThat(input.getAttribute("value")).isEqualTo(date);
    }

    /**
     * A camt.054.001.08 credit notification shaped like {@code camt/camt054-v08-sample.xml}, with
     * one booked credit whose QR reference (valid check digit) belongs to no account. Its message
     * id and the bank's key of the credit are new on every run: the shared sample is not imported
     * here, because {@link BillingJourneyIT} expects to import it first (booked, then "7 déjà
     * comptabilisé(s)") and to find its two unmatched credits still waiting.
     */
    private static Path camtWithAnUnknownReference(
            long token, LocalDate bookedOn, BigDecimal amount, String debtor, String reference)
            throws java.io.IOException {
        String id = "IT-" + token + "-" + UUID.randomUUID().toString().substring(0, 8);
        String xml =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
                  <BkToCstmrDbtCdtNtfctn>
                    <GrpHdr>
                      <MsgId>CAMT054-%1$s</MsgId>
                      <CreDtTm>%2$sT06:12:45+01:00</CreDtTm>
                    </GrpHdr>
                    <Ntfctn>
                      <Id>NTF-%1$s</Id>
                      <Acct><Id><IBAN>CH4431999123000889012</IBAN></Id><Ccy>CHF</Ccy></Acct>
                      <Ntry>
                        <Amt Ccy="CHF">%3$s</Amt>
                        <CdtDbtInd>CRDT</CdtDbtInd>
                        <RvslInd>false</RvslInd>
                        <Sts><Cd>BOOK</Cd></Sts>
                        <BookgDt><Dt>%2$s</Dt></BookgDt>
                        <ValDt><Dt>%2$s</Dt></ValDt>
                        <AcctSvcrRef>%1$s</AcctSvcrRef>
                        <NtryDtls>
                          <TxDtls>
                            <Refs><AcctSvcrRef>%1$s-1</AcctSvcrRef></Refs>
                            <Amt Ccy="CHF">%3$s</Amt>
                            <CdtDbtInd>CRDT</CdtDbtInd>
                            <RltdPties><Dbtr><Pty><Nm>%4$s</Nm></Pty></Dbtr></RltdPties>
                            <RmtInf>
                              <Ustrd>Garde avril %6$s</Ustrd>
                              <Strd>
                                <CdtrRefInf>
                                  <Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp>
                                  <Ref>%5$s</Ref>
                                </CdtrRefInf>
                              </Strd>
                            </RmtInf>
                          </TxDtls>
                        </NtryDtls>
                      </Ntry>
                    </Ntfctn>
                  </BkToCstmrDbtCdtNtfctn>
                </Document>
                """
                        .formatted(
                                id,
                                bookedOn,
                                amount.toPlainString(),
                                debtor,
                                reference,
                                Long.toString(token));
        Path file = Files.createTempDirectory("camt").resolve("camt054-" + id + ".xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }
}
