package ch.monportail.account.web;

import ch.monportail.account.boundary.SecondFactors;
import ch.monportail.account.entity.LoginTicket;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.ClientAddress;
import ch.monportail.platform.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Setting up the second factor: at login for staff (compulsory), or from the account page for
 * anybody. Shows the QR code and the key, takes a first code, then shows the recovery codes once.
 */
@Named
@ViewScoped
public class EnrolmentBean implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    private SecondFactors.Enrolment enrolment;
    private String code;
    private List<String> recoveryCodes;
    private String loginTicket;
    private boolean atLogin;
    private boolean enabled;

    @Inject private transient SecondFactors secondFactors;

    @Inject private transient PasswordLogin passwordLogin;

    /** Page action of {@code /login-enrol.xhtml}. */
    public String onLoginLoad() {
        atLogin = true;
        Optional<SecondFactors.Enrolment> started =
                pendingTicket().flatMap(secondFactors::beginEnrolment);
        if (started.isEmpty()) {
            return "/login.xhtml?faces-redirect=true";
        }
        enrolment = started.get();
        return null;
    }

    /** Page action of {@code /account/second-factor.xhtml}. */
    public void onAccountLoad() {
        enabled = secondFactors.ownEnabled();
    }

    public void start() {
        enrolment = secondFactors.beginOwnEnrolment();
    }

    public void confirm() {
        String client =
                ClientAddress.of(
                        (HttpServletRequest)
                                FacesContext.getCurrentInstance()
                                        .getExternalContext()
                                        .getRequest());
        if (atLogin) {
            Optional<SecondFactors.Enrolled> enrolled =
                    pendingTicket()
                            .flatMap(
                                    t ->
                                            secondFactors.confirmEnrolment(
                                                    t, enrolment.secret(), code, client));
            if (enrolled.isEmpty()) {
                code = null;
                Texts.error("secondFactor.invalidCode");
                return;
            }
            recoveryCodes = enrolled.get().recoveryCodes();
            loginTicket = enrolled.get().loginTicket();
        } else {
            try {
                recoveryCodes = secondFactors.confirmOwnEnrolment(enrolment.secret(), code, client);
                enabled = true;
            } catch (BusinessException e) {
                code = null;
                Texts.error(e);
                return;
            }
        }
        Texts.info("secondFactor.enrolled");
    }

    public void disable() {
        try {
            secondFactors.disableOwn(
                    code,
                    ClientAddress.of(
                            (HttpServletRequest)
                                    FacesContext.getCurrentInstance()
                                            .getExternalContext()
                                            .getRequest()));
            enabled = false;
            enrolment = null;
            Texts.info("secondFactor.disabled");
        } catch (BusinessException e) {
            Texts.error(e);
        }
        code = null;
    }

    /** After the recovery codes were shown at login: into the portal. */
    public void continueToPortal() throws IOException, ServletException {
        if (loginTicket == null || !passwordLogin.logIn(loginTicket)) {
            passwordLogin.backToLogin();
        }
    }

    private Optional<String> pendingTicket() {
        return passwordLogin.pendingTicket(LoginTicket.Kind.ENROL);
    }

    public SecondFactors.Enrolment getEnrolment() {
        return enrolment;
    }

    /** The key as text (EL 5 of Jakarta EE 10 does not read record components). */
    public String getSecret() {
        return enrolment == null ? null : enrolment.secret();
    }

    public String getQrDataUri() {
        return enrolment == null ? null : enrolment.qrDataUri();
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
