package ch.monportail.agenda.web;

import static ch.monportail.account.boundary.AccountDemoData.EDUCATOR_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.EDUCATOR_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_PASSWORD;
import static ch.monportail.it.Journeys.click;
import static ch.monportail.it.Journeys.pdfText;
import static ch.monportail.it.Journeys.waitForMessage;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.ItClock;
import ch.monportail.it.ItClockServlet;
import ch.monportail.it.PortalLogin;
import java.net.URL;
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

/**
 * The educator's presence list (issue 6): on Tuesday 09.03.2027 at 12:10 (the application's clock
 * set by the test) the UAPE's midday list shows Léa Favre and Emma Dubuis, both highlighted as not
 * arrived; the educator checks Léa in, records Emma absent without notice (billed), excuses it,
 * prints the list; the week's occupancy is shown; a parent cannot open the page.
 */
@ExtendWith(ArquillianExtension.class)
class PresenceJourneyIT {

    @RegisterExtension static Browser browser = new Browser();

    @ArquillianResource private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.warWithTests(ItClock.class, ItClockServlet.class);
    }

    @AfterEach
    void resetClockAndSession() {
        browser.open(url("/it/clock"));
        browser.driver().manage().deleteAllCookies();
    }

    private String url(String path) {
        return PortalLogin.url(base, path);
    }

    @Test
    void theEducatorChecksAChildInAndRecordsAnUnannouncedAbsence() throws Exception {
        PortalLogin.logIn(browser, base, EDUCATOR_EMAIL, EDUCATOR_PASSWORD);
        browser.open(url("/it/clock?at=2027-03-09T12:10"));
        browser.open(url("/staff/presence.xhtml"));
        browser.assertAccessible("presence");
        WebElement midday = unit("Midi avec repas");
        assertThat(midday.getText()).contains("Léa Favre", "Emma Dubuis", "attendus 2");
        assertThat(row("Midi avec repas", "Léa Favre").getAttribute("class")).contains("mp-late");
        assertThat(row("Midi avec repas", "Léa Favre").getText())
                .contains("Pas encore arrivé·e", "arachides");

        click(
                browser,
                row("Midi avec repas", "Léa Favre").findElement(By.cssSelector(".mp-check-in")));
        waitForMessage(browser, "Arrivée enregistrée.");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(
                        d ->
                                row("Midi avec repas", "Léa Favre")
                                        .getText()
                                        .contains("Arrivé·e à 12:1"));
        assertThat(row("Midi avec repas", "Léa Favre").getAttribute("class"))
                .doesNotContain("mp-late");

        click(
                browser,
                row("Midi avec repas", "Emma Dubuis")
                        .findElement(By.xpath(".//button[contains(., 'Absent·e sans annonce')]")));
        browser.waitForVisible(".ui-confirm-dialog");
        click(browser, browser.find(".ui-confirm-dialog .ui-confirmdialog-yes"));
        waitForMessage(browser, "Absence non annoncée enregistrée.");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(
                        d ->
                                row("Midi avec repas", "Emma Dubuis")
                                        .getText()
                                        .contains("Absence non annoncée · facturée"));

        click(
                browser,
                row("Midi avec repas", "Emma Dubuis")
                        .findElement(By.xpath(".//button[contains(., 'Excuser')]")));
        browser.waitForVisible("#presence\\:excuseReason");
        browser.find("#presence\\:excuseReason").sendKeys("Sortie scolaire annoncée par l'école");
        click(browser, browser.find("#presence\\:confirmExcuse"));
        waitForMessage(browser, "L'absence est excusée");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(
                        d ->
                                row("Midi avec repas", "Emma Dubuis")
                                        .getText()
                                        .contains("non facturée"));
        assertThat(browser.text("#occupancy")).contains("Midi avec repas");

        // an information item for the afternoon unit of the day: Léa's parents see it
        browser.find("#presence\\:infoTitle").sendKeys("Prévoir des bottes");
        browser.find("#presence\\:infoBody").sendKeys("Sortie au bois");
        new org.openqa.selenium.support.ui.Select(browser.find("#presence\\:infoUnit"))
                .selectByVisibleText("Après-midi");
        click(browser, browser.find("#presence\\:postInformation"));
        waitForMessage(browser, "L'information est publiée");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#informationList").contains("Prévoir des bottes"));

        String pdf = pdfText(browser, browser.find("#print").getAttribute("href"));
        assertThat(pdf).contains("Liste de présence", "09.03.2027", "Léa Favre", "Emma Dubuis");
        browser.save("presence");
        browser.driver().manage().deleteAllCookies();
        // the second factor is checked against the application's clock: back to now first
        browser.open(url("/it/clock"));

        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/it/clock?at=2027-03-09T12:30"));
        browser.open(url("/parent/agenda.xhtml"));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#agendaForm").contains("Prévoir des bottes"));
    }

    @Test
    void aParentCannotOpenThePresenceList() {
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/staff/presence.xhtml"));
        assertThat(browser.text("h1")).isEqualTo("Accès refusé");
        assertThat(browser.driver().getPageSource()).doesNotContain("Emma Dubuis");
    }

    private WebElement unit(String name) {
        return browser.driver()
                .findElement(
                        By.xpath(
                                "//section[contains(@class,'mp-presence-unit')][h2[contains(., '"
                                        + name
                                        + "')]]"));
    }

    private WebElement row(String unit, String child) {
        return unit(unit).findElement(By.xpath(".//tr[th[contains(., '" + child + "')]]"));
    }
}
