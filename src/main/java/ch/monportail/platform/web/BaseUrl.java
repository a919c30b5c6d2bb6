package ch.monportail.platform.web;

import ch.monportail.platform.control.Settings;
import jakarta.faces.context.ExternalContext;

/**
 * The portal's public address for links in e-mails: {@code monportail.base-url} ({@code
 * MONPORTAIL_BASE_URL}, e.g. {@code https://conthey.monportail.ch}). Set it in production: without
 * it the address is taken from the request, whose Host header a client chooses.
 */
public final class BaseUrl {

    private BaseUrl() {}

    public static String of(ExternalContext external) {
        return Settings.value("monportail.base-url")
                .map(url -> url.replaceAll("/+$", ""))
                .orElseGet(
                        () -> {
                            int port = external.getRequestServerPort();
                            String scheme = external.getRequestScheme();
                            boolean defaultPort =
                                    ("http".equals(scheme) && port == 80)
                                            || ("https".equals(scheme) && port == 443);
                            return scheme
                                    + "://"
                                    + external.getRequestServerName()
                                    + (defaultPort ? "" : ":" + port)
                                    + external.getRequestContextPath();
                        });
    }
}
