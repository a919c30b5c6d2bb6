package ch.monportail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The billing ITs' side of {@link BillingServlet}: runs a case, reads its figures. */
public final class BillingProbe {

    private BillingProbe() {}

    /** Opens {@code /it/billing?query} as the logged-in user; its report, never an error. */
    public static String run(Browser browser, URL base, String query) {
        browser.open(PortalLogin.url(base, "/it/billing?" + query));
        String text =
                browser.driver().findElement(org.openqa.selenium.By.tagName("body")).getText();
        System.out.println("BillingServlet " + query + ":\n" + text);
        assertThat(text).doesNotContain("ERROR");
        return text;
    }

    /** A figure {@code name=value} of the report, times 100 (amounts in centimes). */
    public static long number(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "=(-?[0-9.]+)").matcher(text);
        assertThat(m.find()).as(name + " in\n" + text).isTrue();
        return Math.round(Double.parseDouble(m.group(1)) * 100);
    }
}
