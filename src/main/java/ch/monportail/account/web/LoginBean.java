package ch.monportail.account.web;

import ch.monportail.account.boundary.Accounts;
import ch.monportail.account.boundary.SecurityConfiguration;
import ch.monportail.account.entity.Account;
import ch.monportail.platform.web.LocaleBean;
import ch.monportail.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The login form: e-mail and password. The session id is changed before authenticating (no session
 * fixation); after success the user continues to the page first asked for, or to the start page of
 * the role.
 */
@Named
@RequestScoped
public class LoginBean {

    private String email;
    private String password;
    private boolean loggedOut;
    private String lang;

    @Inject private SecurityContext securityContext;

    @Inject private Accounts accounts;

    @Inject private ActiveUser activeUser;

    @Inject private SessionMarker sessionMarker;

    @Inject private LocaleBean localeBean;

    /** Page action of the login page: a logged-in user goes home; an expired session is told. */
    public String onLoad() {
        if (lang != null && LocaleBean.LANGUAGES.contains(lang)) {
            localeBean.use(lang);
        }
        if (securityContext.getCallerPrincipal() != null && activeUser.isLoggedIn()) {
            return activeUser.getHomePage() + "?faces-redirect=true";
        }
        if (loggedOut) {
            Texts.info("login.loggedOut");
        } else if (sessionMarker.expired()) {
            Texts.info("login.sessionExpired");
        }
        return null;
    }

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        request.getSession(true);
        request.changeSessionId();
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
        switch (status) {
            case SUCCESS, SEND_CONTINUE -> {
                signedIn();
                external.redirect(external.getRequestContextPath() + continueUrl(request));
            }
            default -> {
                sessionMarker.clear();
                password = null;
                Texts.error("login.failed");
            }
        }
    }

    /** The protected page first asked for, if it is a path of this portal; else the start page. */
    private String continueUrl(HttpServletRequest request) {
        Object saved = request.getSession().getAttribute(SecurityConfiguration.CONTINUE_URL);
        request.getSession().removeAttribute(SecurityConfiguration.CONTINUE_URL);
        if (saved instanceof String path
                && path.startsWith("/")
                && !path.startsWith("//")
                && !path.startsWith(SecurityConfiguration.LOGIN_PAGE)) {
            return path;
        }
        return activeUser.getHomePage();
    }

    private void signedIn() {
        Account account =
                Account.tryNormalizeEmail(email)
                        .flatMap(accounts::findByEmail)
                        .orElseThrow(IllegalStateException::new);
        activeUser.signedIn(account);
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
