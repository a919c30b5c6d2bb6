package ch.monportail.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.account.boundary.AccountDemoData;
import ch.monportail.account.control.Totp;
import java.time.Instant;
import java.util.Map;

/**
 * Logs in through the login page like a user, including the second-factor code of the demo staff
 * (computed from their demo keys, as an authenticator app would). A code is accepted once: when the
 * current one was used by an earlier login, the next step's code is tried, then the next window is
 * awaited.
 */
public final class PortalLogin {

    private static final Map<String, String> DEMO_KEYS =
            Map.of(
                    AccountDemoData.ADMIN_EMAIL, AccountDemoData.ADMIN_TOTP_KEY,
                    AccountDemoData.EDUCATOR_EMAIL, AccountDemoData.EDUCATOR_TOTP_KEY);

    private PortalLogin() {}

    public static String url(java.net.URL base, String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** E-mail and password; for demo staff also the code. */
    public static void logIn(Browser browser, java.net.URL base, String email, String password) {
        browser.open(url(base, "/login.xhtml"));
        browser.find("#login\\:email").sendKeys(email);
        browser.find("#login\\:password").sendKeys(password);
        browser.clickAndWaitForPage("#login\\:submit");
        if (DEMO_KEYS.containsKey(email)
                && browser.driver().getCurrentUrl().contains("/login-code.xhtml")) {
            enterCode(browser, DEMO_KEYS.get(email));
        }
    }

    /**
     * On the code page: the code of the key. A step whose code an earlier login used is refused
     * (replay), so the next step is tried, waiting for its window (±1 step) when needed.
     */
    public static void enterCode(Browser browser, String key) {
        long next = Totp.step(Instant.now());
        for (int attempt = 0; attempt < 6; attempt++) {
            long current = Totp.step(Instant.now());
            next = Math.max(next, current - 1);
            if (next > current + 1) {
                sleep(
                        next * Totp.STEP_SECONDS * 1000
                                - Totp.STEP_SECONDS * 1000
                                - System.currentTimeMillis()
                                + 1500);
            }
            browser.find("#code\\:value").clear();
            browser.find("#code\\:value").sendKeys(Totp.code(key, next));
            browser.clickAndWaitForPage("#code\\:verify");
            if (!browser.driver().getCurrentUrl().contains("/login-code.xhtml")) {
                return;
            }
            next++;
        }
        assertThat(browser.driver().getCurrentUrl())
                .as("second-factor code accepted")
                .doesNotContain("/login-code.xhtml");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
