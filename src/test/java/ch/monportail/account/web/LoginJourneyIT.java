package ch.monportail.account.web;

import static ch.monportail.account.boundary.AccountDemoData.ADMIN_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.ADMIN_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.EDUCATOR_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.EDUCATOR_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.SECOND_PARENT_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.PortalLogin;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The login journeys of the foundation issue, in headless Chromium against the real WAR on Payara
 * Server, each page checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class LoginJourneyIT {

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

    private void login(String email, String password) {
        PortalLogin.logIn(browser, base, email, password);
    }

    private List<String> menuItems() {
        browser.find("#menuForm\\:mainMenu_button").click();
        browser.waitForVisible("#menuForm\\:mainMenu_menu");
        List<String> items =
                browser.findAll("#menuForm\\:mainMenu_menu .ui-menuitem-text").stream()
                        .map(WebElement::getText)
                        .toList();
        return items;
    }

    private void closeMenu() {
        browser.driver()
                .findElement(org.openqa.selenium.By.tagName("body"))
                .sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.find("h1").click();
        browser.waiting()
                .until(
                        org.openqa.selenium.support.ui.ExpectedConditions
                                .invisibilityOfElementLocated(
                                        org.openqa.selenium.By.cssSelector(
                                                "#menuForm\\:mainMenu_menu")));
    }

    private String sessionCookie() {
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    @Test
    void parentLogsInAndSeesTheFrameInFrenchWithoutStaffMenu() {
        browser.open(url("/"));
        browser.waitForUrlContaining("/login.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Connexion");
        assertThat(browser.find("#login\\:forgotten").getText()).isEqualTo("Mot de passe oublié ?");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("jsessionid");
        browser.assertAccessible("login");
        String before = sessionCookie();

        login(PARENT_EMAIL, PARENT_PASSWORD);

        browser.waitForUrlContaining("/parent/agenda.xhtml");
        assertThat(sessionCookie())
                .as("a new session id at login")
                .isNotNull()
                .isNotEqualTo(before);
        assertThat(browser.text("h1")).isEqualTo("Agenda de votre enfant");
        assertThat(browser.text("#currentUser")).contains("Claire Favre");
        assertThat(browser.text("#childName")).isEqualTo("Léa");
        assertThat(browser.driver().getPageSource()).doesNotContain("jsessionid");
        List<String> items = menuItems();
        assertThat(items)
                .containsExactly(
                        "Agenda",
                        "Données personnelles et professionnelles",
                        "Enfants",
                        "Personnes autorisées à venir chercher votre enfant",
                        "Contrat",
                        "Paiements",
                        "Transactions",
                        "Téléchargements",
                        "Double authentification",
                        "Mot de passe");
        browser.assertAccessible("parent-agenda-menu-open");

        browser.clickAndWaitForPage("#menuForm\\:mPickup");
        assertThat(browser.text("h1"))
                .isEqualTo("Personnes autorisées à venir chercher votre enfant");
        assertThat(browser.text("#childName")).isEqualTo("Léa Favre");
    }

    @Test
    void parentAskingForAnAdminPageGetsTheAccessDeniedPage() {
        login(PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/admin/index.xhtml"));
        assertThat(browser.text("h1")).isEqualTo("Accès refusé");
        assertThat(browser.text("#errorText")).contains("droits nécessaires");
        assertThat(browser.driver().getPageSource()).doesNotContain("Journal d'audit");
        browser.assertAccessible("access-denied");

        browser.open(url("/staff/index.xhtml"));
        assertThat(browser.text("h1")).isEqualTo("Accès refusé");
    }

    @Test
    void wrongPasswordShowsAMessageAndOpensNoSession() {
        login(PARENT_EMAIL, "not-the-password-123");
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
        assertThat(browser.text("#messages")).contains("Adresse e-mail ou mot de passe incorrect.");
        assertThat(browser.find("#login\\:password").getAttribute("value")).isEmpty();
        browser.assertAccessible("login-failed");

        browser.open(url("/parent/agenda.xhtml"));
        browser.waitForUrlContaining("/login.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Connexion");
    }

    @Test
    void aLoginPageLeftOpenPastTheSessionStillLogsIn() {
        browser.open(url("/login.xhtml"));
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.find("#login\\:email").sendKeys(PARENT_EMAIL);
        browser.find("#login\\:password").sendKeys(PARENT_PASSWORD);
        browser.clickAndWaitForPage("#login\\:submit");
        browser.waitForUrlContaining("/parent/agenda.xhtml");
        assertThat(browser.text("#currentUser")).contains("Claire Favre");
    }

    @Test
    void unknownEmailGetsTheSameMessage() {
        login("nobody@nowhere.example", "whatever-password-1");
        assertThat(browser.text("#messages")).contains("Adresse e-mail ou mot de passe incorrect.");
    }

    @Test
    void logoutEndsTheSessionAndTheBackButtonShowsNothingPrivate() {
        login(PARENT_EMAIL, PARENT_PASSWORD);
        browser.waitForUrlContaining("/parent/agenda.xhtml");
        browser.clickAndWaitForPage("#logoutForm\\:logout");

        browser.waitForUrlContaining("/login.xhtml");
        assertThat(browser.text("#messages")).contains("Vous êtes déconnecté");
        browser.assertAccessible("logged-out");

        browser.driver().navigate().back();
        browser.waitForUrlContaining("/login.xhtml");
        assertThat(browser.driver().getPageSource()).doesNotContain("Claire Favre");
        browser.open(url("/parent/agenda.xhtml"));
        browser.waitForUrlContaining("/login.xhtml");
        assertThat(browser.driver().getPageSource()).doesNotContain("Claire Favre");
    }

    @Test
    void anExpiredSessionIsExplainedOnTheLoginPage() {
        login(PARENT_EMAIL, PARENT_PASSWORD);
        browser.waitForUrlContaining("/parent/agenda.xhtml");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");

        browser.open(url("/parent/contracts.xhtml"));
        browser.waitForUrlContaining("/login.xhtml");
        assertThat(browser.text("#messages")).contains("Votre session a expiré");

        login(PARENT_EMAIL, PARENT_PASSWORD);
        browser.waitForUrlContaining("/parent/contracts.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Contrat");
    }

    @Test
    void adminLogsInToTheAdminStartPageAndSeesTheAuditLog() throws Exception {
        login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.waitForUrlContaining("/admin/index.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Administration");
        assertThat(menuItems())
                .contains("Accueil du personnel", "Administration", "Journal d'audit")
                .doesNotContain("Paiements");
        closeMenu();
        browser.assertAccessible("admin-home");

        browser.clickAndWaitForPage("#toAudit");
        assertThat(browser.text("h1")).isEqualTo("Journal d'audit");
        assertThat(browser.text("#audit")).contains("Connexion", ADMIN_EMAIL);
        browser.assertAccessible("admin-audit");

        browser.find("#filter\\:who").sendKeys("educatrice@");
        new org.openqa.selenium.support.ui.Select(browser.find("#filter\\:action"))
                .selectByValue("LOGIN");
        browser.clickAndWaitForPage("#filter\\:search");
        assertThat(browser.text("#audit")).contains(EDUCATOR_EMAIL).doesNotContain(ADMIN_EMAIL);
        browser.find("#filter\\:export").click();
        String csv =
                new String(
                        browser.downloaded("audit-log.csv"),
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFDate;Utilisateur;Action;Détail;Adresse IP\r\n");
        assertThat(csv.lines().skip(1))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains(EDUCATOR_EMAIL, ";Connexion;"));
    }

    @Test
    void educatorLogsInToTheStaffStartPage() {
        login(EDUCATOR_EMAIL, EDUCATOR_PASSWORD);
        browser.waitForUrlContaining("/staff/index.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Accueil du personnel");
        assertThat(browser.text("#today")).matches("Aujourd'hui : \\d{2}\\.\\d{2}\\.\\d{4}");
        assertThat(menuItems())
                .containsExactly(
                        "Accueil du personnel",
                        "Listes de présence",
                        "Enfants accueillis",
                        "Documents reçus",
                        "Double authentification",
                        "Mot de passe");
        browser.assertAccessible("staff-home");
        browser.open(url("/admin/index.xhtml"));
        assertThat(browser.text("h1")).isEqualTo("Accès refusé");
    }

    @Test
    void theLanguageIsSwitchedEverywhereAndRememberedPerUser() {
        login(SECOND_PARENT_EMAIL, PARENT_PASSWORD);
        browser.waitForUrlContaining("/parent/agenda.xhtml");
        assertThat(browser.text("h1"))
                .as("Markus Favre's language is German")
                .isEqualTo("Agenda Ihres Kindes");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("de");
        // the second parent is not the account holder: no money pages (issue 7)
        assertThat(menuItems())
                .contains("Persönliche und berufliche Angaben")
                .doesNotContain("Zahlungen", "Buchungen");
        browser.assertAccessible("parent-agenda-de");

        browser.clickAndWaitForPage("#langForm\\:lang-en");
        assertThat(browser.text("h1")).isEqualTo("Your child's agenda");
        assertThat(browser.text("#logoutForm\\:logout")).isEqualTo("Log out");
        browser.clickAndWaitForPage("#logoutForm\\:logout");
        assertThat(browser.text("h1"))
                .as("the login page keeps the session's language")
                .isEqualTo("Log in");

        browser.driver().manage().deleteAllCookies();
        login(SECOND_PARENT_EMAIL, PARENT_PASSWORD);
        browser.waitForUrlContaining("/parent/agenda.xhtml");
        assertThat(browser.text("h1")).as("remembered per user").isEqualTo("Your child's agenda");

        browser.clickAndWaitForPage("#langForm\\:lang-de");
        assertThat(browser.text("h1")).isEqualTo("Agenda Ihres Kindes");
    }

    @Test
    void theMenuWorksWithTheKeyboard() {
        login(PARENT_EMAIL, PARENT_PASSWORD);
        browser.waitForUrlContaining("/parent/agenda.xhtml");
        WebElement button = browser.find("#menuForm\\:mainMenu_button");
        button.sendKeys(Keys.ENTER);
        browser.waitForVisible("#menuForm\\:mainMenu_menu");
        browser.waiting()
                .until(
                        d ->
                                d.switchTo()
                                        .activeElement()
                                        .getAttribute("class")
                                        .contains("ui-menuitem-link"));
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Agenda");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Données personnelles et professionnelles");
        focused.sendKeys(Keys.ENTER);
        browser.waitForUrlContaining("/parent/personal-data.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Données personnelles et professionnelles");
    }

    @Test
    void theFrameFitsAPhoneScreen() {
        browser.resize(375, 812);
        try {
            login(PARENT_EMAIL, PARENT_PASSWORD);
            browser.waitForUrlContaining("/parent/agenda.xhtml");
            long scrollWidth =
                    (Long)
                            ((JavascriptExecutor) browser.driver())
                                    .executeScript("return document.documentElement.scrollWidth");
            long clientWidth =
                    (Long)
                            ((JavascriptExecutor) browser.driver())
                                    .executeScript("return document.documentElement.clientWidth");
            assertThat(scrollWidth).as("no horizontal scrolling").isLessThanOrEqualTo(clientWidth);
            assertThat(browser.find("#menuForm\\:mainMenu_button").isDisplayed()).isTrue();
            assertThat(browser.find("#logoutForm\\:logout").isDisplayed()).isTrue();
            browser.assertAccessible("parent-agenda-phone");
            assertThat(menuItems()).hasSize(10);
        } finally {
            browser.resize(1280, 900);
        }
    }
}
