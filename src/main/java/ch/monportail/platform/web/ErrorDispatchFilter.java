package ch.monportail.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An error page is rendered as a fresh page, never as the postback that failed.
 *
 * <p>The container renders the error page (session expired, not found, error) with the failed
 * request's parameters. When that request was a form post, Faces would take the error page for a
 * postback, and PrimeFaces' CSP mode would then look for the page's nonce in the posted {@code
 * primefaces.nonce}: a forged post without it, or with a made-up one, made the error page itself
 * fail ("Missing CSP nonce"), and the server's bare error page was shown instead. Hiding the view
 * state and the nonce from the error dispatch makes it an ordinary first render with its own nonce.
 * Ajax requests are left as they are: their errors are rendered in the same request by OmniFaces'
 * FullAjaxExceptionHandler, which needs them.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.ERROR)
public class ErrorDispatchFilter extends HttpFilter {

    @Serial private static final long serialVersionUID = 1L;

    static final Set<String> POSTBACK_PARAMETERS =
            Set.of("jakarta.faces.ViewState", "primefaces.nonce");

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean ajax =
                "partial/ajax".equals(request.getHeader("Faces-Request"))
                        || request.getParameter("jakarta.faces.partial.ajax") != null;
        chain.doFilter(ajax ? request : new WithoutPostback(request), response);
    }

    /** The request without the parameters that make Faces treat it as a postback. */
    static final class WithoutPostback extends HttpServletRequestWrapper {

        WithoutPostback(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return POSTBACK_PARAMETERS.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return POSTBACK_PARAMETERS.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.keySet().removeAll(POSTBACK_PARAMETERS);
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
