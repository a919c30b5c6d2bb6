package ch.monportail.ops;

import static ch.monportail.account.boundary.AccountDemoData.ADMIN_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.ADMIN_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.it.Browser;
import ch.monportail.it.Journeys;
import ch.monportail.it.PortalLogin;
import ch.monportail.platform.boundary.Clocks;
import ch.monportail.platform.control.SwissFormat;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Scale-out (issue 9): the portal on two Payara Server instances of one deployment group, as {@code
 * .ci/two-instances} sets them up (sessions replicated by the Domain Data Grid, no shared entity
 * cache). A parent logs in on instance A and goes on on instance B without logging in again (the
 * browser sends its session cookie to both, as behind a load balancer); the ADMIN records a payment
 * on A and the parent's balance on B shows it at once, to the centime; the parent logs out on B and
 * is logged out on A too. Not part of {@code mvn verify}: the script passes the two addresses
 * ({@code -Dtwo.instances=http://localhost:38180,http://localhost:38280}).
 */
@EnabledIfSystemProperty(named = "two.instances", matches = "http.+,http.+")
class TwoInstancesIT {

    @RegisterExtension static Browser parent = new Browser();

    @RegisterExtension static Browser admin = new Browser();

    private final URL a = instance(0);
    private final URL b = instance(1);

    private static URL instance(int which) {
        try {
            return new URL(System.getProperty("two.instances").split(",")[which].strip());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void aParentGoesOnOnTheOtherInstanceAndSeesAPaymentBookedOnTheFirst() {
        // logged in on A
        PortalLogin.logIn(parent, a, PARENT_EMAIL, PARENT_PASSWORD);
        parent.waitForUrlContaining("/parent/agenda.xhtml");
        assertThat(parent.text("#currentUser")).contains("Claire Favre");

        // the next click lands on B: same session, no login page
        parent.open(PortalLogin.url(b, "/parent/transactions.xhtml"));
        assertThat(parent.driver().getCurrentUrl())
                .as("instance B keeps the session opened on A")
                .startsWith(PortalLogin.url(b, "/parent/transactions.xhtml"));
        assertThat(parent.text("#currentUser")).contains("Claire Favre");
        long before = closingBalance();
        parent.save("two-instances-parent-on-b");

        // the ADMIN records a payment on A
        String note = "Versement deux instances " + System.currentTimeMillis() % 1_000_000;
        recordPaymentOnA(note, "12.35");

        // B reads the balance from the database: no stale copy of the account
        parent.open(PortalLogin.url(b, "/parent/transactions.xhtml"));
        assertThat(closingBalance()).isEqualTo(before + 1235);
        assertThat(parent.text("#lines")).contains(note);

        // back on A, still the same session and the same balance
        parent.open(PortalLogin.url(a, "/parent/transactions.xhtml"));
        assertThat(parent.driver().getCurrentUrl())
                .startsWith(PortalLogin.url(a, "/parent/transactions.xhtml"));
        assertThat(closingBalance()).isEqualTo(before + 1235);

        // logged out on B: logged out on A too
        parent.open(PortalLogin.url(b, "/parent/transactions.xhtml"));
        parent.clickAndWaitForPage("#logoutForm\\:logout");
        parent.open(PortalLogin.url(a, "/parent/transactions.xhtml"));
        parent.waitForUrlContaining("/login.xhtml");
        assertThat(parent.findAll("#currentUser")).isEmpty();
    }

    /** The closing balance of the month shown on the transactions page, in centimes. */
    private long closingBalance() {
        return parent.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> Journeys.cents(parent.findAll("#summary dd").get(1).getText()));
    }

    /** On A's billing page: Claire Favre's account, a payment received today. */
    private void recordPaymentOnA(String note, String amount) {
        PortalLogin.logIn(admin, a, ADMIN_EMAIL, ADMIN_PASSWORD);
        admin.open(PortalLogin.url(a, "/admin/billing.xhtml"));
        admin.waitForVisible("#tabs");
        WebElement table = admin.find("#tabs\\:accounts\\:balances");
        admin.find("#tabs\\:accounts\\:search").sendKeys(PARENT_EMAIL);
        Journeys.click(admin, admin.find("#tabs\\:accounts\\:find"));
        admin.waiting().until(ExpectedConditions.stalenessOf(table));
        admin.waitForVisible("#tabs\\:accounts\\:balances");
        List<WebElement> rows =
                admin.findAll("#tabs\\:accounts\\:balances_data > tr").stream()
                        .filter(r -> r.getText().contains(PARENT_EMAIL))
                        .toList();
        assertThat(rows).hasSize(1);
        Journeys.click(admin, rows.get(0).findElement(By.cssSelector("button[id$=':open']")));
        admin.waitForVisible("#tabs\\:accountBalance");
        admin.find("#tabs\\:payment\\:paidNote").sendKeys(note);
        admin.find("#tabs\\:payment\\:paidAmount_input").sendKeys(amount);
        WebElement date = admin.find("#tabs\\:payment\\:paidOn_input");
        ((JavascriptExecutor) admin.driver())
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        date,
                        SwissFormat.date(LocalDate.now(Clocks.COMMUNE_ZONE)));
        WebElement shown = admin.find("#tabs\\:accountBalance");
        Journeys.click(admin, admin.find("#tabs\\:payment\\:record"));
        admin.waiting().until(ExpectedConditions.stalenessOf(shown));
        admin.waitForVisible("#tabs\\:accountBalance");
        assertThat(admin.text("#messages")).contains("Paiement enregistré.");
        admin.save("two-instances-admin-payment-on-a");
    }
}
