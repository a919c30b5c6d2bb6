package ch.monportail.account.web;

import ch.monportail.account.boundary.AccountAdministration;
import ch.monportail.account.boundary.EmailChanges;
import ch.monportail.account.boundary.SecondFactors;
import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.BaseUrl;
import ch.monportail.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/** ADMIN: find accounts, create one (with invitation), disable / enable, lift a login block. */
@Named
@ViewScoped
public class AccountsAdminBean implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    private String search;
    private transient List<Account> accounts = List.of();
    private String email;
    private String firstName;
    private String lastName;
    private Role role = Role.PARENT;
    private String language = "fr";
    private boolean invite = true;
    private Long changingId;
    private String changingEmail;
    private String newEmail;

    @Inject private transient AccountAdministration administration;

    @Inject private transient Clock clock;

    @Inject private transient SecondFactors secondFactors;

    @Inject private transient EmailChanges emailChanges;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        accounts = administration.search(search);
    }

    public void find() {
        load();
    }

    public void create() {
        try {
            Account created =
                    administration.create(
                            email, firstName, lastName, role, language, invite, loginUrl());
            Texts.info(invite ? "accounts.createdInvited" : "accounts.created", created.getEmail());
            email = null;
            firstName = null;
            lastName = null;
        } catch (BusinessException e) {
            Texts.error(e);
        }
        load();
    }

    public void invite(long id) {
        administration.invite(id, loginUrl());
        Texts.info("accounts.invited");
        load();
    }

    public void disable(long id) {
        administration.disable(id);
        load();
    }

    public void enable(long id) {
        administration.enable(id);
        load();
    }

    public void startEmailChange(Account account) {
        changingId = account.getId();
        changingEmail = account.getEmail();
        newEmail = null;
    }

    public void cancelEmailChange() {
        changingId = null;
    }

    public void sendEmailChange() {
        try {
            emailChanges.request(
                    changingId,
                    newEmail,
                    BaseUrl.of(FacesContext.getCurrentInstance().getExternalContext())
                            + "/email-confirm.xhtml?token=");
            Texts.info("accounts.emailChangeSent", newEmail);
            changingId = null;
        } catch (BusinessException e) {
            Texts.error(e);
        }
    }

    public Long getChangingId() {
        return changingId;
    }

    public String getChangingEmail() {
        return changingEmail;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public void resetSecondFactor(long id) {
        secondFactors.reset(id);
        Texts.info("accounts.secondFactorReset");
        load();
    }

    public void unblock(long id) {
        administration.unblock(id);
        Texts.info("accounts.unblocked");
        load();
    }

    public boolean blocked(Account account) {
        return account.isBlocked(clock.instant());
    }

    private static String loginUrl() {
        return BaseUrl.of(FacesContext.getCurrentInstance().getExternalContext()) + "/login.xhtml";
    }

    public List<Account> getAccounts() {
        return accounts;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<String> getLanguages() {
        return List.of("fr", "de", "en");
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isInvite() {
        return invite;
    }

    public void setInvite(boolean invite) {
        this.invite = invite;
    }
}
