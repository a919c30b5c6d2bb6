package ch.monportail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

    @Test
    void aProxysIdIsKeptWhenItLooksLikeOne() {
        assertThat(RequestIdFilter.idFor("3f2a9c1e-77b0-4c1a-9d2e-0a1b2c3d4e5f"))
                .isEqualTo("3f2a9c1e-77b0-4c1a-9d2e-0a1b2c3d4e5f");
        assertThat(RequestIdFilter.idFor("lb.node-2_000123")).isEqualTo("lb.node-2_000123");
    }

    @Test
    void anythingElseGetsAFreshId() {
        for (String forged :
                new String[] {
                    null,
                    "",
                    "short",
                    "abc def ghi",
                    "abcdefgh\nFAKE LOG LINE",
                    "abcdefgh\"}",
                    "a".repeat(65),
                    "<script>alert(1)</script>"
                }) {
            assertThat(RequestIdFilter.idFor(forged))
                    .as(String.valueOf(forged))
                    .matches("[0-9a-f]{16}");
        }
    }

    @Test
    void freshIdsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(RequestIdFilter.idFor(null));
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void theThreadNameCarriesTheId() throws Exception {
        var filter = new RequestIdFilter();
        var request =
                ServletFakes.request(
                        "/parent/agenda.xhtml", false, java.util.Map.of(), java.util.Map.of());
        var headers = new ServletFakes.Headers();
        var response = headers.response();
        String[] during = new String[1];
        String before = Thread.currentThread().getName();
        filter.doFilter(
                request, response, (req, res) -> during[0] = Thread.currentThread().getName());
        String id = headers.one(RequestIdFilter.HEADER);
        assertThat(id).matches("[0-9a-f]{16}");
        assertThat(request.getAttribute(RequestIdFilter.ATTRIBUTE)).isEqualTo(id);
        assertThat(during[0]).isEqualTo(before + " req=" + id);
        assertThat(Thread.currentThread().getName()).isEqualTo(before);
    }
}
