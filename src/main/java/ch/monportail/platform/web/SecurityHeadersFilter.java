package ch.monportail.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;

/**
 * Headers on every response: no framing (clickjacking), no content sniffing, no referrer to other
 * sites, HTTPS only once a browser has seen the portal over HTTPS. Pages (not static resources) are
 * never stored by the browser, so after logout the back button shows nothing private.
 *
 * <p>The Content Security Policy comes in two headers, and browsers enforce both (a resource must
 * pass every policy). This filter's {@link #POLICY} holds what is the same on every response and
 * has <em>no</em> {@code script-src} and no {@code default-src}: PrimeFaces' CSP mode ({@code
 * primefaces.CSP} in web.xml) adds {@code script-src 'self' 'nonce-…'} with a fresh nonce to every
 * Faces page, and a script rule of ours would be intersected with it and block the nonced scripts.
 * The header is <em>set</em>, not added: on an error dispatch it replaces the script policy of the
 * page that failed, whose nonce the error page does not carry; the error page's render adds its
 * own.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    @Serial private static final long serialVersionUID = 1L;

    /** Everything but scripts; see the class comment for why there is no script-src here. */
    public static final String POLICY =
            "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    /** One year; sent on HTTPS only (RFC 6797 §7.2: a browser ignores it over plain HTTP). */
    public static final String HSTS = "max-age=31536000";

    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(RESOURCES) && !path.startsWith("/resources/")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
