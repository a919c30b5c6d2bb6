package ch.monportail.contract.web;

import static ch.monportail.account.boundary.AccountDemoData.PARENT_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.SECOND_PARENT_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.family.boundary.FamilyDemoData;
import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.PortalLogin;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.openqa.selenium.Cookie;

/**
 * The guide's path: Menu → Contrat → a contract → the printer icon gives a PDF whose total is the
 * page's total and whose monthly estimate is the total divided by the attendance months; the other
 * parent sees the same contract; another family's contract id answers "not found".
 */
@ExtendWith(ArquillianExtension.class)
class ContractJourneyIT {

    private static final Pattern CHF = Pattern.compile("CHF ([0-9']+\\.[0-9]{2})");

    @RegisterExtension static Browser browser = new Browser();

    @ArquillianResource private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @AfterEach
    void forgetSession() {
        browser.driver().manage().deleteAllCookies();
    }

    private String url(String path) {
        return PortalLogin.url(base, path);
    }

    @Test
    void theParentOpensTheContractAndThePdfHasTheSameTotal() throws Exception {
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        browser.find("#menuForm\\:mainMenu_button").click();
        browser.waitForVisible("#menuForm\\:mContracts");
        browser.clickAndWaitForPage("#menuForm\\:mContracts");
        browser.assertAccessible("contracts");
        assertThat(browser.text("#contractList")).contains("Léa Favre", "Noé Favre", "2026/27");
        browser.clickAndWaitForPage("#contractList section:first-child button");
        browser.assertAccessible("contract");
        String total = browser.text("#estimate h2");
        BigDecimal pageTotal = amount(total);
        assertThat(pageTotal).isGreaterThan(new BigDecimal("1000"));
        String monthly = browser.text("#monthly");
        assertThat(monthly).contains("11 mois");
        assertThat(browser.text("#schedule")).contains("Midi avec repas", "Après-midi");

        String href = browser.find("#print").getAttribute("href");
        String text = pdfText(get(href));
        assertThat(text).contains("Contrat de fréquentation", "Léa Favre", "Claire Favre");
        Matcher totalInPdf =
                Pattern.compile("Montant total : CHF ([0-9']+\\.[0-9]{2})").matcher(text);
        assertThat(totalInPdf.find()).as(text).isTrue();
        assertThat(new BigDecimal(totalInPdf.group(1).replace("'", ""))).isEqualTo(pageTotal);
        Matcher division =
                Pattern.compile("CHF ([0-9']+\\.[0-9]{2}) ÷ (\\d+) = CHF ([0-9']+\\.[0-9]{2})")
                        .matcher(text);
        assertThat(division.find()).as(text).isTrue();
        BigDecimal share =
                pageTotal.divide(
                        new BigDecimal(division.group(2)), 10, java.math.RoundingMode.HALF_UP);
        BigDecimal rounded =
                share.multiply(BigDecimal.valueOf(20))
                        .setScale(0, java.math.RoundingMode.HALF_UP)
                        .divide(BigDecimal.valueOf(20), 2, java.math.RoundingMode.UNNECESSARY);
        assertThat(new BigDecimal(division.group(3).replace("'", ""))).isEqualTo(rounded);
        assertThat(division.group(2)).isEqualTo("11");
        renderFirstPage(get(href));
    }

    @Test
    void theOtherParentSeesTheSameContractAndAnotherFamilyGetsNotFound() throws Exception {
        PortalLogin.logIn(browser, base, SECOND_PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/contracts.xhtml"));
        browser.clickAndWaitForPage("#contractList section:first-child button");
        String href = browser.find("#print").getAttribute("href");
        assertThat(browser.text("#estimate h2")).contains("CHF");
        forgetSession();

        // another family (not Luca Rossi: the password journey changes his password)
        PortalLogin.logIn(browser, base, FamilyDemoData.SEPARATED_HOLDER_EMAIL, PARENT_PASSWORD);
        HttpResponse<byte[]> foreign = fetch(href);
        assertThat(foreign.statusCode()).isEqualTo(404);
        browser.open(href.replace("/account/contract.pdf", "/parent/contracts.xhtml"));
        assertThat(browser.text("body")).contains("introuvable").doesNotContain("Léa");
        assertThat(browser.driver().getPageSource()).doesNotContain("Favre");
    }

    private static BigDecimal amount(String text) {
        Matcher m = CHF.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return new BigDecimal(m.group(1).replace("'", ""));
    }

    private byte[] get(String href) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = fetch(href);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        return response.body();
    }

    /** GET with the browser's session cookie (a PDF opens in a tab; the test reads the bytes). */
    private HttpResponse<byte[]> fetch(String href) throws IOException, InterruptedException {
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : browser.driver().manage().getCookies()) {
            cookies.append(c.getName()).append('=').append(c.getValue()).append("; ");
        }
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies.toString())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("contract", ".pdf");
        Files.write(file, pdf);
        Process p =
                new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-")
                        .redirectErrorStream(true)
                        .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return text.replaceAll("[ \\t]+", " ");
    }

    /** Page 1 as PNG under target/screenshots, to look at (issue: "renders page 1 for a look"). */
    private static void renderFirstPage(byte[] pdf) throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve("contract.pdf");
        Files.write(file, pdf);
        Process p =
                new ProcessBuilder(
                                "pdftoppm",
                                "-png",
                                "-r",
                                "60",
                                "-f",
                                "1",
                                "-l",
                                "1",
                                file.toString(),
                                dir.resolve("contract-page").toString())
                        .redirectErrorStream(true)
                        .start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }
}
