package ch.monportail.family.web;

import ch.monportail.family.boundary.ConcurrentChangeException;
import ch.monportail.family.boundary.Families;
import ch.monportail.family.boundary.FamilyData;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.ChildData;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The children on the ADMIN's family page: add a child, edit one (names, birth date, grade, class),
 * mark a departure, edit diet/allergies and medical notes (not flagged for review: the service
 * itself writes them), take note of changed health data.
 */
@Named
@ViewScoped
public class FamilyChildrenBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private FamilyData familyData;

    @Inject private Families families;

    private Long familyId;
    private List<Child> children;
    private Long editingId;
    private long editingVersion;
    private ChildForm form = new ChildForm();
    private LocalDate leavingOn;
    private Long healthId;
    private long healthVersion;
    private String healthName;
    private String diet;
    private String medicalNotes;

    /** View action: the family of the page. */
    public void loadFor(long familyId) {
        this.familyId = familyId;
        load();
    }

    private void load() {
        children = familyData.family(familyId).getChildren();
    }

    public void add() {
        healthId = null;
        editingId = 0L;
        form = new ChildForm();
        leavingOn = null;
    }

    public void edit(Child child) {
        healthId = null;
        editingId = child.getId();
        editingVersion = child.getVersion();
        form = ChildForm.of(child);
        leavingOn = child.getLeavingOn();
    }

    public void cancel() {
        editingId = null;
        healthId = null;
    }

    public void save() {
        ChildData data = form.data();
        try {
            if (editingId == 0L) {
                families.addChild(familyId, data);
            } else {
                families.updateChild(editingId, data, editingVersion);
                families.markLeaving(editingId, leavingOn);
            }
            Texts.info("children.saved");
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

    /** Diet/allergies and medical notes, a form of their own (a separate service and version). */
    public void editHealth(Child child) {
        editingId = null;
        healthId = child.getId();
        healthVersion = child.getVersion();
        healthName = child.getDisplayName();
        diet = child.getDiet();
        medicalNotes = child.getMedicalNotes();
    }

    public void saveHealth() {
        try {
            familyData.updateHealth(healthId, diet, medicalNotes, healthVersion);
            Texts.info("children.healthSaved");
        } catch (ConcurrentChangeException e) {
            Texts.error(e);
        } catch (BusinessException e) {
            FamilyMessages.error(e);
            return;
        }
        healthId = null;
        load();
    }

    public void healthReviewed(long childId) {
        familyData.healthReviewed(childId);
        load();
    }

    public Long getFamilyId() {
        return familyId;
    }

    public void setFamilyId(Long familyId) {
        this.familyId = familyId;
    }

    public List<Child> getChildren() {
        return children;
    }

    public Long getEditingId() {
        return editingId;
    }

    public ChildForm getForm() {
        return form;
    }

    public Long getHealthId() {
        return healthId;
    }

    public String getHealthName() {
        return healthName;
    }

    public String getDiet() {
        return diet;
    }

    public void setDiet(String diet) {
        this.diet = diet;
    }

    public String getMedicalNotes() {
        return medicalNotes;
    }

    public void setMedicalNotes(String medicalNotes) {
        this.medicalNotes = medicalNotes;
    }

    public LocalDate getLeavingOn() {
        return leavingOn;
    }

    public void setLeavingOn(LocalDate leavingOn) {
        this.leavingOn = leavingOn;
    }
}
