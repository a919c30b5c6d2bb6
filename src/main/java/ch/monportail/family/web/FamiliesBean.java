package ch.monportail.family.web;

import ch.monportail.family.boundary.Families;
import ch.monportail.family.boundary.Families.FamilyRow;
import ch.monportail.family.boundary.FamilyStructures;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.BaseUrl;
import ch.monportail.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The ADMIN's family list (search by text and structure, lazy paging) and the registration of a new
 * family.
 */
@Named
@ViewScoped
public class FamiliesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Families families;

    private String search;
    private boolean toReview;
    private Long structureId;
    private List<FamilyStructures.Choice> structures;
    private final LazyDataModel<FamilyRow> model = new Model();
    private final RepresentativeForm holder = new RepresentativeForm();
    private final ChildForm child = new ChildForm();
    private boolean invite = true;

    private final class Model extends LazyDataModel<FamilyRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) families.count(search, toReview, structureId);
        }

        @Override
        public List<FamilyRow> load(
                int first,
                int pageSize,
                Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return families.search(search, toReview, structureId, first, pageSize);
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

    @PostConstruct
    void init() {
        structures = families.structures();
    }

    public String create() {
        try {
            long id =
                    families.create(
                            new Families.NewFamily(holder.data(), child.data(), invite),
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

    public List<FamilyStructures.Choice> getStructures() {
        return structures;
    }

    public Long getStructureId() {
        return structureId;
    }

    public void setStructureId(Long structureId) {
        this.structureId = structureId;
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

    public RepresentativeForm getHolder() {
        return holder;
    }

    public ChildForm getChild() {
        return child;
    }

    public boolean isInvite() {
        return invite;
    }

    public void setInvite(boolean invite) {
        this.invite = invite;
    }
}
