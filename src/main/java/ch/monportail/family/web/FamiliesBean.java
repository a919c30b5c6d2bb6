package ch.monportail.family.web;

import ch.monportail.family.boundary.Families;
import ch.monportail.family.boundary.Families.FamilyRow;
import ch.monportail.family.entity.ChildData;
import ch.monportail.family.entity.SchoolGrade;
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
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The ADMIN's family list (search, lazy paging) and the registration of a new family. */
@Named
@ViewScoped
public class FamiliesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Families families;

    private String search;
    private boolean toReview;
    private final LazyDataModel<FamilyRow> model = new Model();
    private String email;
    private String firstName;
    private String lastName;
    private String language = "fr";
    private String childFirstName;
    private String childLastName;
    private LocalDate childBirthDate;
    private SchoolGrade childGrade;
    private String childClass;
    private boolean invite = true;

    private final class Model extends LazyDataModel<FamilyRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) families.count(search, toReview);
        }

        @Override
        public List<FamilyRow> load(
                int first,
                int pageSize,
                Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return families.search(search, toReview, first, pageSize);
        }

        @Override
        public String getRowKey(FamilyRow row) {
            return Long.toString(row.id());
        }

        @Override
        public FamilyRow getRowData(String rowKey) {
            return null;
        }
    }

    public String create() {
        try {
            long id =
                    families.create(
                            new Families.NewFamily(
                                    new Families.NewRepresentative(
                                            email, firstName, lastName, language),
                                    new ChildData(
                                            childFirstName,
                                            childLastName,
                                            childBirthDate,
                                            childGrade,
                                            childClass),
                                    invite),
                            BaseUrl.of(FacesContext.getCurrentInstance().getExternalContext())
                                    + "/login.xhtml");
            Texts.info("families.created");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/family?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            FamilyMessages.error(e);
            return null;
        }
    }

    public LazyDataModel<FamilyRow> getModel() {
        return model;
    }

    public SchoolGrade[] getGrades() {
        return SchoolGrade.values();
    }

    public boolean isToReview() {
        return toReview;
    }

    public void setToReview(boolean toReview) {
        this.toReview = toReview;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getChildFirstName() {
        return childFirstName;
    }

    public void setChildFirstName(String childFirstName) {
        this.childFirstName = childFirstName;
    }

    public String getChildLastName() {
        return childLastName;
    }

    public void setChildLastName(String childLastName) {
        this.childLastName = childLastName;
    }

    public LocalDate getChildBirthDate() {
        return childBirthDate;
    }

    public void setChildBirthDate(LocalDate childBirthDate) {
        this.childBirthDate = childBirthDate;
    }

    public SchoolGrade getChildGrade() {
        return childGrade;
    }

    public void setChildGrade(SchoolGrade childGrade) {
        this.childGrade = childGrade;
    }

    public String getChildClass() {
        return childClass;
    }

    public void setChildClass(String childClass) {
        this.childClass = childClass;
    }

    public boolean isInvite() {
        return invite;
    }

    public void setInvite(boolean invite) {
        this.invite = invite;
    }
}
