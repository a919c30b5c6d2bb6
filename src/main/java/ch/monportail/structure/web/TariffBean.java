package ch.monportail.structure.web;

import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import ch.monportail.structure.boundary.CalendarAdministration;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.boundary.Structures;
import ch.monportail.structure.control.Tariff;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import ch.monportail.structure.entity.StructureTariff;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ADMIN's tariff of a structure for a school year: income brackets (exclusive upper limit →
 * percentage; the last one without limit), the percentage when no income is declared, the sibling
 * reductions. Saving never changes a contract (prices are frozen there).
 */
@Named
@ViewScoped
public class TariffBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Calendars calendars;

    @Inject private CalendarAdministration administration;

    @Inject private Structures structures;

    private List<Structure> structureList;
    private List<SchoolYear> years;
    private Long structureId;
    private Long yearId;
    private final List<Row> rows = new ArrayList<>();
    private BigDecimal notDeclared = new BigDecimal("100");
    private BigDecimal secondChild = BigDecimal.ZERO;
    private BigDecimal furtherChild = BigDecimal.ZERO;

    /** An editable bracket row. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private BigDecimal upTo;
        private BigDecimal percent;

        Row(BigDecimal upTo, BigDecimal percent) {
            this.upTo = upTo;
            this.percent = percent;
        }

        public BigDecimal getUpTo() {
            return upTo;
        }

        public void setUpTo(BigDecimal upTo) {
            this.upTo = upTo;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }
    }

    @PostConstruct
    void init() {
        structureList = structures.all();
        years = calendars.years();
        if (!structureList.isEmpty()) {
            structureId = structureList.get(0).getId();
        }
        if (!years.isEmpty()) {
            yearId = years.get(years.size() - 1).getId();
        }
        load();
    }

    public void load() {
        rows.clear();
        Optional<SchoolYear> year =
                years.stream().filter(y -> y.getId().equals(yearId)).findFirst();
        Optional<StructureTariff> tariff =
                structureId == null || year.isEmpty()
                        ? Optional.empty()
                        : calendars.tariff(structureId, year.get().getStartYear());
        if (tariff.isPresent()) {
            tariff.get().getBrackets().forEach(b -> rows.add(new Row(b.upTo(), b.percent())));
            notDeclared = tariff.get().getNotDeclaredPercent();
            secondChild = tariff.get().getSecondChildReduction();
            furtherChild = tariff.get().getFurtherChildReduction();
        } else {
            rows.add(new Row(null, new BigDecimal("100")));
            notDeclared = new BigDecimal("100");
            secondChild = BigDecimal.ZERO;
            furtherChild = BigDecimal.ZERO;
        }
    }

    public void addRow() {
        rows.add(0, new Row(null, null));
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    public void save() {
        try {
            List<Tariff.Bracket> brackets = new ArrayList<>();
            for (Row row : rows) {
                brackets.add(new Tariff.Bracket(row.upTo, row.percent));
            }
            administration.saveTariff(
                    structureId, yearId, brackets, notDeclared, secondChild, furtherChild);
            Texts.info("tariff.saved");
        } catch (BusinessException e) {
            Texts.error(e);
            return;
        } catch (IllegalArgumentException | NullPointerException e) {
            Texts.error("tariff.invalid");
            return;
        }
        load();
    }

    public List<Structure> getStructureList() {
        return structureList;
    }

    public List<SchoolYear> getYears() {
        return years;
    }

    public Long getStructureId() {
        return structureId;
    }

    public void setStructureId(Long structureId) {
        this.structureId = structureId;
    }

    public Long getYearId() {
        return yearId;
    }

    public void setYearId(Long yearId) {
        this.yearId = yearId;
    }

    public List<Row> getRows() {
        return rows;
    }

    public BigDecimal getNotDeclared() {
        return notDeclared;
    }

    public void setNotDeclared(BigDecimal notDeclared) {
        this.notDeclared = notDeclared;
    }

    public BigDecimal getSecondChild() {
        return secondChild;
    }

    public void setSecondChild(BigDecimal secondChild) {
        this.secondChild = secondChild;
    }

    public BigDecimal getFurtherChild() {
        return furtherChild;
    }

    public void setFurtherChild(BigDecimal furtherChild) {
        this.furtherChild = furtherChild;
    }
}
