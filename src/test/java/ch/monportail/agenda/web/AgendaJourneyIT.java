package ch.monportail.agenda.web;

import static ch.monportail.account.boundary.AccountDemoData.EDUCATOR_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.EDUCATOR_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_PASSWORD;
import static ch.monportail.it.Journeys.click;
import static ch.monportail.it.Journeys.clock;
import static ch.monportail.it.Journeys.openDay;
import static ch.monportail.it.Journeys.waitForMessage;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.it.AgendaStatementsServlet;
import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.ItClock;
import ch.monportail.it.ItClockServlet;
import ch.monportail.it.Journeys;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The parent's agenda (issue 6): Claire Favre opens Léa's agenda on Wednesday 10.03.2027 (the
 * application's clock is set by the test), announces a holiday absence for next Tuesday before the
 * cut-off ("non facturée"), withdraws it, then — after 18:00 — announces tomorrow's absence, which
 * is late ("facturée CHF …"); on a phone-sized screen the agenda is a list; another family's child
 * id is "not found".
 */
@ExtendWith(ArquillianExtension.class)
class AgendaJourneyIT {

    private static final String OTHER_FAMILY_EMAIL = "nathalie.mayor@demo.monportail.ch";

    @RegisterExtension static Browser browser = new Browser();

    @ArquillianResource private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.warWithTests(
                ItClock.class, ItClockServlet.class, AgendaStatementsServlet.class);
    }

    @AfterEach
    void resetClockAndSession() {
        browser.open(url("/it/clock"));
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.driver().manage().deleteAllCookies();
    }

    private String url(String path) {
        return PortalLogin.url(base, path);
    }

    @Test
    void theParentAnnouncesAnAbsenceBeforeAndAfterTheCutoff() {
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        clock(browser, base, "2027-03-10T17:00");
        openAgenda();
        assertThat(browser.text("#childSwitch")).contains("Léa", "Noé");
        assertThat(browser.text("#childName")).isEqualTo("Léa");
        assertThat(browser.text(".fc-toolbar-title")).containsIgnoringCase("mars 2027");
        assertThat(browser.text("#legend")).contains("Absence non facturée", "Jour férié");
        browser.assertAccessible("agenda");

        // Tuesday 16.03: announced on Wednesday at 17:00, before Monday's cut-off → not billed
        openDay(browser, "2027-03-16");
        assertThat(browser.text("#dayUnits")).contains("Midi avec repas", "Après-midi", "Prévue");
        assertThat(browser.text("#absenceForm"))
                .contains("Sans frais jusqu'au", "15.03.2027 18:00");
        new Select(browser.find("#dayForm\\:reason")).selectByVisibleText("Vacances");
        checkConsequence();
        assertThat(browser.text("#consequence")).isEqualTo("Cette absence ne sera pas facturée.");
        browser.find("#dayForm\\:confirm").click();
        waitForMessage(browser, "L'absence est enregistrée ; elle n'est pas facturée.");
        assertThat(browser.text("#dayUnits")).contains("Vacances · non facturée");
        browser.assertAccessible("agenda-day");

        // ... and withdrawn: the child comes after all
        for (int left = 2; left > 0; left--) {
            int remaining = left - 1;
            browser.findAll("#dayUnits button").get(0).click();
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> browser.findAll("#dayUnits button").size() == remaining);
        }
        waitForMessage(browser, "L'absence est retirée.");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !browser.text("#dayUnits").contains("non facturée"));

        // Thursday 11.03 at 18:05 on Wednesday: after the cut-off → billed at the family's prices
        clock(browser, base, "2027-03-10T18:05");
        openAgenda();
        openDay(browser, "2027-03-11");
        new Select(browser.find("#dayForm\\:reason")).selectByVisibleText("Autre");
        checkConsequence();
        String consequence = browser.text("#consequence");
        assertThat(consequence).matches("Cette absence sera facturée CHF [0-9]+\\.[0-9]{2}");
        assertThat(browser.text(".mp-preview-lines"))
                .contains("11.03.2027", "annonce tardive, facturée");
        browser.find("#dayForm\\:confirm").click();
        waitForMessage(browser, "L'absence est enregistrée ; elle est facturée CHF");
        assertThat(browser.text("#dayUnits")).contains("Autre · facturée");
        assertThat(browser.findAll("#dayUnits button")).isEmpty();
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#agendaForm").contains("facturée CHF"));
    }

    @Test
    void aParentRequestsExtraCareTheEducatorApprovesAndTheParentSeesIt() {
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        clock(browser, base, "2027-03-09T08:00");
        openAgenda();
        // Wednesday: Léa's contract plans nothing, the UAPE is open
        openDay(browser, "2027-03-10");
        assertThat(browser.text("#dayTile")).contains("Aucune prestation prévue");
        Select unit = new Select(browser.find("#dayForm\\:extraUnit"));
        String option =
                unit.getOptions().stream()
                        .map(WebElement::getText)
                        .filter(t -> t.startsWith("Midi avec repas"))
                        .findFirst()
                        .orElseThrow();
        assertThat(option).matches("Midi avec repas 11:45–13:45 · CHF [0-9]+\\.[0-9]{2}");
        unit.selectByVisibleText(option);
        browser.find("#dayForm\\:extraNote").sendKeys("Séance tardive");
        WebElement request = browser.find("#dayForm\\:requestExtra");
        click(browser, request);
        waitForMessage(browser, "La demande est envoyée");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#extraList").contains("en attente"));
        browser.assertAccessible("agenda-extra-care");
        browser.driver().manage().deleteAllCookies();
        // the second factor is checked against the application's clock: back to now first
        browser.open(url("/it/clock"));

        PortalLogin.logIn(browser, base, EDUCATOR_EMAIL, EDUCATOR_PASSWORD);
        clock(browser, base, "2027-03-09T08:05");
        browser.open(url("/staff/presence.xhtml"));
        WebElement row =
                browser.driver()
                        .findElement(
                                By.xpath(
                                        "//section[@id='pendingExtras']//tr[th[contains(., 'Léa"
                                                + " Favre')]][td[contains(., '10.03.2027')]]"));
        assertThat(row.getText()).contains("Midi avec repas");
        WebElement approve = row.findElement(By.cssSelector(".mp-approve"));
        click(browser, approve);
        waitForMessage(browser, "Le dépannage est accepté");
        browser.driver().manage().deleteAllCookies();
        // the second factor is checked against the application's clock: back to now first
        browser.open(url("/it/clock"));

        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        clock(browser, base, "2027-03-09T08:10");
        openAgenda();
        openDay(browser, "2027-03-10");
        assertThat(browser.text("#extraList")).contains("Midi avec repas", "accepté");
        assertThat(browser.text("#agendaForm")).contains("Dépannage accepté");
    }

    @Test
    void theParentSwitchesOnThePhoneCalendarFeedAndRevokesIt() throws Exception {
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        clock(browser, base, "2027-03-10T08:00");
        openAgenda();
        browser.clickAndWaitForPage("#agendaForm\\:feedLink");
        browser.assertAccessible("agenda-feed");
        browser.find("#feed\\:enable").click();
        browser.waitForVisible("#feed\\:url");
        String feed = browser.find("#feed\\:url").getAttribute("value");
        assertThat(feed).contains("/feed/agenda.ics?token=");
        java.net.http.HttpResponse<String> ics = get(feed);
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(ics.body()).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "Léa", "Noé");

        WebElement revoke = browser.find("#feed\\:revoke");
        click(browser, revoke);
        browser.waitForVisible(".ui-confirm-dialog");
        browser.find(".ui-confirm-dialog .ui-confirmdialog-yes").click();
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.findAll("#feed\\:revoke").isEmpty());
        assertThat(get(feed).statusCode()).isEqualTo(404);
    }

    private static java.net.http.HttpResponse<String> get(String url) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void onAPhoneTheAgendaIsAListAndADayOpensBelowIt() {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        clock(browser, base, "2027-03-08T07:00");
        openAgenda();
        browser.waitForVisible(".fc-list");
        assertThat(browser.text(".fc-list")).contains("Midi avec repas");
        WebElement first = browser.find(".fc-list-event-title");
        // the day the event is listed under: the click opens that day (the event's start date)
        String listedOn =
                browser.driver()
                        .findElement(
                                By.xpath(
                                        "(//tr[contains(@class,'fc-list-event')])[1]"
                                                + "/preceding-sibling::tr[contains(@class,'fc-list-day')][1]"))
                        .getAttribute("data-date");
        assertThat(listedOn).startsWith("2027-03-");
        String swiss = Journeys.swissDate(listedOn);
        click(browser, first);
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#dayTitle").contains(swiss));
        assertThat(browser.text("#dayUnits")).contains("Midi avec repas");
        // today, after the cut-off: the parent can still announce, and sees it will be billed
        assertThat(browser.text("#absenceForm")).contains("Annoncer une absence");
        browser.assertAccessible("agenda-phone");
        browser.save("agenda-phone");
    }

    @Test
    void anotherFamilysChildIsNotFound() {
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        clock(browser, base, "2027-03-10T08:00");
        openAgenda();
        String childId = childIdOf("Noé");
        browser.driver().manage().deleteAllCookies();
        // the second factor is checked against the application's clock: back to now first
        browser.open(url("/it/clock"));

        PortalLogin.logIn(browser, base, OTHER_FAMILY_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/agenda.xhtml?child=" + childId));
        assertThat(browser.text("body")).doesNotContain("Noé").contains("introuvable");
    }

    /**
     * The month view loads with a bounded number of SQL statements: Noé's May 2027 with the demo
     * data, then with a generated history (an absence on every unit, five information items a day)
     * — the same count for many times the entries. The figures are printed for the notes.
     */
    @Test
    void theMonthViewIssuesABoundedNumberOfStatements() {
        PortalLogin.logIn(browser, base, PARENT_EMAIL, PARENT_PASSWORD);
        clock(browser, base, "2027-03-10T08:00");
        openAgenda();
        String childId = childIdOf("Noé");
        String range = "&from=2027-04-26&to=2027-06-06";
        String before = statements("?childId=" + childId + range);
        String after = statements("?childId=" + childId + range);
        browser.open(url("/it/agenda-statements?fill=" + childId + range));
        assertThat(browser.text("body")).matches("filled=[0-9]+");
        String large = statements("?childId=" + childId + range);
        if (count(large, "statements") > count(after, "statements")) {
            browser.open(url("/it/agenda-statements?sql=1&childId=" + childId + range));
            System.out.println("Statements with the generated history:\n" + browser.text("body"));
        }
        System.out.println("Agenda month view, demo data: " + before + " (warm: " + after + ")");
        System.out.println("Agenda month view, generated history: " + large);
        int demo = count(after, "statements");
        assertThat(count(large, "entries")).isGreaterThan(count(after, "entries") * 3);
        assertThat(count(large, "statements")).isLessThanOrEqualTo(demo);
        assertThat(demo).isBetween(1, 25);
    }

    private String statements(String query) {
        browser.open(url("/it/agenda-statements" + query));
        String text = browser.text("body").lines().findFirst().orElse("");
        assertThat(text).matches("statements=[0-9]+ entries=[0-9]+ micros=[0-9]+");
        return text;
    }

    private static int count(String figures, String name) {
        return Integer.parseInt(figures.replaceAll(".*" + name + "=([0-9]+).*", "$1"));
    }

    private String childIdOf(String firstName) {
        String href =
                browser.driver()
                        .findElement(
                                By.xpath(
                                        "//div[@id='childSwitch']//a[contains(., '"
                                                + firstName
                                                + "')]"))
                        .getAttribute("href");
        String childId = href.replaceAll("(?s).*child=([0-9]+).*", "$1");
        assertThat(childId).matches("[0-9]+");
        return childId;
    }

    private void openAgenda() {
        browser.open(url("/parent/agenda.xhtml"));
        browser.waitForVisible(".fc-view-harness");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !browser.findAll(".fc-event").isEmpty());
    }

    private void checkConsequence() {
        // the form's last ajax update (a unit ticked, the reason chosen) may still replace the
        // button: clicked once the page is quiet, again if it was replaced under the click (a stale
        // element is never clicked)
        browser.waitForAjaxIdle();
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(
                        d -> {
                            WebElement check = browser.find("#dayForm\\:check");
                            if (!check.isDisplayed()) {
                                return false;
                            }
                            click(browser, check);
                            return true;
                        });
        browser.waitForVisible("#consequence");
    }
}
