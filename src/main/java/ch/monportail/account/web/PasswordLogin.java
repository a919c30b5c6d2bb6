package ch.monportail.account.web;

import ch.monportail.account.boundary.Accounts;
import ch.monportail.account.boundary.LoginTicketCredential;
import ch.monportail.account.boundary.SecondFactors;
import ch.monportail.account.boundary.SecurityConfiguration;
import ch.monportail.account.entity.LoginTicket;
import ch.monportail.platform.web.ClientAddress;
import ch.monportail.platform.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * Logs a user in: the password step, then the second factor where it applies, then the session (the
 * login page, and the end of a password reset). The session id is changed before authenticating (no
 * session fixation) and a session of another user is ended first; after success the user continues
 * to the page first asked for (when their role may see it), or to the start page of the role.
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

    @Inject private SecondFactors secondFactors;

    /** Session attribute: the login step pending after the password (code or enrolment). */
    static final String PENDING = "monportail.pendingLogin";

    /**
     * The password step: false (nothing sent) when it fails; otherwise the user is redirected to
     * the next step — the second-factor code, its enrolment, or directly into the portal.
     */
    public boolean start(String email, String password) throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<SecondFactors.LoginStep> step =
                secondFactors.firstFactor(
                        email,
                        (password == null ? "" : password).toCharArray(),
                        ClientAddress.of(request));
        if (step.isEmpty()) {
            return false;
        }
        switch (step.get().next()) {
            case LOGIN -> logIn(step.get().ticket());
            case SECOND_FACTOR -> pending(external, request, step.get(), "/login-code.xhtml");
            case ENROL -> pending(external, request, step.get(), "/login-enrol.xhtml");
        }
        return true;
    }

    /** The ticket of this browser's pending step of that kind, if any. */
    public Optional<String> pendingTicket(LoginTicket.Kind kind) {
        return pending().filter(step -> step.next() == kind).map(SecondFactors.LoginStep::ticket);
    }

    /** Sends the browser back to the login page (a step is missing or expired). */
    public void backToLogin() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    /** The pending step of this browser, if any. */
    public Optional<SecondFactors.LoginStep> pending() {
        HttpServletRequest request =
                (HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest();
        var session = request.getSession(false);
        return session != null
                        && session.getAttribute(PENDING) instanceof SecondFactors.LoginStep step
                ? Optional.of(step)
                : Optional.empty();
    }

    private static void pending(
            ExternalContext external,
            HttpServletRequest request,
            SecondFactors.LoginStep step,
            String page)
            throws IOException {
        request.getSession(true).setAttribute(PENDING, step);
        external.redirect(external.getRequestContextPath() + page);
    }

    /** Opens the session with a login ticket and continues; false if the ticket is not usable. */
    public boolean logIn(String loginTicket) throws IOException, ServletException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        freshSession(request);
        request.getSession().removeAttribute(PENDING);
        sessionMarker.set();
        AuthenticationStatus status =
                securityContext.authenticate(
                        request,
                        response,
                        AuthenticationParameters.withParams()
                                .newAuthentication(true)
                                .credential(new LoginTicketCredential(loginTicket)));
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
