package ch.monportail.family.web;

import ch.monportail.account.boundary.EmailChanges;
import ch.monportail.family.boundary.ConcurrentChangeException;
import ch.monportail.family.boundary.FamilyData;
import ch.monportail.family.boundary.FamilyExport;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.BaseUrl;
import ch.monportail.platform.web.Downloads;
import ch.monportail.platform.web.LocaleBean;
import ch.monportail.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * « Données personnelles et professionnelles »: the parent's own data (editable), the e-mail (a
 * change is confirmed by a link to the new address), the household's tariff data, the other
 * representative read-only, and « Mes données » (PDF, JSON).
 */
@Named
@ViewScoped
public class PersonalDataBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private FamilyData familyData;

    @Inject private FamilyExport familyExport;

    @Inject private EmailChanges emailChanges;

    @Inject private LocaleBean localeBean;

    private LegalRepresentative me;
    private LegalRepresentative other;
    private PersonalDataForm form;
    private BigDecimal income;
    private int childrenCount;
    private String newEmail;
    private String language;

    @PostConstruct
    void load() {
        me = familyData.me();
        other =
                me.getFamily().getRepresentatives().stream()
                        .filter(r -> !r.getId().equals(me.getId()))
                        .findFirst()
                        .orElse(null);
        form = PersonalDataForm.of(me.personalData());
        income = me.getHousehold().getDeclaredIncome();
        childrenCount = me.getHousehold().getChildrenCount();
        language = localeBean.getLanguage();
    }

    public void save() {
        try {
            familyData.updatePersonalData(me.getId(), form.data(), me.getVersion());
            Texts.info("personal.saved");
        } catch (ConcurrentChangeException e) {
            Texts.error(e);
        } catch (BusinessException e) {
            FamilyMessages.error(e);
            return;
        }
        load();
    }

    public void saveHousehold() {
        try {
            boolean changed =
                    familyData.updateHousehold(
                            me.getHousehold().getId(),
                            income,
                            childrenCount,
                            me.getHousehold().getVersion());
            Texts.info(changed ? "personal.householdReview" : "personal.noChange");
        } catch (ConcurrentChangeException e) {
            Texts.error(e);
        } catch (BusinessException e) {
            FamilyMessages.error(e);
            return;
        }
        load();
    }

    public void requestEmailChange() {
        try {
            emailChanges.requestOwn(
                    newEmail,
                    BaseUrl.of(FacesContext.getCurrentInstance().getExternalContext())
                            + "/email-confirm.xhtml?token=");
            Texts.info("accounts.emailChangeSent", newEmail);
            newEmail = null;
        } catch (BusinessException e) {
            Texts.error(e);
        }
    }

    public void downloadPdf() {
        Downloads.send(
                familyExport.pdf(me.getFamily().getId(), localeBean.getLocale()),
                "application/pdf",
                "mes-donnees.pdf");
    }

    public void downloadJson() {
        Downloads.send(
                familyExport.json(me.getFamily().getId()).getBytes(StandardCharsets.UTF_8),
                "application/json; charset=UTF-8",
                "mes-donnees.json");
    }

    public LegalRepresentative getMe() {
        return me;
    }

    public LegalRepresentative getOther() {
        return other;
    }

    /** Whether the other representative lives in this household (then the income is shared). */
    public boolean isSameHousehold() {
        return other != null && other.getHousehold().getId().equals(me.getHousehold().getId());
    }

    public PersonalDataForm getForm() {
        return form;
    }

    public BigDecimal getIncome() {
        return income;
    }

    public void setIncome(BigDecimal income) {
        this.income = income;
    }

    public int getChildrenCount() {
        return childrenCount;
    }

    public void setChildrenCount(int childrenCount) {
        this.childrenCount = childrenCount;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }
}
