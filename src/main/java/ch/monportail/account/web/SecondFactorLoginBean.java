package ch.monportail.account.web;

import ch.monportail.account.boundary.SecondFactors;
import ch.monportail.account.entity.LoginTicket;
import ch.monportail.platform.web.ClientAddress;
import ch.monportail.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/** The second login step: the 6-digit code of the authenticator app, or a recovery code. */
@Named
@RequestScoped
public class SecondFactorLoginBean {

    private String code;

    @Inject private PasswordLogin passwordLogin;

    @Inject private SecondFactors secondFactors;

    /** Without a pending password step, back to the login page. */
    public String onLoad() {
        return pendingTicket().isPresent() ? null : "/login.xhtml?faces-redirect=true";
    }

    public void verify() throws IOException, ServletException {
        Optional<String> pending = pendingTicket();
        if (pending.isEmpty()) {
            passwordLogin.backToLogin();
            return;
        }
        HttpServletRequest request =
                (HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Optional<String> login =
                secondFactors.verify(pending.get(), code, ClientAddress.of(request));
        if (login.isEmpty() || !passwordLogin.logIn(login.get())) {
            code = null;
            Texts.error("secondFactor.invalidCode");
        }
    }

    private Optional<String> pendingTicket() {
        return passwordLogin.pendingTicket(LoginTicket.Kind.SECOND_FACTOR);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
