package ch.monportail.family.web;

import ch.monportail.family.boundary.ConcurrentChangeException;
import ch.monportail.family.boundary.Families;
import ch.monportail.family.boundary.FamilyData;
import ch.monportail.family.entity.Household;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * On the ADMIN's family page, the corrections the parents cannot make themselves or that the
 * service makes for them: a representative's name, e-mail (at once, see {@link
 * Families#updateRepresentative}) and language, and a household's tariff data (declared income,
 * children in the household). Each save names the version the form was opened with; a concurrent
 * change closes the form and the page shows the current data.
 */
@Named
@ViewScoped
public class RepresentativeEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Families families;

    @Inject private FamilyData familyData;

    @Inject private FamilyBean familyBean;

    private Long identityId;
    private long identityVersion;
    private String identityName;
    private RepresentativeForm identity;
    private Long householdId;
    private long householdVersion;
    private BigDecimal income;
    private int childrenCount;

    public void editIdentity(LegalRepresentative representative) {
        householdId = null;
        identityId = representative.getId();
        identityVersion = representative.getAccount().getVersion();
        identityName = representative.getDisplayName();
        identity = RepresentativeForm.of(representative.getAccount());
    }

    public void saveIdentity() {
        try {
            boolean changed =
                    families.updateRepresentative(identityId, identity.data(), identityVersion);
            Texts.info(changed ? "family.identitySaved" : "personal.noChange");
        } catch (ConcurrentChangeException e) {
            Texts.error(e);
        } catch (BusinessException e) {
            FamilyMessages.error(e);
            return;
        }
        identityId = null;
        familyBean.load();
    }

    public void editHousehold(Household household) {
        identityId = null;
        householdId = household.getId();
        householdVersion = household.getVersion();
        income = household.getDeclaredIncome();
        childrenCount = household.getChildrenCount();
    }

    public void saveHousehold() {
        try {
            boolean changed =
                    familyData.updateHousehold(
                            householdId, income, childrenCount, householdVersion);
            Texts.info(changed ? "family.householdSaved" : "personal.noChange");
        } catch (ConcurrentChangeException e) {
            Texts.error(e);
        } catch (BusinessException e) {
            FamilyMessages.error(e);
            return;
        }
        householdId = null;
        familyBean.load();
    }

    public void cancel() {
        identityId = null;
        householdId = null;
    }

    public Long getIdentityId() {
        return identityId;
    }

    public String getIdentityName() {
        return identityName;
    }

    public RepresentativeForm getIdentity() {
        return identity;
    }

    public Long getHouseholdId() {
        return householdId;
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
}
