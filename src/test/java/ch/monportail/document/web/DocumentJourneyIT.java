package ch.monportail.document.web;

import static ch.monportail.account.boundary.AccountDemoData.ADMIN_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.ADMIN_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.EDUCATOR_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.EDUCATOR_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.OTHER_FAMILY_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.SECOND_PARENT_EMAIL;
import static ch.monportail.it.Journeys.click;
import static ch.monportail.it.Journeys.waitForMessage;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.Journeys;
import ch.monportail.it.PortalLogin;
import ch.monportail.platform.boundary.Clocks;
import ch.monportail.platform.control.SwissFormat;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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

    /** The portal's SMTP server in the IT domain (the parent is told the outcome by e-mail). */
    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(
                            GreenMailConfiguration.aConfig().withUser("monportail", "not-a-secret"))
                    .withPerMethodLifecycle(false);

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

    static byte[] certificate(String text) {
        return ch.monportail.document.control.OnePagePdf.of(text);
    }

    /** Chooses an item of a PrimeFaces select menu by its label (once its panel has opened). */
    private static void choose(String menuId, String label) {
        String id = "#" + menuId.replace(":", "\\:");
        click(browser, browser.find(id));
        browser.waitForVisible(id + "_items");
        int[] tries = {0};
        browser.waiting()
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(
                        d -> {
                            // a click during the panel's opening animation can be swallowed (CI
                            // screenshot: item highlighted, not chosen): click again while open
                            if (tries[0]++ > 0 && browser.text(id + "_label").equals(label)) {
                                return true;
                            }
                            browser.find(id + "_items li[data-label=\"" + label + "\"]").click();
                            return browser.text(id + "_label").equals(label);
                        });
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

    /**
     * An e-mail as a reader finds it: the subject (decoded), then the body as sent
     * (quoted-printable soft line breaks undone; the plain part's ASCII text reads as is).
     */
    private static String mailText(MimeMessage mail) {
        try {
            return mail.getSubject() + "\n" + GreenMailUtil.getBody(mail).replace("=\r\n", "");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first e-mail to the address whose text contains that; fails after 40 s. */
    private static String awaitMail(String recipient, String containing) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage mail : smtp.getReceivedMessagesForDomain(recipient)) {
                String text = mailText(mail);
                if (text.contains(containing)) {
                    return text;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no e-mail to " + recipient + " with " + containing);
    }

    /** The id in a file address ({@code ...?id=42...}). */
    private static String idOf(String href) {
        return href.replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    /** The address of the link in the uploads table whose text contains the file name. */
    private static String sentLink(String fileName) {
        return browser.driver()
                .findElement(
                        By.xpath(
                                "//*[@id='sentTable']//a[contains(@href, 'account/files/upload')"
                                        + " and contains(., '"
                                        + fileName
                                        + "')]"))
                .getAttribute("href");
    }

    /**
     * The absences shown "non facturée" in a child's agenda, this month and the month before (the
     * illness of the demo data is the child's last planned day before today).
     */
    private int notBilledAbsences(String firstName) {
        browser.open(url("/parent/agenda.xhtml"));
        browser.waitForVisible(".fc-view-harness");
        click(
                browser,
                browser.driver()
                        .findElement(
                                By.xpath(
                                        "//*[@id='childSwitch']//a[contains(., '"
                                                + firstName
                                                + "')]")));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(
                        d ->
                                browser.text("#childName").contains(firstName)
                                        && !browser.findAll(".fc-event").isEmpty());
        int count = browser.findAll(".fc-event.mp-ag-absence_not_billed").size();
        String title = browser.text(".fc-toolbar-title");
        click(browser, browser.find(".fc-prev-button"));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(
                        d ->
                                !browser.text(".fc-toolbar-title").equals(title)
                                        && !browser.findAll(".fc-event").isEmpty());
        return count + browser.findAll(".fc-event.mp-ag-absence_not_billed").size();
    }

    @Test
    void aParentSendsACertificateByDragAndDropAndTheAdminAcceptsIt() throws Exception {
        String fileName = "certificat-" + System.currentTimeMillis() + ".pdf";
        byte[] pdf = certificate("Certificat medical - Noe Favre - fievre");

        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        int notBilledBefore = notBilledAbsences("Noé");

        // Claire, on her phone
        browser.resize(390, 844);
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
        // and her agenda shows Noé's illness "non facturée"
        assertThat(notBilledAbsences("Noé")).isGreaterThan(notBilledBefore);
        browser.save("agenda-certificate-accepted");
        assertThat(awaitMail(PARENT_EMAIL, fileName)).contains("accept");
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

    /**
     * Bad inputs from the parent's phone, each with its message and nothing stored; then the
     * educator of Léa's structure sees her medical certificate (not the family's income proof,
     * which only the ADMIN reads) and rejects it with a reason; Claire reads it by e-mail and on
     * the page.
     */
    @Test
    void badFilesAreRefusedAndTheEducatorRejectsACertificateWithAReason() throws Exception {
        long stamp = System.currentTimeMillis();
        String certificateName = "certificat-lea-" + stamp + ".pdf";
        String incomeName = "revenu-" + stamp + ".pdf";
        Path dir = Files.createTempDirectory("uploads");

        browser.resize(390, 844);
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/downloads.xhtml"));
        browser.waitForVisible("#send\\:files");
        choose("send:child", "Léa Favre");
        choose("send:category", "Certificat médical");
        int before = sentRows();

        // an empty file
        Path empty = dir.resolve("vide.pdf");
        Files.write(empty, new byte[0]);
        choose(empty);
        waitForMessage(browser, "« vide.pdf » n'a pas été transmis : Le fichier est vide.");
        // a PDF with an archive hidden behind its end (a polyglot)
        byte[] pdf = certificate("Certificat medical - Lea Favre");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] polyglot = java.util.Arrays.copyOf(pdf, pdf.length + zip.length);
        System.arraycopy(zip, 0, polyglot, pdf.length, zip.length);
        Path hidden = dir.resolve("certificat-polyglotte.pdf");
        Files.write(hidden, polyglot);
        choose(hidden);
        waitForMessage(
                browser,
                "« certificat-polyglotte.pdf » n'a pas été transmis : Le fichier est incomplet");
        // 11 MB: refused in the browser before it is sent (the server checks the limit again)
        Path large = dir.resolve("scan-11mo.pdf");
        Files.write(large, java.util.Arrays.copyOf(pdf, 11 * 1024 * 1024));
        choose(large);
        browser.waitForVisible("#uploadNotice");
        assertThat(browser.text("#uploadNotice"))
                .isEqualTo("« scan-11mo.pdf » n'a pas été transmis : Le fichier dépasse 10 Mo.");
        assertThat(browser.text("#send")).doesNotContain("11.0 Mo");
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center'});",
                        browser.find("#uploadNotice"));
        browser.save("downloads-too-large");
        assertThat(sentRows()).isEqualTo(before);

        // a name with folders, quotes and a line break: sent, its name kept as data, cleaned
        drop("..\\..\\Windows\\\"certif\"\r\nicat.pdf", "application/pdf", pdf);
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> sentRows() == before + 1);
        assertThat(browser.find("#uploadNotice").isDisplayed()).isFalse();
        String storedName =
                browser.driver()
                        .findElement(By.xpath("//*[@id='sentTable']//a[contains(., 'icat.pdf')]"))
                        .getText();
        assertThat(storedName)
                .endsWith("icat.pdf")
                .doesNotContain("\\", "/", "\"", "\n", "\r", "..", "Windows");
        HttpResponse<byte[]> cleaned = Journeys.fetch(browser, sentLink("icat.pdf"));
        assertThat(cleaned.statusCode()).isEqualTo(200);
        String disposition = cleaned.headers().firstValue("Content-Disposition").orElse("");
        assertThat(disposition).startsWith("attachment;").doesNotContain("\\", "\n", "\r");
        assertThat(disposition.chars().filter(c -> c == '"').count()).isEqualTo(2);

        // the certificate and the income proof, chosen with the button
        Path certificateFile = dir.resolve(certificateName);
        Files.write(certificateFile, pdf);
        choose(certificateFile);
        waitForMessage(browser, "« " + certificateName + " » a été transmis.");
        choose("send:category", "Avis de taxation / justificatif de revenu");
        Path incomeFile = dir.resolve(incomeName);
        Files.write(incomeFile, certificate("Avis de taxation 2025"));
        choose(incomeFile);
        waitForMessage(browser, "« " + incomeName + " » a été transmis.");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> sentRows() == before + 3);
        String incomeId = idOf(sentLink(incomeName));

        // the educator: Léa's certificate, not the income proof, nor its file
        browser.driver().manage().deleteAllCookies();
        browser.resize(1280, 900);
        PortalLogin.logIn(browser, base, EDUCATOR_EMAIL, EDUCATOR_PASSWORD);
        browser.open(url("/staff/inbox.xhtml"));
        browser.waitForVisible("#inbox\\:uploads");
        assertThat(browser.text("#inbox\\:uploads"))
                .contains(certificateName, "Léa Favre")
                .doesNotContain(incomeName);
        assertThat(
                        Journeys.fetch(browser, url("/account/files/upload?id=" + incomeId))
                                .statusCode())
                .isEqualTo(404);
        click(
                browser,
                browser.driver()
                        .findElement(
                                By.xpath(
                                        "//tr[contains(., '"
                                                + certificateName
                                                + "')]//button[contains(@id, ':open')]")));
        browser.waitForVisible("#decide\\:reject");
        click(browser, browser.find("#decide\\:reject"));
        waitForMessage(browser, "Indiquez la raison du refus");
        browser.find("#decide\\:note").sendKeys("Certificat illisible, merci de le renvoyer");
        click(browser, browser.find("#decide\\:reject"));
        waitForMessage(browser, "Document refusé ; le parent est informé de la raison.");
        assertThat(browser.text("#inbox\\:uploads")).doesNotContain(certificateName);
        browser.assertAccessible("inbox-educator");
        browser.save("inbox-educator");

        // Claire: the e-mail and the page say why
        assertThat(awaitMail(PARENT_EMAIL, certificateName))
                .contains("refusé", "Motif : Certificat illisible, merci de le renvoyer");
        browser.driver().manage().deleteAllCookies();
        browser.resize(390, 844);
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/downloads.xhtml"));
        browser.waitForVisible("#sentTable");
        String row =
                browser.driver()
                        .findElement(
                                By.xpath(
                                        "//*[@id='sentTable']//tr[contains(., '"
                                                + certificateName
                                                + "')]"))
                        .getText();
        assertThat(row).contains("Refusé", "Certificat illisible");
        browser.save("downloads-rejected");
    }

    /**
     * The ADMIN publishes a German menu (only German-speaking parents see it), a programme valid
     * from next week (nobody sees it yet), the tariffs, then a new version of the tariffs: Claire
     * downloads the new one, the old one's address answers 404.
     */
    @Test
    void languageAndValidityChooseWhatParentsSeeAndANewVersionReplacesTheOld() throws Exception {
        Path dir = Files.createTempDirectory("publish");
        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        LocalDate today = LocalDate.now(Clocks.COMMUNE_ZONE);
        publish("Menüplan Dezember", "Menus", "Deutsch", null, dir, "Menueplan Dezember");
        publish(
                "Programme de Pâques",
                "Programme des vacances",
                null,
                SwissFormat.date(today.plusDays(7)),
                dir,
                "Programme de Paques");
        publish("Tarifs 2027", "Tarifs", null, null, dir, "Tarifs 2027 version 1");
        String first = documentLink("Tarifs 2027");

        new org.openqa.selenium.support.ui.Select(browser.find("#replace\\:which"))
                .selectByVisibleText("Tarifs 2027");
        Path second = dir.resolve("tarifs-2027-v2.pdf");
        Files.write(second, certificate("Tarifs 2027 version 2"));
        browser.find("#replace\\:newFile").sendKeys(second.toAbsolutePath().toString());
        browser.clickAndWaitForPage("#replace\\:doReplace");
        assertThat(browser.text("#messages"))
                .contains("La nouvelle version est publiée ; l'ancienne n'est plus proposée.");
        browser.save("admin-documents-replaced");

        // Claire (French): the new tariffs; not the German menu, not next week's programme
        browser.driver().manage().deleteAllCookies();
        browser.resize(390, 844);
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/downloads.xhtml"));
        browser.waitForVisible("#published");
        assertThat(browser.text("#published"))
                .contains("Tarifs 2027")
                .doesNotContain("Menüplan Dezember", "Programme de Pâques");
        HttpResponse<byte[]> tariffs = Journeys.fetch(browser, documentLink("Tarifs 2027"));
        assertThat(Journeys.pdfText(tariffs.body())).contains("version 2");
        assertThat(Journeys.fetch(browser, first).statusCode()).isEqualTo(404);
        browser.save("downloads-versions");

        // Markus (German): the menu too
        browser.driver().manage().deleteAllCookies();
        PortalLogin.logIn(browser, base, SECOND_PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/downloads.xhtml"));
        browser.waitForVisible("#published");
        assertThat(browser.text("#published"))
                .contains("Menüplan Dezember", "Tarifs 2027")
                .doesNotContain("Programme de Pâques");
    }

    /** Publishes a one-page PDF from the ADMIN's page (language and start optional). */
    private void publish(
            String title, String category, String language, String from, Path dir, String text)
            throws IOException {
        browser.open(url("/admin/documents.xhtml"));
        browser.waitForVisible("#publish\\:save");
        browser.find("#publish\\:title").sendKeys(title);
        new org.openqa.selenium.support.ui.Select(browser.find("#publish\\:category"))
                .selectByVisibleText(category);
        if (language != null) {
            new org.openqa.selenium.support.ui.Select(browser.find("#publish\\:language"))
                    .selectByVisibleText(language);
        }
        if (from != null) {
            typeDate("#publish\\:from_input", from);
        }
        Path file = dir.resolve(title.replaceAll("[^A-Za-z0-9]", "-") + ".pdf");
        Files.write(file, certificate(text));
        browser.find("#publish\\:file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForPage("#publish\\:save");
        assertThat(browser.text("#messages")).contains("« " + title + " » est publié.");
    }

    /** The address of a published document's link (ADMIN list or parents' list) by title. */
    private static String documentLink(String title) {
        return browser.driver()
                .findElement(
                        By.xpath(
                                "//a[contains(@href, 'account/files/document') and contains(.,"
                                        + " '"
                                        + title
                                        + "')]"))
                .getAttribute("href");
    }
}
