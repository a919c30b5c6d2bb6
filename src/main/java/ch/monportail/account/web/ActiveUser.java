package ch.monportail.account.web;

import ch.monportail.account.boundary.Accounts;
import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.platform.web.LanguageChanged;
import ch.monportail.platform.web.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serial;
import java.io.Serializable;

/**
 * Who is logged in, for the frame: name and role, set once at login. Holds no entity, so the
 * session stays small and serialisable (session replication in a deployment group).
 */
@Named
@SessionScoped
public class ActiveUser implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    private Long accountId;
    private String displayName;
    private Role role;
    private int securityStamp;

    @Inject private LocaleBean localeBean;

    @Inject private Accounts accounts;

    @Inject private SecurityContext securityContext;

    /** A session that is authenticated but new to this bean (e.g. replicated) loads the account. */
    @PostConstruct
    void init() {
        if (securityContext.getCallerPrincipal() != null) {
            signedIn(accounts.current());
        }
    }

    void signedIn(Account account) {
        accountId = account.getId();
        displayName = account.getDisplayName();
        role = account.getRole();
        securityStamp = account.getSecurityStamp();
        localeBean.use(account.getLanguage());
    }

    void remember(@Observes(notifyObserver = Reception.IF_EXISTS) LanguageChanged change) {
        if (accountId != null) {
            accounts.changeLanguage(change.language());
        }
    }

    /** After the user changed their own password, this session stays valid. */
    void passwordChanged(int newStamp) {
        securityStamp = newStamp;
    }

    int getSecurityStamp() {
        return securityStamp;
    }

    public boolean isLoggedIn() {
        return accountId != null;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    /*
     * The menus' roles, read from the session (the account's role at login, which its groups came
     * from) rather than asked of the container's policy for each of the frame's two dozen items:
     * those checks share a lock under load. They only choose what is shown; the pages and services
     * check the caller's role themselves.
     */

    public boolean isParent() {
        return role == Role.PARENT;
    }

    /** An EDUCATOR or the ADMIN: the staff pages. */
    public boolean isStaff() {
        return role == Role.EDUCATOR || role == Role.ADMIN;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public String getHomePage() {
        return role == null ? "/login.xhtml" : role.homePage();
    }
}
