package ch.monportail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests, one per test class. Downloads nothing: the binary and
 * the driver are the system's. Without Chromium the tests are skipped with a loud warning — except
 * in CI ({@code CI=true}), where that is a failure. A failing test leaves a screenshot and the page
 * source under {@code target/screenshots}; {@code -Dscreenshots.all=true} keeps one of every page
 * checked, for a human look.
 */
public final class Browser
        implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {

    private static final String CHROMIUM =
            System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
    private static final String CHROMEDRIVER =
            System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private WebDriver driver;
    private Path userDataDir;
    private Path downloads;
    private final Path screenshots =
            Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        boolean available = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!available) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(
                        "CI=true but Chromium/ChromeDriver are missing: "
                                + CHROMIUM
                                + ", "
                                + CHROMEDRIVER);
            }
            System.err.println(
                    "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
                            + "!!  BROWSER TESTS SKIPPED: Chromium not found ("
                            + CHROMIUM
                            + ").\n"
                            + "!!  Install it: apt-get install -y chromium chromium-driver\n"
                            + "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
            Assumptions.abort("Chromium not installed");
        }
        userDataDir = Files.createTempDirectory("monportail-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--lang=fr-CH",
                "--window-size=1280,900",
                "--user-data-dir=" + userDataDir);
        downloads = Files.createTempDirectory("monportail-downloads");
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "intl.accept_languages",
                        "fr-CH,fr",
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false));
        // the page's console (errors, CSP violations) is saved next to the screenshot on failure
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER))
                        .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver == null) {
            return;
        }
        if (context.getExecutionException()
                .filter(e -> !(e instanceof org.opentest4j.TestAbortedException))
                .isPresent()) {
            save(
                    context.getRequiredTestClass().getSimpleName()
                            + "-"
                            + context.getRequiredTestMethod().getName()
                            + "-FAILED");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (userDataDir != null) {
            try (var files = Files.walk(userDataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits for a downloaded file of that name and returns its content. */
    public byte[] downloaded(String fileName) throws IOException, InterruptedException {
        Path file = downloads.resolve(fileName);
        for (int i = 0; i < 100 && !Files.isRegularFile(file); i++) {
            Thread.sleep(200);
        }
        assertThat(file).as("downloaded " + fileName).isRegularFile();
        return Files.readAllBytes(file);
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    public String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public void waitForUrlContaining(String part) {
        waiting().until(ExpectedConditions.urlContains(part));
    }

    public void waitForVisible(String cssSelector) {
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** Clicks an element that submits a full page and waits for the new page. */
    public void clickAndWaitForPage(String cssSelector) {
        WebElement element = find(cssSelector);
        element.click();
        waiting()
                .until(
                        d -> {
                            try {
                                element.isEnabled();
                                return false;
                            } catch (org.openqa.selenium.WebDriverException gone) {
                                // stale, or (Chromium) "node does not belong to the document"
                                return true;
                            }
                        });
        waiting()
                .until(
                        d ->
                                "complete"
                                        .equals(
                                                ((org.openqa.selenium.JavascriptExecutor) d)
                                                        .executeScript(
                                                                "return document.readyState")));
    }

    /**
     * Types (the runnable) into a field whose keyup updates another element by ajax, and waits
     * until that update has replaced the element and no ajax request is left: a full-page submit
     * right after typing would otherwise race a delayed keyup request (on a slow machine the
     * request could arrive after the submit changed the session id, and its answer carried a new,
     * anonymous session cookie).
     */
    public void typeAndWaitForUpdate(String updatedCssSelector, Runnable typing) {
        WebElement before = find(updatedCssSelector);
        typing.run();
        waiting().until(ExpectedConditions.stalenessOf(before));
        waitForAjaxIdle();
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    public void waitForAjaxIdle() {
        waiting()
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        ((org.openqa.selenium.JavascriptExecutor) d)
                                                .executeScript(
                                                        "return !window.PrimeFaces"
                                                                + " || (PrimeFaces.ajax.Queue.isEmpty()"
                                                                + " && (!window.jQuery || jQuery.active === 0))")));
    }

    /** Waits until the element shows some text (e.g. an ajax-updated hint) and ajax is done. */
    public void waitForText(String cssSelector) {
        // found again on each try: an ajax update may replace the element between two reads
        waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !find(cssSelector).getText().isBlank());
        waitForAjaxIdle();
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Runs axe-core on the current page and fails on serious or critical violations (WCAG). With
     * {@code -Dscreenshots.all=true} also keeps a screenshot named after the page.
     */
    public void assertAccessible(String pageName) {
        if (Boolean.getBoolean("screenshots.all")) {
            save(pageName);
        }
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> blocking =
                results.getViolations().stream()
                        .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                        .toList();
        assertThat(blocking)
                .as(
                        "accessibility violations on %s:%n%s",
                        pageName,
                        blocking.stream()
                                .map(
                                        rule ->
                                                rule.getImpact()
                                                        + " "
                                                        + rule.getId()
                                                        + ": "
                                                        + rule.getHelp()
                                                        + " → "
                                                        + rule.getNodes().stream()
                                                                .map(n -> n.getTarget().toString())
                                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** Saves a screenshot and the page source under target/screenshots. */
    public void save(String name) {
        try {
            Files.createDirectories(screenshots);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(
                    png.toPath(),
                    screenshots.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(
                    screenshots.resolve(name + ".html"),
                    driver.getPageSource(),
                    StandardCharsets.UTF_8);
            StringBuilder console = new StringBuilder();
            driver.manage()
                    .logs()
                    .get(org.openqa.selenium.logging.LogType.BROWSER)
                    .forEach(entry -> console.append(entry).append('\n'));
            Files.writeString(
                    screenshots.resolve(name + ".console.txt"), console, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save screenshot " + name + ": " + e);
        }
    }
}
