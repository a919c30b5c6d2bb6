package ch.monportail.account.web;

import ch.monportail.account.boundary.PasswordResets;
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
    private final NewPassword newPassword = new NewPassword();

    @Inject private transient PasswordResets passwordResets;

    @Inject private transient PasswordLogin passwordLogin;

    public void onLoad() {
        firstName = passwordResets.firstNameFor(token).orElse(null);
    }

    public void save() throws IOException, ServletException {
        if (!newPassword.confirmed()) {
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
                            newPassword.getPassword().toCharArray(),
                            ClientAddress.of((HttpServletRequest) external.getRequest()));
        } catch (BusinessException e) {
            Texts.error(e);
            return;
        }
        Texts.info("reset.done");
        external.getFlash().setKeepMessages(true);
        passwordLogin.start(email, newPassword.getPassword());
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

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
