package ch.monportail.contract.web;

import ch.monportail.contract.boundary.Contracts;
import ch.monportail.contract.entity.Contract;
import ch.monportail.family.boundary.Families;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.boundary.Clocks;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import ch.monportail.structure.boundary.Structures;
import ch.monportail.structure.control.SchoolCalendar;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.Structure;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** The ADMIN's contracts of a school year and the creation of a contract for a child. */
@Named
@ViewScoped
public class AdminContractsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Contracts contracts;

    @Inject private Structures structures;

    @Inject private Families families;

    private int year;
    private List<Contract> list;
    private List<Structure> structureList;
    private String childQuery;
    private List<Child> childMatches = List.of();
    private Long childId;
    private Long structureId;
    private List<CareUnit> units = List.of();
    private LocalDate from;
    private LocalDate to;
    private final PatternForm pattern = new PatternForm();

    @PostConstruct
    void load() {
        year = SchoolCalendar.startYearOf(LocalDate.now(Clocks.COMMUNE_ZONE));
        structureList = structures.all();
        from = LocalDate.of(year, 8, 1);
        to = LocalDate.of(year + 1, 7, 31);
        list = contracts.ofYear(year);
    }

    public void findChildren() {
        childMatches = families.findChildren(childQuery);
        childId = childMatches.isEmpty() ? null : childMatches.get(0).getId();
    }

    public void structureChanged() {
        pattern.clear();
        units =
                structureId == null
                        ? List.of()
                        : structures.structure(structureId).getCareUnits().stream()
                                .filter(CareUnit::isActive)
                                .filter(CareUnit::isOnSchoolDays)
                                .toList();
    }

    public String create() {
        if (childId == null || structureId == null) {
            Texts.error("contract.invalid.childAndStructure");
            return null;
        }
        try {
            Contracts.Created created =
                    contracts.create(
                            new Contracts.NewContract(
                                    childId, structureId, year, from, to, pattern.pattern(units)));
            Texts.info("contract.created");
            created.fullUnits().forEach(u -> Texts.error("contract.unitFull", u));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/contract?faces-redirect=true&id=" + created.contractId();
        } catch (BusinessException e) {
            Texts.error(e);
            return null;
        }
    }

    public List<DayOfWeek> getWeekdays() {
        return ContractsBean.WEEKDAYS;
    }

    public int getYear() {
        return year;
    }

    public List<Contract> getList() {
        return list;
    }

    public List<Structure> getStructureList() {
        return structureList;
    }

    public String getChildQuery() {
        return childQuery;
    }

    public void setChildQuery(String childQuery) {
        this.childQuery = childQuery;
    }

    public List<Child> getChildMatches() {
        return childMatches;
    }

    public Long getChildId() {
        return childId;
    }

    public void setChildId(Long childId) {
        this.childId = childId;
    }

    public Long getStructureId() {
        return structureId;
    }

    public void setStructureId(Long structureId) {
        this.structureId = structureId;
    }

    public List<CareUnit> getUnits() {
        return units;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public PatternForm getPattern() {
        return pattern;
    }
}
