package ch.monportail.contract.web;

import ch.monportail.contract.boundary.Contracts;
import ch.monportail.contract.control.ContractYear;
import ch.monportail.contract.entity.Contract;
import ch.monportail.family.boundary.Families;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.boundary.Structures;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The ADMIN's contracts of a school year and the creation of a contract for a child. The school
 * year is chosen among the defined ones ({@link ContractYear} proposes one); the holder is the
 * family's account holder, shown (it is changed on the family page).
 */
@Named
@ViewScoped
public class AdminContractsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Contracts contracts;

    @Inject private Structures structures;

    @Inject private Families families;

    @Inject private Calendars calendars;

    @Inject private transient Clock clock;

    private Integer year;
    private List<Integer> years;
    private List<Contract> list = List.of();
    private List<Structure> structureList;
    private String childQuery;
    private List<Child> childMatches = List.of();
    private Long childId;
    private List<Contracts.HolderChoice> holders = List.of();
    private Long holderId;
    private Long structureId;
    private List<CareUnit> units = List.of();
    private LocalDate from;
    private LocalDate to;
    private final PatternForm pattern = new PatternForm();

    @PostConstruct
    void load() {
        years = calendars.years().stream().map(SchoolYear::getStartYear).toList();
        year = ContractYear.proposed(LocalDate.now(clock), years).orElse(null);
        structureList = structures.all();
        yearChanged();
    }

    /** Another school year: its contracts, and the whole year as the new contract's period. */
    public void yearChanged() {
        if (year == null) {
            list = List.of();
            return;
        }
        from = LocalDate.of(year, 8, 1);
        to = LocalDate.of(year + 1, 7, 31);
        list = contracts.ofYear(year);
    }

    public void findChildren() {
        childMatches = families.findChildren(childQuery);
        childId = childMatches.isEmpty() ? null : childMatches.get(0).getId();
        childChanged();
    }

    /** Another child: their legal representatives, the family's account holder chosen. */
    public void childChanged() {
        holders = childId == null ? List.of() : contracts.holders(childId);
        holderId = holders.isEmpty() ? null : holders.get(0).id();
    }

    public void structureChanged() {
        pattern.clear();
        units =
                structureId == null
                        ? List.of()
                        : structures.structure(structureId).getCareUnits().stream()
                                .filter(CareUnit::isInWeeklyPattern)
                                .toList();
    }

    public String create() {
        if (childId == null || structureId == null) {
            Texts.error("contract.invalid.childAndStructure");
            return null;
        }
        if (year == null) {
            Texts.error("contract.invalid.noYear");
            return null;
        }
        try {
            Contracts.Created created =
                    contracts.create(
                            new Contracts.NewContract(
                                    childId,
                                    structureId,
                                    year,
                                    from,
                                    to,
                                    pattern.pattern(units),
                                    holderId));
            Texts.info("contract.created");
            created.fullUnits().forEach(u -> Texts.error("contract.unitFull", describe(u)));
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

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<Contracts.HolderChoice> getHolders() {
        return holders;
    }

    public Long getHolderId() {
        return holderId;
    }

    public void setHolderId(Long holderId) {
        this.holderId = holderId;
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

    /** "Midi (Lu)": a full unit and its weekday, in the page's language. */
    static String describe(Contracts.FullUnit full) {
        return full.unit() + " (" + Texts.get("day." + full.day()) + ")";
    }
}
