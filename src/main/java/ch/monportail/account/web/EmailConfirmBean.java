package ch.monportail.account.web;

import ch.monportail.account.boundary.EmailChanges;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.ClientAddress;
import ch.monportail.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The page of the link sent to a new e-mail address: confirms the change. */
@Named
@RequestScoped
public class EmailConfirmBean {

    private String token;
    private String newEmail;

    @Inject private EmailChanges emailChanges;

    public void onLoad() {
        try {
            newEmail =
                    emailChanges
                            .confirm(
                                    token,
                                    ClientAddress.of(
                                            (HttpServletRequest)
                                                    FacesContext.getCurrentInstance()
                                                            .getExternalContext()
                                                            .getRequest()))
                            .orElse(null);
        } catch (BusinessException e) {
            Texts.error(e);
        }
    }

    public boolean isConfirmed() {
        return newEmail != null;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
