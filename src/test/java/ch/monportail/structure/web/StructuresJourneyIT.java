package ch.monportail.structure.web;

import static ch.monportail.account.boundary.AccountDemoData.ADMIN_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.PortalLogin;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The ADMIN creates a structure, gives it care units (a wrong time and a wrong price refused with a
 * message) and assigns the demo educator; the demo UAPE shows its units and prices.
 */
@ExtendWith(ArquillianExtension.class)
class StructuresJourneyIT {

    @RegisterExtension static Browser browser = new Browser();

    @ArquillianResource private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private String url(String path) {
        return PortalLogin.url(base, path);
    }

    private void waitForMessage(String text) {
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#messages").contains(text));
    }

    @Test
    void theAdminCreatesAStructureWithCareUnitsAndAnEducator() {
        PortalLogin.logIn(browser, base, ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/structures.xhtml"));
        browser.assertAccessible("structures");
        assertThat(browser.text("#structures")).contains("UAPE Les Écureuils", "Crèche");

        String name = "UAPE Test " + System.nanoTime() % 100000;
        browser.find("#create\\:name").sendKeys(name);
        browser.find("#create\\:city").sendKeys("Conthey");
        browser.find("#create\\:postcode").sendKeys("1964");
        browser.find("#create\\:phone").sendKeys("027 345 56 99");
        browser.clickAndWaitForPage("#create\\:save");
        waitForMessage("La structure a été enregistrée.");
        browser.assertAccessible("structure");

        browser.find("#units\\:addUnit").click();
        browser.waitForVisible("#units\\:unitName");
        browser.find("#units\\:unitName").sendKeys("Accueil du matin");
        browser.find("#units\\:startsAt").sendKeys("08:00");
        browser.find("#units\\:endsAt").sendKeys("07:00");
        type("#units\\:fullPrice_input", "9");
        type("#units\\:capacity_input", "24");
        browser.find("#units\\:saveUnit").click();
        waitForMessage("la fin est après le début");

        WebElement start = browser.find("#units\\:startsAt");
        start.clear();
        start.sendKeys("7h00");
        WebElement end = browser.find("#units\\:endsAt");
        end.clear();
        end.sendKeys("08:00");
        browser.find("#units\\:saveUnit").click();
        waitForMessage("La prestation a été enregistrée.");
        assertThat(browser.text("#units\\:unitTable"))
                .contains("Accueil du matin", "07:00", "08:00", "CHF 9.00", "24");

        browser.find("#educators\\:assign").click();
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#educatorList").contains("Julie Evéquoz"));
    }

    private void type(String selector, String value) {
        WebElement input = browser.find(selector);
        input.clear();
        input.sendKeys(value);
    }
}
