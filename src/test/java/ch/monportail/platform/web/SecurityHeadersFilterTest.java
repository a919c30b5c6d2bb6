package ch.monportail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The headers of {@link SecurityHeadersFilter}. Strict-Transport-Security is tested here because
 * the browser tests run over plain HTTP, where the filter must not send it; the other headers are
 * also checked on every real page by {@code SecurityHeadersIT}.
 */
class SecurityHeadersFilterTest {

    private ServletFakes.Headers run(String path, boolean secure) throws Exception {
        ServletFakes.Headers headers = new ServletFakes.Headers();
        ServletFakes.Chain chain = new ServletFakes.Chain();
        new SecurityHeadersFilter()
                .doFilter(
                        ServletFakes.request(path, secure, Map.of(), Map.of()),
                        headers.response(),
                        chain);
        assertThat(chain.passed).as("the request goes on").isNotNull();
        return headers;
    }

    @Test
    void httpsGetsStrictTransportSecurity() throws Exception {
        assertThat(run("/parent/agenda.xhtml", true).one("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000");
    }

    @Test
    void plainHttpGetsNoStrictTransportSecurity() throws Exception {
        assertThat(run("/parent/agenda.xhtml", false).values)
                .doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void everyResponseCannotBeFramedSniffedOrLeakItsAddress() throws Exception {
        for (String path :
                new String[] {
                    "/login.xhtml", "/parent/agenda.xhtml", "/jakarta.faces.resource/x.js"
                }) {
            ServletFakes.Headers h = run(path, true);
            assertThat(h.one("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(h.one("X-Frame-Options")).isEqualTo("DENY");
            assertThat(h.one("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(h.one("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void thePolicyLeavesScriptsToPrimeFacesNonces() throws Exception {
        String policy = run("/parent/agenda.xhtml", false).one("Content-Security-Policy");
        assertThat(policy)
                .as("a script-src or default-src here would be intersected with the nonce policy")
                .doesNotContain("script-src")
                .doesNotContain("default-src")
                .doesNotContain("unsafe-");
    }

    @Test
    void thePolicyIsSetNotAddedSoAnErrorPageDropsTheFailedPagesNonce() throws Exception {
        ServletFakes.Headers headers = new ServletFakes.Headers();
        var response = headers.response();
        response.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-old';");
        new SecurityHeadersFilter()
                .doFilter(
                        ServletFakes.request("/parent/agenda.xhtml", false, Map.of(), Map.of()),
                        response,
                        new ServletFakes.Chain());
        assertThat(headers.values.get("Content-Security-Policy"))
                .containsExactly(SecurityHeadersFilter.POLICY);
    }

    @Test
    void pagesAreNotStoredResourcesAre() throws Exception {
        assertThat(run("/parent/transactions.xhtml", false).one("Cache-Control"))
                .isEqualTo("no-store");
        assertThat(run("/jakarta.faces.resource/core.js.xhtml", false).values)
                .doesNotContainKey("Cache-Control");
        assertThat(run("/resources/css/portal.css", false).values)
                .doesNotContainKey("Cache-Control");
    }
}
