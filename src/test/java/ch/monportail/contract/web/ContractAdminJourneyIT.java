package ch.monportail.contract.web;

import static ch.monportail.account.boundary.AccountDemoData.ADMIN_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.Journeys;
import ch.monportail.it.PortalLogin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The ADMIN's side of issue "Structures, calendar, tariffs, contracts": imports the next school
 * year's holidays from an iCalendar file after a preview, edits a tariff, creates a contract for a
 * child who has none (school year and holder chosen in the form), activates it and finds the same
 * total on the page and in the PDF, then amends it and finds the new total in the PDF too.
 */
@ExtendWith(ArquillianExtension.class)
class ContractAdminJourneyIT {

    @RegisterExtension static Browser browser = new Browser();

    @ArquillianResource private java.net.URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private String url(String path) {
        return PortalLogin.url(base, path);
    }

    private static java.math.BigDecimal amount(String chf) {
        return new java.math.BigDecimal(chf.replace("CHF", "").replace("'", "").strip());
    }

    /** The PDF behind the printer icon, read with the ADMIN's session: its « Montant total ». */
    private java.math.BigDecimal pdfTotal() throws Exception {
        String href = browser.find("#print").getAttribute("href");
        String text = Journeys.pdfText(browser, href);
        assertThat(text).contains("Contrat de fréquentation", "Tom Carron");
        Matcher total = Pattern.compile("Montant total : CHF ([0-9']+\\.[0-9]{2})").matcher(text);
        assertThat(total.find()).as(text).isTrue();
        return new java.math.BigDecimal(total.group(1).replace("'", ""));
    }

    private void waitForMessage(String text) {
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#messages").contains(text));
    }

    @Test
    void theAdminImportsHolidaysEditsATariffAndCreatesAContract() throws Exception {
        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);

        browser.open(url("/admin/calendar.xhtml"));
        browser.waitForVisible(".fc-daygrid-event");
        assertThat(browser.text(".mp-calendar-view")).contains("Année scolaire");
        browser.assertAccessible("calendar");
        assertThat(browser.text("#entries")).contains("Vacances d'automne", "Ascension");
        Path ics = Files.createTempFile("feries", ".ics");
        Files.writeString(
                ics,
                String.join(
                        "\r\n",
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "PRODID:-//Canton du Valais//Calendrier scolaire//FR",
                        "BEGIN:VEVENT",
                        "UID:saint-maurice-2026@vs.example",
                        "DTSTAMP:20260101T000000Z",
                        "DTSTART;VALUE=DATE:20260926",
                        "DTEND;VALUE=DATE:20260927",
                        "SUMMARY:Saint-Maurice (test)",
                        "END:VEVENT",
                        "END:VCALENDAR",
                        ""),
                StandardCharsets.UTF_8);
        browser.find("#import input[type=\"file\"]").sendKeys(ics.toString());
        new Select(browser.find("#import\\:importKind")).selectByValue("PUBLIC_HOLIDAY");
        browser.clickAndWaitForPage("#import\\:upload");
        assertThat(browser.text("#import\\:previewTable"))
                .contains("26.09.2026", "Saint-Maurice (test)");
        assertThat(browser.text("#entries")).doesNotContain("Saint-Maurice (test)");
        browser.clickAndWaitForPage("#import\\:confirm");
        assertThat(browser.text("#messages")).contains("1 lignes ajoutées");

        browser.open(url("/admin/tariffs.xhtml"));
        browser.assertAccessible("tariffs");
        WebElement second = browser.find("#tariff\\:secondChild_input");
        second.clear();
        second.sendKeys("15");
        browser.find("#tariff\\:save").click();
        waitForMessage("Le tarif a été enregistré");

        browser.open(url("/admin/contracts.xhtml"));
        browser.assertAccessible("admin-contracts");
        // the school year is chosen, not today's: the demo year 2026/27 (also after July 2027)
        new Select(browser.find("#create\\:year")).selectByValue("2026");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#newTitle").contains("2026/27"));
        browser.find("#create\\:childQuery").sendKeys("Tom");
        browser.find("#create\\:findChild").click();
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#create\\:childField").contains("Tom Carron"));
        // the holder is one of Tom's legal representatives, the family's account holder first
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(
                        d ->
                                new Select(browser.find("#create\\:holder"))
                                        .getFirstSelectedOption()
                                        .getText()
                                        .contains("gestionnaire principal de la famille"));
        new Select(browser.find("#create\\:structure")).selectByVisibleText("UAPE Les Écureuils");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !browser.findAll("#patternGrid tbody input").isEmpty());
        // Midi avec repas on Monday and Thursday: row 2, columns Lu and Je
        browser.findAll("#patternGrid tbody tr")
                .get(1)
                .findElements(org.openqa.selenium.By.tagName("input"))
                .get(0)
                .click();
        browser.findAll("#patternGrid tbody tr")
                .get(1)
                .findElements(org.openqa.selenium.By.tagName("input"))
                .get(3)
                .click();
        browser.clickAndWaitForPage("#create\\:save");
        assertThat(browser.text("#messages")).contains("brouillon");
        browser.assertAccessible("admin-contract");
        assertThat(browser.text("#summary")).contains("Tom Carron", "brouillon", "45 %");
        browser.find("#activate\\:activateButton").click();
        waitForMessage("Le contrat est actif.");
        String total = browser.text("#total");
        assertThat(total).startsWith("CHF ");
        assertThat(browser.text("#terms")).contains("Midi avec repas");
        // the printer icon: the PDF's « Montant total : CHF … » is the page's total
        assertThat(pdfTotal()).isEqualTo(amount(total));

        // a second ADMIN page on the same contract, opened before the amendment below
        String first = browser.driver().getWindowHandle();
        String page = browser.driver().getCurrentUrl();
        browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.open(page);
        browser.waitForVisible("#amend\\:amendButton");
        String stale = browser.driver().getWindowHandle();
        browser.driver().switchTo().window(first);

        // an amendment from 01.02.2027 adds Wednesday midday: the earlier months keep their days
        // the reason first: the date picker's panel may keep the focus after Escape
        WebElement reason = browser.find("#amend\\:reason");
        reason.click();
        reason.sendKeys("Mercredi en plus");
        WebElement from = browser.find("#amend\\:effectiveFrom_input");
        from.sendKeys("01.02.2027", org.openqa.selenium.Keys.ESCAPE);
        assertThat(reason.getAttribute("value")).isEqualTo("Mercredi en plus");
        assertThat(from.getAttribute("value")).isEqualTo("01.02.2027");
        browser.findAll("#amend #patternGrid tbody tr")
                .get(1)
                .findElements(org.openqa.selenium.By.tagName("input"))
                .get(2)
                .click();
        // once the page is quiet, and scrolled into the middle (CI, Chromium 150: a click on the
        // button at the window's bottom edge focused it and sent nothing)
        browser.waitForAjaxIdle();
        Journeys.click(browser, browser.find("#amend\\:amendButton"));
        waitForMessage("L'avenant a été enregistré.");
        assertThat(browser.text("#terms")).contains("Dès le 01.02.2027", "Mercredi en plus");
        assertThat(amount(browser.text("#total"))).isGreaterThan(amount(total));
        // the PDF prints the amended contract with the page's new total
        assertThat(pdfTotal()).isEqualTo(amount(browser.text("#total")));

        // the page opened before it cannot undo it: refused, and it shows the contract as it is
        browser.driver().switchTo().window(stale);
        WebElement staleReason = browser.find("#amend\\:reason");
        staleReason.click();
        staleReason.sendKeys("Ancienne page");
        browser.find("#amend\\:effectiveFrom_input")
                .sendKeys("01.03.2027", org.openqa.selenium.Keys.ESCAPE);
        browser.find("#amend\\:amendButton").click();
        waitForMessage("a été modifié entre-temps");
        assertThat(browser.text("#terms"))
                .contains("Dès le 01.02.2027")
                .doesNotContain("01.03.2027");
        browser.driver().close();
        browser.driver().switchTo().window(first);
    }
}
