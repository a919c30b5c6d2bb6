package ch.monportail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorDispatchFilterTest {

    private static final Map<String, String> POSTED =
            Map.of(
                    "change", "change",
                    "change:current", "x",
                    "jakarta.faces.ViewState", "-1:2",
                    "primefaces.nonce", "forged");

    private HttpServletRequest dispatched(Map<String, String> headers, Map<String, String> params)
            throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain();
        new ErrorDispatchFilter()
                .doFilter(
                        ServletFakes.request("/account/password.xhtml", false, headers, params),
                        new ServletFakes.Headers().response(),
                        chain);
        return (HttpServletRequest) chain.passed;
    }

    @Test
    void theErrorPageOfAFailedPostSeesNoViewStateAndNoNonce() throws Exception {
        HttpServletRequest request = dispatched(Map.of(), POSTED);
        assertThat(request.getParameter("jakarta.faces.ViewState")).isNull();
        assertThat(request.getParameterValues("primefaces.nonce")).isNull();
        assertThat(request.getParameterMap()).containsOnlyKeys("change", "change:current");
        assertThat(Collections.list(request.getParameterNames()))
                .containsExactlyInAnyOrder("change", "change:current");
        assertThat(request.getParameter("change:current")).isEqualTo("x");
    }

    @Test
    void anAjaxErrorIsLeftToTheAjaxExceptionHandler() throws Exception {
        HttpServletRequest request = dispatched(Map.of("Faces-Request", "partial/ajax"), POSTED);
        assertThat(request.getParameter("jakarta.faces.ViewState")).isEqualTo("-1:2");
    }
}
