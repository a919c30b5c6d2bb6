package ch.monportail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.platform.boundary.Migrations;
import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotReadyFilterTest {

    /** A filter whose start-up still waits for the database (a fresh Migrations: not migrated). */
    private static NotReadyFilter waitingFilter() throws Exception {
        NotReadyFilter filter = new NotReadyFilter();
        Field migrations = NotReadyFilter.class.getDeclaredField("migrations");
        migrations.setAccessible(true);
        migrations.set(filter, new Migrations());
        return filter;
    }

    @Test
    void pagesAnswer503WithoutTouchingTheApplication() throws Exception {
        var headers = new ServletFakes.Headers();
        var chain = new ServletFakes.Chain();
        waitingFilter()
                .doFilter(
                        ServletFakes.request("/parent/agenda.xhtml", false, Map.of(), Map.of()),
                        headers.response(),
                        chain);
        assertThat(chain.passed).as("nothing behind the filter runs").isNull();
        assertThat(headers.status).isEqualTo(503);
        assertThat(headers.one("Retry-After")).isEqualTo("30");
        assertThat(headers.one("Cache-Control")).isEqualTo("no-store");
        assertThat(headers.body.toString())
                .startsWith("<!DOCTYPE html><html lang=\"fr\">")
                .contains("Le portail démarre", "n'est pas encore disponible")
                .doesNotContain("<script");
    }

    @Test
    void staticResourcesAndTheHealthAndMetricsEndpointsStillAnswer() throws Exception {
        for (String path :
                new String[] {
                    "/resources/css/portal.css",
                    "/jakarta.faces.resource/core.js.xhtml?ln=primefaces",
                    "/health/ready",
                    "/health/live",
                    "/metrics"
                }) {
            var chain = new ServletFakes.Chain();
            waitingFilter()
                    .doFilter(
                            ServletFakes.request(path, false, Map.of(), Map.of()),
                            new ServletFakes.Headers().response(),
                            chain);
            assertThat(chain.passed).as(path).isNotNull();
        }
    }

    @Test
    void theTextIsInTheBrowsersLanguageFrenchOtherwise() {
        assertThat(title(Locale.GERMAN)).isEqualTo("Das Portal startet");
        assertThat(title(Locale.forLanguageTag("en-GB"))).isEqualTo("The portal is starting");
        assertThat(title(Locale.ITALIAN)).isEqualTo("Le portail démarre");
        assertThat(title(Locale.ITALIAN, Locale.GERMAN)).isEqualTo("Das Portal startet");
        assertThat(NotReadyFilter.bundle(LocaleBean.firstSupported(null)).getLocale().getLanguage())
                .isEqualTo("fr");
    }

    private static String title(Locale... requested) {
        return NotReadyFilter.bundle(
                        LocaleBean.firstSupported(java.util.List.of(requested).iterator()))
                .getString("notReady.title");
    }
}
