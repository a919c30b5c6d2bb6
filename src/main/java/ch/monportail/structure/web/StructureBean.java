package ch.monportail.structure.web;

import ch.monportail.account.entity.Account;
import ch.monportail.family.boundary.ConcurrentChangeException;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import ch.monportail.structure.boundary.Structures;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.CareUnitData;
import ch.monportail.structure.entity.Structure;
import ch.monportail.structure.web.StructuresBean.StructureForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

/**
 * The ADMIN's page of one structure ({@code ?id=}): its data, its care units (add, edit,
 * deactivate) and the educators who work there.
 */
@Named
@ViewScoped
public class StructureBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Structures structures;

    private Long id;
    private Structure structure;
    private StructureForm form;
    private List<Account> educators;
    private Long educatorId;
    private Long unitId;
    private long unitVersion;
    private String unitName;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private BigDecimal fullPrice;
    private BigDecimal mealPrice;
    private Integer capacity;
    private boolean onSchoolDays = true;
    private boolean inHolidays;
    private Integer sortOrder;
    private LocalTime absenceCutoff;
    private Integer lateAbsencePercent;
    private ch.monportail.structure.entity.AgendaSettings.IllnessRule illnessRule;
    private Integer extraCareSurchargePercent;

    public void load() {
        if (id == null) {
            throw new ch.monportail.platform.control.NotFoundException();
        }
        structure = structures.structure(id);
        form = StructureForm.of(structure);
        var rules = structure.getAgendaSettings();
        absenceCutoff = rules.getAbsenceCutoff();
        lateAbsencePercent = rules.getLateAbsencePercent();
        illnessRule = rules.getIllnessRule();
        extraCareSurchargePercent = rules.getExtraCareSurchargePercent();
        educators = structures.educators();
    }

    public void save() {
        try {
            structures.update(id, form.data(), structure.getVersion());
            Texts.info("structure.saved");
        } catch (ConcurrentChangeException e) {
            Texts.error(e);
        } catch (BusinessException e) {
            Texts.error(e);
            return;
        }
        load();
    }

    /** Saves the agenda rules (the defaults of DESIGN §6 until the ADMIN changes them). */
    public void saveRules() {
        try {
            structures.updateAgendaSettings(
                    id,
                    new ch.monportail.structure.entity.AgendaSettings(
                            absenceCutoff,
                            lateAbsencePercent == null ? -1 : lateAbsencePercent,
                            illnessRule,
                            extraCareSurchargePercent == null ? -1 : extraCareSurchargePercent),
                    structure.getVersion());
            Texts.info("structure.rulesSaved");
        } catch (IllegalArgumentException e) {
            Texts.error("structure.invalid.agendaSettings");
            return;
        } catch (BusinessException e) {
            Texts.error(e);
        }
        load();
    }

    public ch.monportail.structure.entity.AgendaSettings.IllnessRule[] getIllnessRules() {
        return ch.monportail.structure.entity.AgendaSettings.IllnessRule.values();
    }

    public LocalTime getAbsenceCutoff() {
        return absenceCutoff;
    }

    public void setAbsenceCutoff(LocalTime absenceCutoff) {
        this.absenceCutoff = absenceCutoff;
    }

    public Integer getLateAbsencePercent() {
        return lateAbsencePercent;
    }

    public void setLateAbsencePercent(Integer lateAbsencePercent) {
        this.lateAbsencePercent = lateAbsencePercent;
    }

    public ch.monportail.structure.entity.AgendaSettings.IllnessRule getIllnessRule() {
        return illnessRule;
    }

    public void setIllnessRule(
            ch.monportail.structure.entity.AgendaSettings.IllnessRule illnessRule) {
        this.illnessRule = illnessRule;
    }

    public Integer getExtraCareSurchargePercent() {
        return extraCareSurchargePercent;
    }

    public void setExtraCareSurchargePercent(Integer extraCareSurchargePercent) {
        this.extraCareSurchargePercent = extraCareSurchargePercent;
    }

    public void newUnit() {
        unitId = 0L;
        unitName = null;
        startsAt = endsAt = null;
        fullPrice = mealPrice = null;
        capacity = null;
        onSchoolDays = true;
        inHolidays = false;
        sortOrder = structure.getCareUnits().size() + 1;
    }

    public void editUnit(CareUnit unit) {
        unitId = unit.getId();
        unitVersion = unit.getVersion();
        unitName = unit.getName();
        startsAt = unit.getStartsAt();
        endsAt = unit.getEndsAt();
        fullPrice = unit.getFullPrice();
        mealPrice = unit.getMealPrice();
        capacity = unit.getCapacity();
        onSchoolDays = unit.isOnSchoolDays();
        inHolidays = unit.isInHolidays();
        sortOrder = unit.getSortOrder();
    }

    public void cancelUnit() {
        unitId = null;
    }

    public void saveUnit() {
        CareUnitData data =
                new CareUnitData(
                        unitName,
                        startsAt,
                        endsAt,
                        fullPrice,
                        mealPrice,
                        capacity == null ? 0 : capacity,
                        onSchoolDays,
                        inHolidays,
                        sortOrder == null ? 0 : sortOrder);
        try {
            if (unitId == 0L) {
                structures.addCareUnit(id, data);
            } else {
                structures.updateCareUnit(unitId, data, unitVersion);
            }
            Texts.info("careUnit.saved");
            unitId = null;
        } catch (ConcurrentChangeException e) {
            Texts.error(e);
            unitId = null;
        } catch (BusinessException e) {
            Texts.error(e);
            return;
        }
        load();
    }

    public void setActive(long careUnitId, boolean active) {
        structures.setCareUnitActive(careUnitId, active);
        load();
    }

    public void assign() {
        if (educatorId != null) {
            structures.assignEducator(id, educatorId);
            Texts.info("structure.educatorAssigned");
        }
        load();
    }

    public void unassign(long accountId) {
        structures.unassignEducator(id, accountId);
        load();
    }

    public ch.monportail.structure.entity.StructureKind[] getKinds() {
        return ch.monportail.structure.entity.StructureKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Structure getStructure() {
        return structure;
    }

    public StructureForm getForm() {
        return form;
    }

    public List<Account> getEducators() {
        return educators;
    }

    public Long getEducatorId() {
        return educatorId;
    }

    public void setEducatorId(Long educatorId) {
        this.educatorId = educatorId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public BigDecimal getFullPrice() {
        return fullPrice;
    }

    public void setFullPrice(BigDecimal fullPrice) {
        this.fullPrice = fullPrice;
    }

    public BigDecimal getMealPrice() {
        return mealPrice;
    }

    public void setMealPrice(BigDecimal mealPrice) {
        this.mealPrice = mealPrice;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isOnSchoolDays() {
        return onSchoolDays;
    }

    public void setOnSchoolDays(boolean onSchoolDays) {
        this.onSchoolDays = onSchoolDays;
    }

    public boolean isInHolidays() {
        return inHolidays;
    }

    public void setInHolidays(boolean inHolidays) {
        this.inHolidays = inHolidays;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
