package ch.monportail.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.account.boundary.AccountDemoData;
import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.PortalLogin;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outbox under an SMTP outage and a server restart (DESIGN §2: "an SMTP outage delays mail but
 * loses none"): the message caused while the mail server is down waits, survives a restart of
 * Payara Server, and is delivered exactly once when the mail server is back.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @RegisterExtension static Browser browser = new Browser();

    @ArquillianResource private URL base;

    private GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aMessageCausedDuringAnSmtpOutageSurvivesARestartAndIsDeliveredOnce() throws Exception {
        String recipient = AccountDemoData.SECOND_PARENT_EMAIL;
        browser.open(PortalLogin.url(base, "/password-forgotten.xhtml"));
        browser.find("#forgotten\\:email").sendKeys(recipient);
        browser.clickAndWaitForPage("#forgotten\\:send");
        assertThat(browser.text("#messages")).contains(recipient);

        Thread.sleep(Duration.ofSeconds(12).toMillis()); // at least one failed delivery attempt
        restartServer();

        smtp =
                new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                        .withConfiguration(
                                GreenMailConfiguration.aConfig()
                                        .withUser("monportail", "not-a-secret"));
        smtp.start();
        assertThat(smtp.waitForIncomingEmail(Duration.ofSeconds(90).toMillis(), 1))
                .as("delivered after the outage and the restart")
                .isTrue();
        Thread.sleep(Duration.ofSeconds(25).toMillis()); // two more timer ticks
        assertThat(List.of(smtp.getReceivedMessages()))
                .as("exactly once")
                .hasSize(1)
                .allSatisfy(
                        m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo(recipient));
    }

    private static void restartServer() throws Exception {
        String asadmin = System.getProperty("payara.home") + "/bin/asadmin";
        Process process =
                new ProcessBuilder(
                                asadmin,
                                "--port",
                                System.getProperty("it.adminPort"),
                                "restart-domain",
                                "--domaindir",
                                System.getProperty("it.domaindir"),
                                System.getProperty("it.domain"))
                        .redirectErrorStream(true)
                        .redirectOutput(new File("target/outbox-it-restart.log"))
                        .start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("restart within 3 minutes").isTrue();
        assertThat(process.exitValue()).as("asadmin restart-domain").isZero();
        waitUntilReady();
    }

    private static void waitUntilReady() throws Exception {
        URL ready =
                new URL("http://localhost:" + System.getProperty("it.httpPort") + "/health/ready");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                var connection = (java.net.HttpURLConnection) ready.openConnection();
                connection.setConnectTimeout(2000);
                connection.setReadTimeout(5000);
                int status = connection.getResponseCode();
                if (status == 200) {
                    return;
                }
                try (var body = connection.getErrorStream()) {
                    String text =
                            body == null
                                    ? ""
                                    : new String(
                                            body.readAllBytes(),
                                            java.nio.charset.StandardCharsets.UTF_8);
                    // the outbox needs the application started with its database; the nightly
                    // debit timer (also in readiness) is not this test's business: once, after
                    // Arquillian's many redeployments, Payara restored no timer at the restart
                    if (text.contains("\"name\":\"started\",\"status\":\"UP\"")
                            && text.contains("\"name\":\"database\",\"status\":\"UP\"")) {
                        return;
                    }
                    last = status + " " + text;
                }
            } catch (java.io.IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the application is not ready after the restart: " + last);
    }
}
