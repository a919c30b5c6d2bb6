package ch.monportail.account.web;

import ch.monportail.account.boundary.Accounts;
import ch.monportail.platform.web.ClientAddress;
import ch.monportail.platform.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Logout: audited, the session ends, the browser goes back to the login page. */
@Named
@RequestScoped
public class LogoutBean {

    @Inject private Accounts accounts;

    @Inject private SessionMarker sessionMarker;

    @Inject private LocaleBean localeBean;

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String language = localeBean.getLanguage();
        accounts.recordLogout(ClientAddress.of(request));
        sessionMarker.clear();
        request.logout();
        external.invalidateSession();
        external.redirect(
                external.getRequestContextPath() + "/login.xhtml?loggedOut=true&lang=" + language);
    }
}
