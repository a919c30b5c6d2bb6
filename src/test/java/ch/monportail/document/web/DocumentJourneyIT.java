package ch.monportail.document.web;

import static ch.monportail.account.boundary.AccountDemoData.ADMIN_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.ADMIN_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.OTHER_FAMILY_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_PASSWORD;
import static ch.monportail.it.Journeys.click;
import static ch.monportail.it.Journeys.waitForMessage;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.Journeys;
import ch.monportail.it.PortalLogin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * *Téléchargements*, the parents' direction (DESIGN §8), on a phone-sized browser: Claire drops a
 * medical certificate for Noé on the page (a real drop event with the file) → it is listed as
 * received; bad files get their message and leave nothing; the ADMIN opens the inbox, previews the
 * PDF, accepts the certificate for the days of Noé's illness → the absence is no longer billed and
 * its debit is reversed on Claire's transactions; another family cannot read the file.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentJourneyIT {

    @RegisterExtension static Browser browser = new Browser();

    @ArquillianResource private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @AfterEach
    void logOut() {
        browser.driver().manage().deleteAllCookies();
        browser.resize(1280, 900);
    }

    private String url(String path) {
        return PortalLogin.url(base, path);
    }

    static byte[] certificate(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(60, 720);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Chooses an item of a PrimeFaces select menu by its label (once its panel has opened). */
    private static void choose(String menuId, String label) {
        String id = "#" + menuId.replace(":", "\\:");
        click(browser, browser.find(id));
        browser.waitForVisible(id + "_items");
        browser.waiting()
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(
                        d -> {
                            browser.find(id + "_items li[data-label=\"" + label + "\"]").click();
                            return true;
                        });
        browser.waiting().until(d -> browser.text(id + "_label").equals(label));
    }

    /**
     * Drops a file on the upload's drop zone, as a parent drags it from the desktop: the events a
     * browser fires, carrying the file (a synthetic DataTransfer's items cannot be read as file
     * entries, so the event carries its files the way a dropped folder-less selection does).
     */
    private static void drop(String fileName, String type, byte[] content) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
                                + "const dt = new DataTransfer();"
                                + "dt.items.add(new File([bytes], arguments[1], {type: arguments[2]}));"
                                + "const zone = document.getElementById('send:files');"
                                + "for (const t of ['dragenter', 'dragover', 'drop']) {"
                                + "  const e = new Event(t, {bubbles: true, cancelable: true});"
                                + "  Object.defineProperty(e, 'dataTransfer', {value:"
                                + "    {types: ['Files'], files: dt.files, dropEffect: 'none'}});"
                                + "  zone.dispatchEvent(e);"
                                + "}",
                        Base64.getEncoder().encodeToString(content),
                        fileName,
                        type);
    }

    /**
     * Fills a date picker's text field as typed text (the picker's pop-up, opened by typing, is not
     * what is tested here: the day typed is what the server reads).
     */
    private static void typeDate(String selector, String date) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.find(selector), date);
        assertThat(browser.find(selector).getAttribute("value")).isEqualTo(date);
    }

    /** Chooses a file with the upload's button (the input behind it). */
    private static void choose(Path file) {
        browser.find("#send\\:files_input").sendKeys(file.toAbsolutePath().toString());
    }

    private static int sentRows() {
        return browser.findAll("#sentTable_data tr[data-ri]").size();
    }

    @Test
    void aParentSendsACertificateByDragAndDropAndTheAdminAcceptsIt() throws Exception {
        String fileName = "certificat-" + System.currentTimeMillis() + ".pdf";
        byte[] pdf = certificate("Certificat medical - Noe Favre - fievre");

        // Claire, on her phone
        browser.resize(390, 844);
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/downloads.xhtml"));
        browser.waitForVisible("#send\\:files");
        browser.assertAccessible("downloads");
        choose("send:child", "Noé Favre");
        choose("send:category", "Certificat médical");
        browser.find("#send\\:comment").sendKeys("Fièvre, 1 jour");
        click(browser, browser.find("h1"));
        int before = sentRows();
        drop(fileName, "application/pdf", pdf);
        waitForMessage(browser, "« " + fileName + " » a été transmis.");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#sentTable").contains(fileName));
        assertThat(sentRows()).isEqualTo(before + 1);
        assertThat(browser.text("#sentTable")).contains("Certificat médical", "Reçu");
        browser.save("downloads-sent");

        // bad inputs: each its message, nothing stored
        Path dir = Files.createTempDirectory("uploads");
        Path exe = dir.resolve("ordonnance.pdf");
        byte[] windows = new byte[2048];
        windows[0] = 'M';
        windows[1] = 'Z';
        Files.write(exe, windows);
        choose(exe);
        waitForMessage(browser, "« ordonnance.pdf » n'a pas été transmis : Seuls les fichiers PDF");
        Path cut = dir.resolve("coupe.pdf");
        Files.write(cut, java.util.Arrays.copyOf(pdf, pdf.length / 2));
        choose(cut);
        waitForMessage(browser, "« coupe.pdf » n'a pas été transmis : Le fichier est incomplet");
        Path tricky = dir.resolve("photo.jpg");
        Files.write(tricky, pdf);
        choose(tricky);
        waitForMessage(browser, "« photo.jpg » a été transmis.");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> sentRows() == before + 2);
        assertThat(browser.text("#sentTable")).contains("photo.pdf").doesNotContain("coupe.pdf");
        browser.save("downloads-refused");

        // the file back, as sent
        String href =
                browser.find("#sentTable a[href*='account/files/upload']").getAttribute("href");
        HttpResponse<byte[]> own = Journeys.fetch(browser, href);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/pdf");
        assertThat(own.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        String id = href.replaceAll(".*[?&]id=(\\d+).*", "$1");

        // another family cannot read it
        browser.driver().manage().deleteAllCookies();
        PortalLogin.logIn(browser, base, OTHER_FAMILY_EMAIL, PARENT_PASSWORD);
        assertThat(Journeys.fetch(browser, url("/account/files/upload?id=" + id)).statusCode())
                .isEqualTo(404);

        // the ADMIN's inbox
        browser.driver().manage().deleteAllCookies();
        browser.resize(1280, 900);
        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/staff/inbox.xhtml"));
        browser.waitForVisible("#inbox\\:uploads");
        assertThat(browser.text("#inbox\\:uploads")).contains(fileName, "Noé Favre");
        browser.assertAccessible("inbox");
        click(
                browser,
                browser.driver()
                        .findElement(
                                org.openqa.selenium.By.xpath(
                                        "//tr[contains(., '"
                                                + fileName
                                                + "')]//button[contains(@id, ':open')]")));
        browser.waitForVisible("#decide\\:accept");
        HttpResponse<byte[]> preview =
                Journeys.fetch(browser, browser.find("#preview").getAttribute("href"));
        assertThat(preview.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("inline;");
        assertThat(Journeys.pdfText(preview.body())).contains("Noe Favre");
        LocalDate today = LocalDate.now(ch.monportail.platform.boundary.Clocks.COMMUNE_ZONE);
        String from = ch.monportail.platform.control.SwissFormat.date(today.minusDays(30));
        String to = ch.monportail.platform.control.SwissFormat.date(today);
        typeDate("#decide\\:from_input", from);
        typeDate("#decide\\:to_input", to);
        browser.save("inbox-decide");
        click(browser, browser.find("#decide\\:accept"));
        waitForMessage(browser, "Certificat accepté : 1 absence(s) pour maladie");
        assertThat(browser.text("#inbox\\:uploads")).doesNotContain(fileName);

        // Claire: the illness absence's debit reversed on her transactions
        browser.driver().manage().deleteAllCookies();
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/transactions.xhtml"));
        browser.waitForVisible("#table");
        assertThat(browser.text("#table")).contains("Annulation", "Noé");
        browser.open(url("/parent/downloads.xhtml"));
        browser.waitForVisible("#sentTable");
        assertThat(browser.text("#sentTable")).contains("Accepté");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    }

    @Test
    void theAdminPublishesAndWithdrawsAndAParentDownloadsTheRegulations() throws Exception {
        // Claire, on her phone: the regulations for every family, the menus of her UAPE
        browser.resize(390, 844);
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/downloads.xhtml"));
        browser.waitForVisible("#published");
        assertThat(browser.text("#published"))
                .contains("Règlements", "Règlement des structures d'accueil 2026-2027", "Menus");
        String regulations =
                browser.driver()
                        .findElement(
                                org.openqa.selenium.By.xpath(
                                        "//section[@id='published']//a[contains(., 'Règlement')]"))
                        .getAttribute("href");
        HttpResponse<byte[]> pdf = Journeys.fetch(browser, regulations);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                .contains("reglement-accueil-2026-2027.pdf");
        assertThat(Journeys.pdfText(pdf.body())).contains("Reglement des structures");
        browser.save("downloads-published");

        // the ADMIN publishes the holiday programme, refuses an empty file
        browser.driver().manage().deleteAllCookies();
        browser.resize(1280, 900);
        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/documents.xhtml"));
        browser.waitForVisible("#publish\\:save");
        browser.find("#publish\\:title").sendKeys("Programme des vacances de Noël");
        new org.openqa.selenium.support.ui.Select(browser.find("#publish\\:category"))
                .selectByVisibleText("Programme des vacances");
        browser.clickAndWaitForPage("#publish\\:save");
        assertThat(browser.text("#messages")).contains("Le fichier est vide.");
        Path file = Files.createTempDirectory("publish").resolve("Noël 2026.pdf");
        Files.write(file, certificate("Programme des vacances de Noel 2026"));
        browser.find("#publish\\:title").clear();
        browser.find("#publish\\:title").sendKeys("Programme des vacances de Noël");
        new org.openqa.selenium.support.ui.Select(browser.find("#publish\\:category"))
                .selectByVisibleText("Programme des vacances");
        browser.find("#publish\\:file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForPage("#publish\\:save");
        assertThat(browser.text("#messages"))
                .contains("« Programme des vacances de Noël » est publié.");
        assertThat(browser.text("#documents\\:list")).contains("Programme des vacances de Noël");
        browser.assertAccessible("admin-documents");

        // Claire sees it
        browser.driver().manage().deleteAllCookies();
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/downloads.xhtml"));
        browser.waitForVisible("#published");
        assertThat(browser.text("#published"))
                .contains("Programme des vacances", "Programme des vacances de Noël");
        String href =
                browser.driver()
                        .findElement(
                                org.openqa.selenium.By.xpath(
                                        "//section[@id='published']//a[contains(., 'Noël')]"))
                        .getAttribute("href");
        assertThat(Journeys.fetch(browser, href).statusCode()).isEqualTo(200);

        // withdrawn: gone for Claire, its address answers 404
        browser.driver().manage().deleteAllCookies();
        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/documents.xhtml"));
        browser.waitForVisible("#documents\\:list");
        click(
                browser,
                browser.driver()
                        .findElement(
                                org.openqa.selenium.By.xpath(
                                        "//tr[contains(., 'Programme des vacances de Noël')]"
                                                + "//button[contains(@id, ':withdraw')]")));
        browser.waitForVisible(".ui-confirmdialog-yes");
        click(browser, browser.find(".ui-confirmdialog-yes"));
        waitForMessage(browser, "Le document est retiré.");
        browser.driver().manage().deleteAllCookies();
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/downloads.xhtml"));
        browser.waitForVisible("#published");
        assertThat(browser.text("#published")).doesNotContain("Noël");
        assertThat(Journeys.fetch(browser, href).statusCode()).isEqualTo(404);
    }
}
