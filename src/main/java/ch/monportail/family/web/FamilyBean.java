package ch.monportail.family.web;

import ch.monportail.family.boundary.ConcurrentChangeException;
import ch.monportail.family.boundary.Families;
import ch.monportail.family.boundary.FamilyData;
import ch.monportail.family.entity.AccountHolderChange;
import ch.monportail.family.entity.Family;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.platform.boundary.Clocks;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.BaseUrl;
import ch.monportail.platform.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The ADMIN's family page ({@code ?id=}): the representatives (edit their personal data, add or
 * remove the second one), the change of account holder with its history. A representative's name,
 * e-mail, language and household are {@link RepresentativeEditBean}; the children are {@link
 * FamilyChildrenBean}.
 */
@Named
@ViewScoped
public class FamilyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private FamilyData familyData;

    @Inject private Families families;

    private Long id;
    private Family family;
    private List<AccountHolderChange> history;
    private Long editingId;
    private long editingVersion;
    private PersonalDataForm form;
    private RepresentativeForm second = new RepresentativeForm();
    private boolean sameHousehold = true;
    private boolean invite = true;
    private Long newHolderId;
    private LocalDate effectiveFrom;
    private String reason;

    public void load() {
        if (id == null) {
            throw new ch.monportail.platform.control.NotFoundException();
        }
        family = familyData.family(id);
        history = families.holderHistory(id);
        effectiveFrom = LocalDate.now(Clocks.COMMUNE_ZONE);
        newHolderId =
                family.getRepresentatives().stream()
                        .filter(r -> !r.isAccountHolder())
                        .map(LegalRepresentative::getId)
                        .findFirst()
                        .orElse(null);
    }

    public void edit(LegalRepresentative representative) {
        editingId = representative.getId();
        editingVersion = representative.getVersion();
        form = PersonalDataForm.of(representative.personalData());
    }

    public void cancel() {
        editingId = null;
    }

    public void save() {
        try {
            familyData.updatePersonalData(editingId, form.data(), editingVersion);
            Texts.info("personal.saved");
            editingId = null;
        } catch (ConcurrentChangeException e) {
            Texts.error(e);
            editingId = null;
        } catch (BusinessException e) {
            FamilyMessages.error(e);
            return;
        }
        load();
    }

    public void addRepresentative() {
        try {
            families.addRepresentative(
                    id,
                    second.data(),
                    sameHousehold,
                    invite,
                    BaseUrl.of(FacesContext.getCurrentInstance().getExternalContext())
                            + "/login.xhtml");
            Texts.info("family.representativeAdded");
            second = new RepresentativeForm();
        } catch (BusinessException e) {
            FamilyMessages.error(e);
            return;
        }
        load();
    }

    public void removeRepresentative(long representativeId) {
        try {
            families.removeRepresentative(representativeId);
            Texts.info("family.representativeRemoved");
        } catch (BusinessException e) {
            FamilyMessages.error(e);
        }
        load();
    }

    public void tariffReviewed(long householdId) {
        familyData.tariffReviewed(householdId);
        load();
    }

    public void changeHolder() {
        try {
            families.changeAccountHolder(id, newHolderId, effectiveFrom, reason);
            Texts.info("family.holderChanged");
            reason = null;
        } catch (BusinessException e) {
            FamilyMessages.error(e);
            return;
        }
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Family getFamily() {
        return family;
    }

    public List<AccountHolderChange> getHistory() {
        return history;
    }

    public Long getEditingId() {
        return editingId;
    }

    public PersonalDataForm getForm() {
        return form;
    }

    public RepresentativeForm getSecond() {
        return second;
    }

    public boolean isSameHousehold() {
        return sameHousehold;
    }

    public void setSameHousehold(boolean sameHousehold) {
        this.sameHousehold = sameHousehold;
    }

    public boolean isInvite() {
        return invite;
    }

    public void setInvite(boolean invite) {
        this.invite = invite;
    }

    public Long getNewHolderId() {
        return newHolderId;
    }

    public void setNewHolderId(Long newHolderId) {
        this.newHolderId = newHolderId;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
