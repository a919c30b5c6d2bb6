package ch.monportail.account.web;

import ch.monportail.account.boundary.Accounts;
import ch.monportail.account.boundary.SecurityConfiguration;
import ch.monportail.platform.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * Logs a user in with e-mail and password (the login page, and the end of a password reset). The
 * session id is changed before authenticating (no session fixation) and a session of another user
 * is ended first; after success the user continues to the page first asked for (when their role may
 * see it), or to the start page of the role.
 */
@RequestScoped
public class PasswordLogin {

    private static final List<String> CONTINUABLE =
            List.of("/parent/", "/staff/", "/admin/", "/account/");

    @Inject private SecurityContext securityContext;

    @Inject private Accounts accounts;

    @Inject private ActiveUser activeUser;

    @Inject private SessionMarker sessionMarker;

    @Inject private LocaleBean localeBean;

    /** True and redirected when the credentials are right; false (nothing sent) otherwise. */
    public boolean logIn(String email, String password) throws IOException, ServletException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        freshSession(request);
        sessionMarker.set();
        AuthenticationStatus status =
                securityContext.authenticate(
                        request,
                        response,
                        AuthenticationParameters.withParams()
                                .newAuthentication(true)
                                .credential(
                                        new UsernamePasswordCredential(
                                                email == null ? "" : email,
                                                new Password(password == null ? "" : password))));
        if (status != AuthenticationStatus.SUCCESS) {
            sessionMarker.clear();
            return false;
        }
        activeUser.signedIn(accounts.current());
        external.redirect(external.getRequestContextPath() + continueUrl(request));
        return true;
    }

    /**
     * A new session id for the login; if another user was logged in in this browser, their session
     * ends entirely (only the page asked for and the language carry over).
     */
    private void freshSession(HttpServletRequest request) throws ServletException {
        var existing = request.getSession(false);
        if (existing != null && request.getUserPrincipal() != null) {
            Object continueUrl = existing.getAttribute(SecurityConfiguration.CONTINUE_URL);
            String language = localeBean.getLanguage();
            request.logout();
            existing.invalidate();
            request.getSession(true).setAttribute(SecurityConfiguration.CONTINUE_URL, continueUrl);
            localeBean.use(language);
        } else {
            request.getSession(true);
            request.changeSessionId();
        }
    }

    /** The protected page first asked for, if it is a page of this portal the user may see. */
    private String continueUrl(HttpServletRequest request) {
        Object saved = request.getSession().getAttribute(SecurityConfiguration.CONTINUE_URL);
        request.getSession().removeAttribute(SecurityConfiguration.CONTINUE_URL);
        String home = activeUser.getHomePage();
        if (!(saved instanceof String path) || path.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            return home;
        }
        try {
            URI uri = new URI(path);
            if (uri.getScheme() != null || uri.getAuthority() != null || uri.getPath() == null) {
                return home;
            }
        } catch (URISyntaxException e) {
            return home;
        }
        boolean allowed =
                CONTINUABLE.stream().anyMatch(path::startsWith)
                        && (!path.startsWith("/admin/") || request.isUserInRole("ADMIN"))
                        && (!path.startsWith("/parent/") || request.isUserInRole("PARENT"))
                        && (!path.startsWith("/staff/")
                                || request.isUserInRole("EDUCATOR")
                                || request.isUserInRole("ADMIN"));
        return allowed ? path : home;
    }
}
