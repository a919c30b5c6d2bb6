package ch.monportail.agenda.web;

import static ch.monportail.account.boundary.AccountDemoData.ADMIN_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.ADMIN_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_PASSWORD;
import static ch.monportail.it.Journeys.click;
import static ch.monportail.it.Journeys.clock;
import static ch.monportail.it.Journeys.openDay;
import static ch.monportail.it.Journeys.waitForMessage;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.family.boundary.FamilyDemoData;
import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.HolidayRaceServlet;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * Holiday care (issue 6): on 20.01.2027 (the application's clock set by the test) Claire Favre
 * registers Léa for the first day of the Carnival programme and, the 10th being full, puts her on
 * its waiting list; Emma's mother cancels Emma's place on the 10th; Léa gets it and her mother is
 * told by e-mail. Four registrations for the last two places of a day at the same moment: two get a
 * place, two wait.
 */
@ExtendWith(ArquillianExtension.class)
class HolidayCareJourneyIT {

    @RegisterExtension static Browser browser = new Browser();

    @ArquillianResource private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.warWithTests(
                ItClock.class, ItClockServlet.class, HolidayRaceServlet.class);
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
    void aParentRegistersJoinsTheWaitingListAndGetsTheFreedPlace() {
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        openFebruary("2027-01-20T10:00");
        openDay(browser, "2027-02-08");
        assertThat(browser.text("#holidayList"))
                .contains("Vacances de Carnaval", "Journée vacances", "places libres : 12 / 12");
        click(browser, browser.find("#holidayList .mp-register"));
        waitForMessage(browser, "L'inscription est enregistrée.");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#holidayList").contains("inscrit·e"));

        openDay(browser, "2027-02-10");
        assertThat(browser.text("#holidayList")).contains("complet");
        WebElement wait = browser.find("#holidayList .mp-register");
        assertThat(wait.getText()).isEqualTo("Mettre en liste d'attente");
        click(browser, wait);
        waitForMessage(browser, "liste d'attente");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#holidayList").contains("en liste d'attente"));
        browser.assertAccessible("agenda-holiday");
        browser.driver().manage().deleteAllCookies();
        // the second factor is checked against the application's clock: back to now first
        browser.open(url("/it/clock"));

        PortalLogin.logIn(browser, base, FamilyDemoData.SEPARATED_HOLDER_EMAIL, PARENT_PASSWORD);
        openFebruary("2027-01-20T11:00");
        openDay(browser, "2027-02-10");
        click(browser, browser.find("#holidayList .mp-cancel-holiday"));
        browser.waitForVisible(".ui-confirm-dialog");
        click(browser, browser.find(".ui-confirm-dialog .ui-confirmdialog-yes"));
        waitForMessage(browser, "L'inscription est annulée, sans frais.");
        browser.driver().manage().deleteAllCookies();
        // the second factor is checked against the application's clock: back to now first
        browser.open(url("/it/clock"));

        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        openFebruary("2027-01-20T12:00");
        openDay(browser, "2027-02-10");
        assertThat(browser.text("#holidayList")).contains("inscrit·e").doesNotContain("attente");
        browser.driver().manage().deleteAllCookies();
        // the second factor is checked against the application's clock: back to now first
        browser.open(url("/it/clock"));

        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/outbox.xhtml"));
        assertThat(browser.text("body")).contains("une place s'est libérée pour Léa le 10.02.2027");
    }

    @Test
    void fourParentsForTwoPlacesAtTheSameMoment() {
        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/it/holiday-race"));
        String result = browser.text("body");
        System.out.println("Holiday race: " + result);
        assertThat(result).startsWith("registered=2 waiting=2 children=4");
    }

    private void openFebruary(String clock) {
        browser.open(url("/it/clock?at=" + clock));
        browser.open(url("/parent/agenda.xhtml"));
        browser.waitForVisible(".fc-view-harness");
        click(browser, browser.find(".fc-next-button"));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(
                        d ->
                                browser.text(".fc-toolbar-title").toLowerCase().contains("février")
                                        && !browser.findAll(".fc-event").isEmpty());
    }
}
