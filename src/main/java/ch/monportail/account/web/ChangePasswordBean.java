package ch.monportail.account.web;

import ch.monportail.account.boundary.Accounts;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.ClientAddress;
import ch.monportail.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** A logged-in user changes their password, giving the current one. */
@Named
@RequestScoped
public class ChangePasswordBean {

    private String current;
    private final NewPassword newPassword = new NewPassword();

    @Inject private Accounts accounts;

    @Inject private ActiveUser activeUser;

    public String save() {
        if (!newPassword.confirmed()) {
            Texts.error("password.mismatch");
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            int stamp =
                    accounts.changePassword(
                            current == null ? new char[0] : current.toCharArray(),
                            newPassword.getPassword().toCharArray(),
                            ClientAddress.of((HttpServletRequest) external.getRequest()));
            activeUser.passwordChanged(stamp);
        } catch (BusinessException e) {
            Texts.error(e);
            return null;
        }
        Texts.info("changePassword.done");
        external.getFlash().setKeepMessages(true);
        return activeUser.getHomePage() + "?faces-redirect=true";
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
