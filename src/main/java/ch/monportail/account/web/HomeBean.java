package ch.monportail.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The portal's address ({@code /}) sends each user to the start page of their role. */
@Named
@RequestScoped
public class HomeBean {

    @Inject private SecurityContext securityContext;

    @Inject private ActiveUser activeUser;

    public String redirect() {
        if (securityContext.getCallerPrincipal() == null || !activeUser.isLoggedIn()) {
            return "/login.xhtml?faces-redirect=true";
        }
        return activeUser.getHomePage() + "?faces-redirect=true";
    }
}
