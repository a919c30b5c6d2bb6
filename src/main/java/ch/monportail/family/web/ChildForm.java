package ch.monportail.family.web;

import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.ChildData;
import ch.monportail.family.entity.SchoolGrade;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A child's names, birth date, grade and class as the ADMIN types them (new family, new child,
 * correction): the form state of {@code WEB-INF/includes/child-fields.xhtml}.
 */
public class ChildForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private SchoolGrade grade;
    private String schoolClass;

    static ChildForm of(Child child) {
        ChildForm form = new ChildForm();
        form.firstName = child.getFirstName();
        form.lastName = child.getLastName();
        form.birthDate = child.getBirthDate();
        form.grade = child.getSchoolGrade();
        form.schoolClass = child.getSchoolClass();
        return form;
    }

    ChildData data() {
        return new ChildData(firstName, lastName, birthDate, grade, schoolClass);
    }

    public SchoolGrade[] getGrades() {
        return SchoolGrade.values();
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
}
