package ch.monportail.account.web;

import ch.monportail.platform.web.LocaleBean;
import ch.monportail.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import java.io.IOException;

/**
 * The login form: e-mail and password ({@link PasswordLogin}), and the « Mot de passe oublié » link
 * that carries the typed e-mail over.
 */
@Named
@RequestScoped
public class LoginBean {

    private String email;
    private String password;
    private boolean loggedOut;
    private String lang;

    @Inject private SecurityContext securityContext;

    @Inject private ActiveUser activeUser;

    @Inject private SessionMarker sessionMarker;

    @Inject private LocaleBean localeBean;

    @Inject private PasswordLogin passwordLogin;

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

    public void login() throws IOException, ServletException {
        if (!passwordLogin.start(email, password)) {
            password = null;
            Texts.error("login.failed");
        }
    }

    /** « Mot de passe oublié »: carries the e-mail typed here over to the request page. */
    public String forgotten() {
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .put(PasswordForgottenBean.FLASH_EMAIL, email);
        return "/password-forgotten.xhtml?faces-redirect=true";
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
