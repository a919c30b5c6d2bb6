package ch.monportail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The steps the agenda journeys share: clicks below the sticky bar, messages, days, PDFs. */
public final class Journeys {

    private Journeys() {}

    /** Scrolls the element to the middle of the screen (the top bar is sticky) and clicks it. */
    public static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    public static void waitForMessage(Browser browser, String text) {
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#messages").contains(text));
    }

    /** Clicks a day of the agenda's month view and waits for its details. */
    public static void openDay(Browser browser, String isoDate) {
        click(
                browser,
                browser.find("td.fc-daygrid-day[data-date='" + isoDate + "'] .fc-daygrid-day-top"));
        String swiss = swissDate(isoDate);
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text("#dayTitle").contains(swiss));
    }

    /** 2027-03-16 → 16.03.2027, as the pages write a date. */
    public static String swissDate(String isoDate) {
        return isoDate.substring(8) + "." + isoDate.substring(5, 7) + "." + isoDate.substring(0, 4);
    }

    /** Sets the application's clock ({@link ItClock}) to a local time of the commune. */
    public static void clock(Browser browser, java.net.URL base, String localDateTime) {
        browser.open(PortalLogin.url(base, "/it/clock?at=" + localDateTime));
        assertThat(browser.driver().getPageSource()).contains("ok");
    }

    /** A GET with the browser's session cookies (no redirects followed). */
    public static HttpResponse<byte[]> fetch(Browser browser, String href)
            throws IOException, InterruptedException {
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : browser.driver().manage().getCookies()) {
            cookies.append(c.getName()).append('=').append(c.getValue()).append("; ");
        }
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies.toString())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The text of a PDF fetched with the browser's session, as {@code pdftotext} reads it. */
    public static String pdfText(Browser browser, String href)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = fetch(browser, href);
        assertThat(response.statusCode()).isEqualTo(200);
        return pdfText(response.body());
    }

    /** The text of a PDF, as {@code pdftotext} reads it. */
    public static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("journey", ".pdf");
        Files.write(file, pdf);
        Process p =
                new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-")
                        .redirectErrorStream(true)
                        .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return text.replaceAll("[ \\t]+", " ");
    }

    private static final java.util.regex.Pattern MONEY =
            java.util.regex.Pattern.compile("CHF (-?)([0-9']+)\\.(\\d\\d)");

    /** An amount shown as {@code CHF 1'234.50} or {@code CHF -12.30}, in centimes. */
    public static long cents(String text) {
        java.util.regex.Matcher m = MONEY.matcher(text);
        assertThat(m.find()).as("an amount in '" + text + "'").isTrue();
        long value =
                Long.parseLong(m.group(2).replace("'", "")) * 100 + Integer.parseInt(m.group(3));
        return m.group(1).isEmpty() ? value : -value;
    }
}
