package ch.monportail.family.web;

import static ch.monportail.account.boundary.AccountDemoData.ADMIN_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.ADMIN_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.EDUCATOR_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.EDUCATOR_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_EMAIL;
import static ch.monportail.account.boundary.AccountDemoData.PARENT_PASSWORD;
import static ch.monportail.account.boundary.AccountDemoData.SECOND_PARENT_EMAIL;
import static ch.monportail.family.boundary.FamilyDemoData.SEPARATED_HOLDER_EMAIL;
import static ch.monportail.family.boundary.FamilyDemoData.SEPARATED_OTHER_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.it.Browser;
import ch.monportail.it.Deployments;
import ch.monportail.it.IdorMatrixServlet;
import ch.monportail.it.PortalLogin;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * The user journeys of the issue "Families" in Chromium, on the demo families: a parent fixes a
 * phone number, adds a grandmother as pickup person and downloads « Mes données »; the other parent
 * sees their own data and the first parent's read-only; the ADMIN switches the account holder and
 * the audit log shows it; the ADMIN finds the families of a structure and corrects a household's
 * income; two saves on the same pickup list; a tampered id; and the IDOR matrix over every
 * id-taking service method.
 */
@ExtendWith(ArquillianExtension.class)
class FamilyJourneyIT {

    @RegisterExtension static Browser browser = new Browser();

    @ArquillianResource private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.warWithTests(IdorMatrixServlet.class);
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

    private void waitForMessage(String text) {
        browser.waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> browser.text("#messages").contains(text));
    }

    @Test
    void aParentFixesAPhoneAddsAGrandmotherAndDownloadsHerData()
            throws IOException, InterruptedException {
        login(PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/personal-data.xhtml"));
        browser.assertAccessible("personal-data");
        WebElement mobile = browser.find("#personal\\:mobilePhone");
        mobile.clear();
        mobile.sendKeys("079 12");
        browser.find("#personal\\:save").click();
        waitForMessage("Téléphone portable");
        assertThat(browser.text("#messages")).contains("n'est pas valable");

        mobile = browser.find("#personal\\:mobilePhone");
        mobile.clear();
        mobile.sendKeys("+41 (0)79 412 33 99");
        browser.find("#personal\\:save").click();
        waitForMessage("Vos données ont été enregistrées.");
        assertThat(browser.find("#personal\\:mobilePhone").getAttribute("value"))
                .isEqualTo("079 412 33 99");

        browser.open(url("/parent/pickup-persons.xhtml"));
        assertThat(browser.text("#childName")).isEqualTo("Léa Favre");
        browser.assertAccessible("pickup-persons");
        browser.find("#pickup\\:add").click();
        browser.waitForVisible("#pickup\\:firstName");
        browser.find("#pickup\\:firstName").sendKeys("Monique");
        browser.find("#pickup\\:lastName").sendKeys("Favre");
        browser.find("#pickup\\:relationship").sendKeys("Grand-mère");
        browser.find("#pickup\\:phone").sendKeys("027 346 12 80");
        browser.find("#pickup\\:save").click();
        waitForMessage("La personne autorisée a été enregistrée.");
        assertThat(browser.text("#pickup"))
                .contains("Monique Favre", "Grand-mère", "027 346 12 80");

        browser.open(url("/parent/personal-data.xhtml"));
        browser.find("#myData\\:pdf").click();
        byte[] pdf = browser.downloaded("mes-donnees.pdf");
        String text = pdfText(pdf);
        assertThat(text)
                .contains("Mes données", "Claire", "Monique", "Grand-mère", "+41794123399")
                .contains("Allergie aux arachides");
        browser.find("#myData\\:json").click();
        String json = new String(browser.downloaded("mes-donnees.json"), "UTF-8");
        assertThat(json).contains("\"format\":\"monportail-family-data/1\"", "\"Monique\"");
    }

    @Test
    void theOtherParentSeesTheirOwnDataAndTheFirstParentsReadOnly() {
        login(SECOND_PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/personal-data.xhtml"));
        assertThat(browser.find("#personal\\:employer").getAttribute("value"))
                .isEqualTo("Lonza AG");
        WebElement other = browser.find("#other");
        assertThat(other.getText()).contains("Claire Favre", "Infirmière");
        assertThat(other.findElements(By.cssSelector("input, textarea, select"))).isEmpty();
        // the income of the shared household is shown to both
        assertThat(browser.find("#household\\:income_input").getAttribute("value")).contains("98");
    }

    @Test
    void separatedParentsEachSeeTheirOwnHouseholdOnly() {
        login(SEPARATED_OTHER_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/personal-data.xhtml"));
        assertThat(browser.find("#household\\:income_input").getAttribute("value")).contains("75");
        assertThat(browser.text("#other")).contains("Nathalie Mayor").doesNotContain("CHF");
        browser.open(url("/parent/children.xhtml"));
        assertThat(browser.text("#main")).contains("Emma Dubuis");
        forgetSession();
        login(SEPARATED_HOLDER_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/personal-data.xhtml"));
        assertThat(browser.find("#household\\:income_input").getAttribute("value")).contains("62");
    }

    @Test
    void theAdminChangesTheAccountHolderAndTheAuditLogShowsIt() {
        login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/families.xhtml"));
        browser.assertAccessible("families");
        browser.find("#list\\:search").sendKeys("bonvin");
        browser.find("#list\\:find").click();
        browser.waiting().until(d -> browser.findAll("#list\\:families_data tr").size() == 1);
        browser.clickAndWaitForPage("#list\\:families_data a");
        browser.assertAccessible("family");
        String reason = "Séparation, demande du " + System.nanoTime();
        browser.find("#holder\\:reason").sendKeys(reason);
        browser.find("#holder\\:changeHolder").click();
        waitForMessage("Le gestionnaire principal a été changé.");
        assertThat(browser.text("#history")).contains(reason);

        browser.open(url("/admin/audit.xhtml"));
        assertThat(browser.text("#main")).contains("Gestionnaire principal changé", reason);
    }

    @Test
    void theAdminAddsASecondRepresentativeMarksADepartureAndRemovesTheRepresentative() {
        login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/families.xhtml"));
        browser.find("#list\\:search").sendKeys("udry");
        browser.find("#list\\:find").click();
        browser.waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> browser.text("#list\\:families_data").contains("Nina Udry"));
        browser.clickAndWaitForPage("#list\\:families_data a");

        String email = "paul.udry." + System.nanoTime() + "@demo.monportail.ch";
        browser.find("#second\\:email").sendKeys(email);
        browser.find("#second\\:firstName").sendKeys("Paul");
        browser.find("#second\\:lastName").sendKeys("Udry");
        browser.find("#second\\:addRep").click();
        waitForMessage("Le représentant légal a été ajouté.");
        assertThat(browser.text("#reps")).contains("Paul Udry", email);

        browser.driver()
                .findElement(
                        By.xpath(
                                "//form[@id='kids']//div[contains(@class,'mp-person')]"
                                        + "[contains(., 'Nina Udry')]//button[contains(., 'Modifier')]"))
                .click();
        browser.waitForVisible("#kids\\:leavingOn_input");
        browser.find("#kids\\:leavingOn_input")
                .sendKeys("30.06.2027", org.openqa.selenium.Keys.ESCAPE);
        browser.find("#kids\\:saveChild").click();
        waitForMessage("Les données de l'enfant ont été enregistrées.");
        assertThat(browser.text("#kids")).contains("Départ le", "30.06.2027");

        WebElement remove =
                browser.driver()
                        .findElement(
                                By.xpath(
                                        "//form[@id='reps']//section[contains(., 'Paul Udry')]"
                                                + "//button[contains(., 'Supprimer')]"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", remove);
        browser.waiting().until(d -> remove.isDisplayed() && remove.isEnabled());
        remove.click();
        browser.waitForVisible(".ui-confirmdialog-yes");
        browser.find(".ui-confirmdialog-yes").click();
        waitForMessage("a été retiré de la famille");
        assertThat(browser.text("#reps")).doesNotContain("Paul Udry");

        browser.open(url("/admin/audit.xhtml"));
        assertThat(browser.text("#main"))
                .contains(
                        "Représentant légal ajouté",
                        "Représentant légal retiré",
                        "Départ d'un enfant");
    }

    @Test
    void theAdminSearchesByStructureAndFindsTheFamiliesOfThatStructure() {
        login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/families.xhtml"));
        new Select(browser.find("#list\\:structure"))
                .selectByVisibleText("Crèche Les Petits Loups");
        browser.find("#list\\:find").click();
        browser.waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> browser.text("#list\\:families_data").contains("Lina Bonvin"));
        // the Favre children have their contracts in the UAPE only
        assertThat(browser.text("#list\\:families_data")).doesNotContain("Léa Favre");

        new Select(browser.find("#list\\:structure")).selectByVisibleText("UAPE Les Écureuils");
        browser.find("#list\\:find").click();
        browser.waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> browser.text("#list\\:families_data").contains("Léa Favre"));
        assertThat(browser.text("#list\\:families_data")).contains("Sofia Rossi");
    }

    @Test
    void theAdminEditsAHouseholdIncomeAndSeesTheSavedValue() {
        login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/admin/families.xhtml"));
        browser.find("#list\\:search").sendKeys("fontannaz");
        browser.find("#list\\:find").click();
        browser.waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        d ->
                                browser.findAll("#list\\:families_data tr").stream()
                                        .allMatch(r -> r.getText().contains("Fontannaz")));
        browser.clickAndWaitForPage("#list\\:families_data a");

        // a value of its own on each run, so a second run also changes something
        long francs = 70_000 + System.nanoTime() % 9_000;
        String shown = String.format("%d'%03d.00", francs / 1000, francs % 1000);
        browser.driver()
                .findElement(
                        By.xpath(
                                "//form[@id='reps']//section[contains(., 'Isabelle Fontannaz')]"
                                        + "//button[contains(., 'Données du tarif')]"))
                .click();
        browser.waitForVisible("#household\\:income_input");
        WebElement income = browser.find("#household\\:income_input");
        // typed over the formatted amount as a user does: select all, type, leave the field
        income.click();
        income.sendKeys(
                org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                Long.toString(francs),
                org.openqa.selenium.Keys.TAB);
        browser.waiting()
                .until(
                        d ->
                                browser.find("#household\\:income_hinput")
                                        .getAttribute("value")
                                        .startsWith(Long.toString(francs)));
        browser.find("#household\\:saveHousehold").click();
        waitForMessage("Les données du tarif ont été enregistrées");
        browser.waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> browser.text("#reps").contains(shown));
        assertThat(browser.text("#reps")).contains("Données du tarif modifiées : tarif à revoir");

        browser.open(url("/admin/audit.xhtml"));
        assertThat(browser.text("#main")).contains("Données du tarif modifiées");
    }

    @Test
    void twoSavesOfTheSamePickupListTheSecondIsRefusedAndReloaded() {
        login(SECOND_PARENT_EMAIL, PARENT_PASSWORD);
        browser.open(url("/parent/pickup-persons.xhtml"));
        String first = browser.driver().getWindowHandle();
        browser.find("#pickup\\:add").click();
        browser.waitForVisible("#pickup\\:firstName");
        fillPickup("Hans", "Keller", "Nachbar", "079 600 11 22");

        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open(url("/parent/pickup-persons.xhtml"));
        browser.find("#pickup\\:add").click();
        browser.waitForVisible("#pickup\\:firstName");
        fillPickup("Rita", "Zufferey", "Nachbarin", "079 600 33 44");
        browser.find("#pickup\\:save").click();
        browser.waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> browser.text("#pickup").contains("Rita Zufferey"));
        String second = browser.driver().getWindowHandle();

        browser.driver().switchTo().window(first);
        browser.find("#pickup\\:save").click();
        waitForMessage("Inzwischen");
        assertThat(browser.text("#pickup")).contains("Rita Zufferey").doesNotContain("Hans Keller");
        browser.driver().switchTo().window(second).close();
        browser.driver().switchTo().window(first);
    }

    @Test
    void aTamperedChildIdShowsNothingForeign() {
        // (not Luca Rossi: the password journey changes his password)
        login(SEPARATED_HOLDER_EMAIL, PARENT_PASSWORD);
        browser.open(url("/it/idor-matrix?mode=ids"));
        String line = browser.text("body").lines().findFirst().orElseThrow();
        String[] parts = line.split(":");
        browser.open(url("/parent/pickup-persons.xhtml?child=" + parts[1]));
        String page = browser.text("body");
        assertThat(page).contains("introuvable").doesNotContain(parts[2]);
        assertThat(browser.driver().getPageSource()).doesNotContain(parts[2]);
    }

    @Test
    void theIdorMatrixFindsNothingForeignForAParentAndAnEducator() {
        for (String[] who :
                List.of(
                        new String[] {SEPARATED_HOLDER_EMAIL, PARENT_PASSWORD},
                        new String[] {EDUCATOR_EMAIL, EDUCATOR_PASSWORD})) {
            forgetSession();
            login(who[0], who[1]);
            browser.open(url("/it/idor-matrix"));
            List<String> lines = browser.text("body").lines().filter(l -> !l.isBlank()).toList();
            System.out.printf(
                    "IDOR matrix as %s: %d calls over %d methods%n",
                    who[0],
                    lines.size(),
                    lines.stream().map(l -> l.substring(0, l.indexOf('('))).distinct().count());
            assertThat(lines).hasSizeGreaterThan(40);
            assertThat(lines).allSatisfy(l -> assertThat(l).matches(".* -> (NOT_FOUND|DENIED)"));
            assertThat(lines).anyMatch(l -> l.startsWith("FamilyData.child(childId="));
            assertThat(lines).anyMatch(l -> l.startsWith("PickupPersons.update(pickupPersonId="));
            assertThat(lines).anyMatch(l -> l.startsWith("Absences.withdraw(absenceId="));
            assertThat(lines)
                    .anyMatch(l -> l.startsWith("Absences.announce(AbsenceRequest.childId="));
            assertThat(lines).anyMatch(l -> l.startsWith("Agenda.entries(childId="));
        }
    }

    @Test
    void theStaffListShowsAllergiesPickupPersonsAndEmergencyPhones() {
        login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open(url("/staff/children.xhtml"));
        browser.assertAccessible("staff-children");
        assertThat(browser.text("#careList"))
                .contains("Léa Favre", "Allergie aux arachides", "Jean Favre", "079 344 12 09");
        forgetSession();
        login(EDUCATOR_EMAIL, EDUCATOR_PASSWORD);
        browser.open(url("/staff/children.xhtml"));
        // the educator works at the UAPE: the children with a contract there, not the crèche's
        assertThat(browser.text("#careList"))
                .contains("Léa Favre", "Allergie aux arachides", "Noé Favre", "Emma Dubuis")
                .doesNotContain("Lina Bonvin", "Nina Udry");
    }

    private void fillPickup(String first, String last, String relationship, String phone) {
        browser.find("#pickup\\:firstName").sendKeys(first);
        browser.find("#pickup\\:lastName").sendKeys(last);
        browser.find("#pickup\\:relationship").sendKeys(relationship);
        browser.find("#pickup\\:phone").sendKeys(phone);
    }

    private static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("mes-donnees", ".pdf");
        Files.write(file, pdf);
        List<String> command =
                new ArrayList<>(Arrays.asList("pdftotext", "-enc", "UTF-8", file.toString(), "-"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), "UTF-8");
        process.waitFor(30, TimeUnit.SECONDS);
        return text;
    }
}
