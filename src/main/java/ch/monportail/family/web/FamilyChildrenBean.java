package ch.monportail.family.web;

import ch.monportail.family.boundary.ConcurrentChangeException;
import ch.monportail.family.boundary.Families;
import ch.monportail.family.boundary.FamilyData;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.ChildData;
import ch.monportail.family.entity.SchoolGrade;
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
 * mark a departure, take note of changed health data.
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
    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private SchoolGrade grade;
    private String schoolClass;
    private LocalDate leavingOn;

    /** View action: the family of the page. */
    public void loadFor(long familyId) {
        this.familyId = familyId;
        load();
    }

    private void load() {
        children = familyData.family(familyId).getChildren();
    }

    public void add() {
        editingId = 0L;
        firstName = lastName = schoolClass = null;
        birthDate = null;
        grade = null;
        leavingOn = null;
    }

    public void edit(Child child) {
        editingId = child.getId();
        editingVersion = child.getVersion();
        firstName = child.getFirstName();
        lastName = child.getLastName();
        birthDate = child.getBirthDate();
        grade = child.getSchoolGrade();
        schoolClass = child.getSchoolClass();
        leavingOn = child.getLeavingOn();
    }

    public void cancel() {
        editingId = null;
    }

    public void save() {
        ChildData data = new ChildData(firstName, lastName, birthDate, grade, schoolClass);
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

    public void healthReviewed(long childId) {
        familyData.healthReviewed(childId);
        load();
    }

    public SchoolGrade[] getGrades() {
        return SchoolGrade.values();
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

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public SchoolGrade getGrade() {
        return grade;
    }

    public void setGrade(SchoolGrade grade) {
        this.grade = grade;
    }

    public String getSchoolClass() {
        return schoolClass;
    }

    public void setSchoolClass(String schoolClass) {
        this.schoolClass = schoolClass;
    }

    public LocalDate getLeavingOn() {
        return leavingOn;
    }

    public void setLeavingOn(LocalDate leavingOn) {
        this.leavingOn = leavingOn;
    }
}
