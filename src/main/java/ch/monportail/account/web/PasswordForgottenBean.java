package ch.monportail.account.web;

import ch.monportail.account.boundary.PasswordResets;
import ch.monportail.platform.web.BaseUrl;
import ch.monportail.platform.web.ClientAddress;
import ch.monportail.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.TimeUnit;

/**
 * « Mot de passe oublié »: the e-mail typed on the login page is carried over; the answer is the
 * same, and takes at least {@link #MIN_RESPONSE_MILLIS}, whether the address is known or not.
 */
@Named
@RequestScoped
public class PasswordForgottenBean {

    static final long MIN_RESPONSE_MILLIS = 600;
    static final String FLASH_EMAIL = "monportail.email";

    private String email;

    @Inject private PasswordResets passwordResets;

    @PostConstruct
    void init() {
        Object typed =
                FacesContext.getCurrentInstance().getExternalContext().getFlash().get(FLASH_EMAIL);
        if (typed instanceof String value) {
            email = value;
        }
    }

    public String send() throws InterruptedException {
        long start = System.nanoTime();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        passwordResets.request(
                email,
                ClientAddress.of((HttpServletRequest) external.getRequest()),
                BaseUrl.of(external) + "/password-reset.xhtml?token=");
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (elapsed < MIN_RESPONSE_MILLIS) {
            Thread.sleep(MIN_RESPONSE_MILLIS - elapsed);
        }
        Texts.info("forgotten.sent", email == null ? "" : email.strip());
        external.getFlash().setKeepMessages(true);
        return "/password-forgotten.xhtml?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
