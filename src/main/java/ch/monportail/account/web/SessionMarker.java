package ch.monportail.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Map;

/**
 * A cookie that says "this browser was logged in" (it holds no identity). When the login page is
 * reached with the cookie but without an authenticated session, the session timed out — and the
 * page says so instead of silently asking for the password again. Logout removes the cookie.
 */
@RequestScoped
public class SessionMarker {

    static final String COOKIE = "mp_signed_in";

    @Inject private SecurityContext securityContext;

    void set() {
        write("1", -1);
    }

    void clear() {
        write("", 0);
    }

    /** True once when the session of this browser expired; clears the marker. */
    boolean expired() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        boolean marked = external.getRequestCookieMap().containsKey(COOKIE);
        if (marked && securityContext.getCallerPrincipal() == null) {
            clear();
            return true;
        }
        return false;
    }

    private void write(String value, int maxAge) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.addResponseCookie(
                COOKIE,
                value,
                Map.of(
                        "path",
                        external.getRequestContextPath().isEmpty()
                                ? "/"
                                : external.getRequestContextPath(),
                        "maxAge",
                        maxAge,
                        "httpOnly",
                        true,
                        "secure",
                        external.isSecure()));
    }
}
