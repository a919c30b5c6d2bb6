package ch.monportail.bench;

import static ch.monportail.account.boundary.AccountDemoData.ADMIN_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.it.BillingBenchmarkServlet;
import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.PortalLogin;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The billing benchmark of issue 7 (not part of the test suite: it runs only with {@code
 * -Dbench=true}, on PostgreSQL). Generates 3,000 children with contracts ({@code
 * -Dbench.children=N}) and prints the daily run and the whole-year catch-up with debits per second.
 * Targets on 2 cores: ≥ 5,000 debits/s for the daily run, the year for 3,000 children under 3
 * minutes. Run: {@code .ci/bench-billing} (starts a throwaway PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class BillingBenchmarkIT {

    @RegisterExtension static Browser browser = new Browser();

    @ArquillianResource private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.warWithTests(BillingBenchmarkServlet.class);
    }

    @Test
    void dailyRunAndWholeYearCatchUp() {
        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.driver().manage().timeouts().pageLoadTimeout(java.time.Duration.ofMinutes(30));
        browser.open(
                PortalLogin.url(
                        base,
                        "/it/bench/billing?children="
                                + System.getProperty("bench.children", "3000")
                                + "&catchup="
                                + System.getProperty("bench.catchup", "true")));
        String report = browser.text("body");
        System.out.println("\n=== Billing benchmark ===\n" + report + "\n");
        assertThat(report).contains("DONE").doesNotContain("ERROR");
    }
}
