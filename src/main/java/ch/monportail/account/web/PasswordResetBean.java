package ch.monportail.account.web;

import ch.monportail.account.boundary.PasswordResets;
import ch.monportail.account.control.PasswordPolicy;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.ClientAddress;
import ch.monportail.platform.web.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/**
 * The page of the e-mail's link: choose a password (with a strength hint), then the user is logged
 * in and lands on their start page.
 */
@Named
@ViewScoped
public class PasswordResetBean implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    private String token;
    private String firstName;
    private transient String password;
    private transient String confirmation;
    private int strength;

    @Inject private transient PasswordResets passwordResets;

    @Inject private transient PasswordLogin passwordLogin;

    public void onLoad() {
        firstName = passwordResets.firstNameFor(token).orElse(null);
    }

    public void measure() {
        strength = PasswordPolicy.strength(password);
    }

    public void save() throws IOException, ServletException {
        if (password == null || !password.equals(confirmation)) {
            Texts.error("password.mismatch");
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        String email;
        try {
            email =
                    passwordResets.complete(
                            token,
                            password.toCharArray(),
                            ClientAddress.of((HttpServletRequest) external.getRequest()));
        } catch (BusinessException e) {
            Texts.error(e);
            return;
        }
        Texts.info("reset.done");
        external.getFlash().setKeepMessages(true);
        passwordLogin.start(email, password);
    }

    public boolean isValid() {
        return firstName != null;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public int getStrength() {
        return strength;
    }
}
