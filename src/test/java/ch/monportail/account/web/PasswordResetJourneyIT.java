package ch.monportail.account.web;

import static ch.monportail.account.boundary.AccountDemoData.ADMIN_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.ADMIN_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.OTHER_FAMILY_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.account.control.Totp;
import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.PortalLogin;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The user guide's first steps against a real SMTP server (GreenMail on port 3025, where the test
 * domain's {@code mail/monportail} points): « Mot de passe oublié » → the e-mail → choose a
 * password → logged in; the link works once; unknown addresses get the same answer and no e-mail.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetJourneyIT {

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(
                            GreenMailConfiguration.aConfig().withUser("monportail", "not-a-secret"))
                    .withPerMethodLifecycle(false);

    @RegisterExtension static Browser browser = new Browser();

    private static final Pattern LINK =
            Pattern.compile("https?://\\S+/password-reset\\.xhtml\\?token=[A-Za-z0-9_-]{43}");

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

    private long requestLink(String email) {
        browser.open(url("/login.xhtml"));
        browser.find("#login\\:email").sendKeys(email);
        browser.clickAndWaitForPage("#login\\:forgotten");
        browser.waitForUrlContaining("/password-forgotten.xhtml");
        assertThat(browser.find("#forgotten\\:email").getAttribute("value")).isEqualTo(email);
        long start = System.nanoTime();
        browser.clickAndWaitForPage("#forgotten\\:send");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(browser.text("#messages")).contains("Si un compte existe pour " + email);
        return millis;
    }

    /** The text of a message as a reader sees it (quoted-printable soft breaks undone). */
    private static String text(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }

    /** The link of that shape in the message; fails when there is none. */
    private static String link(Pattern shape, MimeMessage mail) {
        Matcher link = shape.matcher(text(mail));
        assertThat(link.find()).as("a link in:%n%s", text(mail)).isTrue();
        return link.group();
    }

    private MimeMessage awaitMailTo(String recipient, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] messages = smtp.getReceivedMessagesForDomain(recipient);
            if (messages.length >= count) {
                return messages[count - 1];
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no e-mail #" + count + " to " + recipient + " within 40 s");
    }

    @Test
    void firstLoginThroughPasswordForgottenThenTheLinkWorksOnce() throws Exception {
        long unknown = requestLink("personne@nulle-part.example");
        browser.assertAccessible("password-forgotten-sent");
        long known = requestLink(OTHER_FAMILY_EMAIL);
        System.out.printf(
                "reset request: unknown e-mail %d ms, known e-mail %d ms%n", unknown, known);
        assertThat(Math.abs(known - unknown))
                .as("same response time, known or not")
                .isLessThan(400);

        MimeMessage mail = awaitMailTo(OTHER_FAMILY_EMAIL, 1);
        assertThat(mail.getSubject()).contains("mot de passe");
        String resetUrl = link(LINK, mail);

        browser.open(resetUrl);
        assertThat(browser.text("#hello")).contains("Bonjour Luca");
        browser.assertAccessible("password-reset");
        browser.find("#resetForm\\:password").sendKeys("1234567890");
        browser.find("#resetForm\\:confirmation").sendKeys("1234567890");
        browser.waitForText("#resetForm\\:strength");
        browser.clickAndWaitForPage("#resetForm\\:save");
        assertThat(browser.text("#messages")).contains("trop courant");

        String chosen = "Luca-Rossi-Vercorin-2026";
        browser.typeAndWaitForUpdate(
                "#resetForm\\:strength",
                () -> {
                    browser.find("#resetForm\\:password").clear();
                    browser.find("#resetForm\\:password").sendKeys(chosen);
                });
        browser.find("#resetForm\\:confirmation").clear();
        browser.find("#resetForm\\:confirmation").sendKeys(chosen);
        browser.clickAndWaitForPage("#resetForm\\:save");

        browser.waitForUrlContaining("/parent/agenda.xhtml");
        assertThat(browser.text("#currentUser")).contains("Luca Rossi");
        assertThat(browser.text("#messages")).contains("Votre mot de passe est enregistré");

        browser.driver().manage().deleteAllCookies();
        browser.open(resetUrl);
        assertThat(browser.text("#invalidText")).contains("plus valable");

        MimeMessage changed = awaitMailTo(OTHER_FAMILY_EMAIL, 2);
        assertThat(changed.getSubject()).contains("a été changé");
        for (MimeMessage m : smtp.getReceivedMessages()) {
            assertThat(m.getAllRecipients()[0].toString())
                    .as("nothing was sent for the unknown address")
                    .isNotEqualTo("personne@nulle-part.example");
        }
    }

    @Test
    void theUserGuidesFirstLoginFromAnAccountCreatedByTheService() throws Exception {
        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/accounts.xhtml"));
        browser.assertAccessible("admin-accounts");
        String email = "nora.nouveau@demo.monportail.ch";
        browser.find("#create\\:email").sendKeys(email);
        browser.find("#create\\:firstName").sendKeys("Nora");
        browser.find("#create\\:lastName").sendKeys("Nouveau");
        browser.clickAndWaitForPage("#create\\:save");
        assertThat(browser.text("#messages")).contains("est créé et l'invitation est envoyée");
        assertThat(browser.text("#list\\:accounts")).contains(email, "Sans mot de passe");
        browser.clickAndWaitForPage("#logoutForm\\:logout");

        MimeMessage invitation = awaitMailTo(email, 1);
        String invitationText = text(invitation);
        assertThat(invitationText).contains("Bonjour Nora", "Mot de passe oubli");
        assertThat(invitationText).contains(url("/login.xhtml"));

        browser.driver().manage().deleteAllCookies();
        requestLink(email);
        browser.open(link(LINK, awaitMailTo(email, 2)));
        String chosen = "Nora-au-Mont-Gele-2026";
        browser.find("#resetForm\\:password").sendKeys(chosen);
        browser.find("#resetForm\\:confirmation").sendKeys(chosen);
        browser.waitForText("#resetForm\\:strength");
        browser.clickAndWaitForPage("#resetForm\\:save");
        browser.waitForUrlContaining("/parent/agenda.xhtml");
        assertThat(browser.text("#currentUser")).contains("Nora Nouveau");
        assertThat(browser.text("h1")).isEqualTo("Agenda de votre enfant");
    }

    @Test
    void aNewAdminEnrolsTheSecondFactorAtFirstLoginAndThenNeedsTheCode() throws Exception {
        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/accounts.xhtml"));
        String email = "nouvelle.admin@demo.monportail.ch";
        browser.find("#create\\:email").sendKeys(email);
        browser.find("#create\\:firstName").sendKeys("Alice");
        browser.find("#create\\:lastName").sendKeys("Nouvelle");
        new org.openqa.selenium.support.ui.Select(browser.find("#create\\:role"))
                .selectByValue("ADMIN");
        browser.clickAndWaitForPage("#create\\:save");
        browser.clickAndWaitForPage("#logoutForm\\:logout");
        browser.driver().manage().deleteAllCookies();

        requestLink(email);
        browser.open(link(LINK, awaitMailTo(email, 2)));
        String password = "Alice-Admin-Conthey-2026";
        browser.find("#resetForm\\:password").sendKeys(password);
        browser.find("#resetForm\\:confirmation").sendKeys(password);
        browser.waitForText("#resetForm\\:strength");
        browser.clickAndWaitForPage("#resetForm\\:save");

        browser.waitForUrlContaining("/login-enrol.xhtml");
        browser.assertAccessible("second-factor-enrolment");
        String key = browser.text("#secret");
        assertThat(key).matches("[A-Z2-7]{32}");
        browser.find("#enrol\\:enrolCode").sendKeys("000000");
        browser.clickAndWaitForPage("#enrol\\:confirm");
        assertThat(browser.text("#messages")).contains("Code incorrect");
        browser.find("#enrol\\:enrolCode").sendKeys(Totp.code(key, Totp.step(Instant.now())));
        browser.clickAndWaitForPage("#enrol\\:confirm");
        java.util.List<String> recovery =
                browser.findAll(".mp-recovery code").stream()
                        .map(org.openqa.selenium.WebElement::getText)
                        .toList();
        assertThat(recovery).hasSize(10);
        browser.clickAndWaitForPage("#enrol\\:continue");
        browser.waitForUrlContaining("/admin/index.xhtml");
        browser.clickAndWaitForPage("#logoutForm\\:logout");
        browser.driver().manage().deleteAllCookies();

        browser.open(url("/login.xhtml"));
        browser.find("#login\\:email").sendKeys(email);
        browser.find("#login\\:password").sendKeys(password);
        browser.clickAndWaitForPage("#login\\:submit");
        browser.waitForUrlContaining("/login-code.xhtml");
        browser.assertAccessible("second-factor-code");
        browser.find("#code\\:value").sendKeys("123456");
        browser.clickAndWaitForPage("#code\\:verify");
        assertThat(browser.text("#messages")).contains("Code incorrect");
        browser.open(url("/admin/index.xhtml"));
        browser.waitForUrlContaining("/login.xhtml");

        browser.open(url("/login.xhtml"));
        browser.find("#login\\:email").sendKeys(email);
        browser.find("#login\\:password").sendKeys(password);
        browser.clickAndWaitForPage("#login\\:submit");
        browser.waitForUrlContaining("/login-code.xhtml");
        browser.find("#code\\:value").sendKeys(recovery.get(0));
        browser.clickAndWaitForPage("#code\\:verify");
        browser.waitForUrlContaining("/admin/index.xhtml");
        assertThat(browser.text("#currentUser")).contains("Alice Nouvelle");
        browser.clickAndWaitForPage("#logoutForm\\:logout");
        browser.driver().manage().deleteAllCookies();

        // lost phone: the service resets Alice's second factor; she enrols again at her next login
        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/accounts.xhtml"));
        WebElement reset =
                browser.driver()
                        .findElement(
                                By.xpath(
                                        "//tr[contains(., '"
                                                + email
                                                + "')]//button[contains(., 'Réinitialiser la double authentification')]"));
        reset.click();
        browser.waitForText("#messages");
        assertThat(browser.text("#messages"))
                .contains("La double authentification est réinitialisée");
        browser.clickAndWaitForPage("#logoutForm\\:logout");
        browser.driver().manage().deleteAllCookies();
        browser.open(url("/login.xhtml"));
        browser.find("#login\\:email").sendKeys(email);
        browser.find("#login\\:password").sendKeys(password);
        browser.clickAndWaitForPage("#login\\:submit");
        browser.waitForUrlContaining("/login-enrol.xhtml");
    }

    @Test
    void anEmailChangeTakesEffectWhenTheNewAddressConfirmsIt() throws Exception {
        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/accounts.xhtml"));
        String old = "emile.ancien@demo.monportail.ch";
        String renewed = "emile.nouveau@demo.monportail.ch";
        browser.find("#create\\:email").sendKeys(old);
        browser.find("#create\\:firstName").sendKeys("Émile");
        browser.find("#create\\:lastName").sendKeys("Changeant");
        browser.clickAndWaitForPage("#create\\:save");
        WebElement change =
                browser.driver()
                        .findElement(
                                By.xpath(
                                        "//tr[contains(., '"
                                                + old
                                                + "')]//button[contains(., \"Changer l'e-mail\")]"));
        change.click();
        browser.waitForVisible("#emailChange\\:newEmail");
        browser.find("#emailChange\\:newEmail").sendKeys(renewed);
        browser.clickAndWaitForPage("#emailChange\\:send");
        assertThat(browser.text("#messages"))
                .contains("Un lien de confirmation est envoyé à " + renewed);

        String confirmUrl =
                link(
                        Pattern.compile(
                                "https?://\\S+/email-confirm\\.xhtml\\?token=[A-Za-z0-9_-]{43}"),
                        awaitMailTo(renewed, 1));
        browser.driver().manage().deleteAllCookies();
        browser.open(confirmUrl);
        assertThat(browser.text("#result")).contains("C'est fait", renewed);
        browser.open(confirmUrl);
        assertThat(browser.text("#result")).contains("plus valable");

        MimeMessage told = awaitMailTo(old, 2);
        assertThat(told.getSubject()).contains("adresse e-mail a été changée");
    }

    @Test
    void changingThePasswordEndsTheOtherSessions() {
        browser.open(url("/login.xhtml"));
        browser.find("#login\\:email").sendKeys(PARENT_EMAIL);
        browser.find("#login\\:password").sendKeys(PARENT_PASSWORD);
        browser.clickAndWaitForPage("#login\\:submit");
        browser.waitForUrlContaining("/parent/agenda.xhtml");
        Cookie firstSession = browser.driver().manage().getCookieNamed("JSESSIONID");

        browser.driver().manage().deleteAllCookies();
        browser.open(url("/login.xhtml"));
        browser.find("#login\\:email").sendKeys(PARENT_EMAIL);
        browser.find("#login\\:password").sendKeys(PARENT_PASSWORD);
        browser.clickAndWaitForPage("#login\\:submit");
        browser.open(url("/account/password.xhtml"));
        browser.assertAccessible("change-password");
        String temporary = "Claire-Temporaire-Sion-42";
        browser.find("#change\\:current").sendKeys(PARENT_PASSWORD);
        browser.find("#change\\:password").sendKeys(temporary);
        browser.find("#change\\:confirmation").sendKeys(temporary);
        browser.waitForText("#change\\:strength");
        browser.clickAndWaitForPage("#change\\:save");
        assertThat(browser.text("#messages")).contains("Votre mot de passe est changé");
        Cookie secondSession = browser.driver().manage().getCookieNamed("JSESSIONID");

        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(firstSession);
        browser.open(url("/parent/agenda.xhtml"));
        browser.waitForUrlContaining("/login.xhtml");

        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(secondSession);
        browser.open(url("/account/password.xhtml"));
        assertThat(browser.text("h1"))
                .as("the session that changed it stays")
                .isEqualTo("Changer le mot de passe");
        browser.find("#change\\:current").sendKeys(temporary);
        browser.find("#change\\:password").sendKeys(PARENT_PASSWORD);
        browser.find("#change\\:confirmation").sendKeys(PARENT_PASSWORD);
        browser.waitForText("#change\\:strength");
        browser.clickAndWaitForPage("#change\\:save");
        assertThat(browser.text("#messages")).contains("Votre mot de passe est changé");
    }
}
