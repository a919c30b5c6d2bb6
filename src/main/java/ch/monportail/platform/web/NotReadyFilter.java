package ch.monportail.platform.web;

import ch.monportail.platform.boundary.Migrations;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * While a start-up waits for its database ({@link Migrations}), every page answers 503 with a short
 * "come back in a moment" in the browser's language — and nothing reaches the persistence unit:
 * EclipseLink closes a persistence unit whose first use fails to reach the database, and the portal
 * would stay broken after the database came back. Static resources still load. Declared first in
 * web.xml, before the other filters.
 */
public class NotReadyFilter extends HttpFilter {

    @Serial private static final long serialVersionUID = 1L;

    @Inject private transient Migrations migrations;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (migrations.isMigrated()
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || path.startsWith("/health")
                || path.startsWith("/metrics")) {
            chain.doFilter(request, response);
            return;
        }
        ResourceBundle msg =
                bundle(
                        request.getHeader("Accept-Language") == null
                                ? Locale.FRENCH
                                : LocaleBean.firstSupported(
                                        Collections.list(request.getLocales()).iterator()));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(
                        page(
                                request.getContextPath(),
                                msg.getLocale().getLanguage(),
                                msg.getString("app.name"),
                                msg.getString("notReady.title"),
                                msg.getString("notReady.text")));
    }

    /** The messages in a language the portal speaks (see {@link LocaleBean#firstSupported}). */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "ch.monportail.i18n.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The page, in the public frame's look (no Faces: it would need the database). */
    static String page(String contextPath, String language, String app, String title, String text) {
        return "<!DOCTYPE html><html lang=\""
                + language
                + "\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><title>"
                + title
                + " · "
                + app
                + "</title><link rel=\"stylesheet\" href=\""
                + contextPath
                + "/resources/css/portal.css\"></head><body class=\"mp-public\">"
                + "<header class=\"mp-public-header\"><div class=\"mp-brand\"><img src=\""
                + contextPath
                + "/resources/images/logo.svg\" alt=\"\" width=\"36\" height=\"36\">"
                + "<span><span class=\"mp-brand-app\">"
                + app
                + "</span></span></div></header>"
                + "<main id=\"main\" class=\"mp-card\"><h1>"
                + title
                + "</h1><p id=\"errorText\">"
                + text
                + "</p></main></body></html>";
    }
}
