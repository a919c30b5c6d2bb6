package ch.monportail.contract.web;

import ch.monportail.contract.boundary.Contracts;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.structure.control.AnnualEstimate;
import ch.monportail.structure.entity.CareUnit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * « Contrat » (the guide: contrats ⇒ voir contrats ⇒ l'imprimante): the list of the children's
 * contracts, and one contract ({@code ?id=}) with its weekly schedule, unit prices, annual total
 * and monthly estimate — explained — and the printer icon. Both parents see it.
 */
@Named
@ViewScoped
public class ContractsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<DayOfWeek> WEEKDAYS =
            List.of(
                    DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY);

    @Inject private Contracts contracts;

    private Long id;
    private List<Contract> list;
    private Contract contract;
    private AnnualEstimate.Result estimate;
    private List<Row> schedule;

    /** A row of the schedule: a care unit, its frozen prices, and the weekdays it is booked. */
    public record Row(CareUnit unit, ContractUnit prices, List<Boolean> days)
            implements Serializable {
        public CareUnit getUnit() {
            return unit;
        }

        public ContractUnit getPrices() {
            return prices;
        }

        public List<Boolean> getDays() {
            return days;
        }
    }

    public void load() {
        if (id == null) {
            list = contracts.mine();
            return;
        }
        contract = contracts.contract(id);
        estimate = contracts.estimate(id);
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (ContractUnit u : contract.getCurrentTerms().getUnits()) {
            rows.computeIfAbsent(
                    u.getCareUnit().getId(),
                    k -> {
                        List<Boolean> days = new ArrayList<>();
                        for (DayOfWeek day : WEEKDAYS) {
                            days.add(
                                    contract.getCurrentTerms().unitsOn(day).stream()
                                            .anyMatch(
                                                    x ->
                                                            x.getCareUnit()
                                                                    .getId()
                                                                    .equals(
                                                                            u.getCareUnit()
                                                                                    .getId())));
                        }
                        return new Row(u.getCareUnit(), u, days);
                    });
        }
        schedule = new ArrayList<>(rows.values());
        schedule.sort((a, b) -> a.unit().getStartsAt().compareTo(b.unit().getStartsAt()));
    }

    public List<DayOfWeek> getWeekdays() {
        return WEEKDAYS;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<Contract> getList() {
        return list;
    }

    public Contract getContract() {
        return contract;
    }

    public AnnualEstimate.Result getEstimate() {
        return estimate;
    }

    public List<Row> getSchedule() {
        return schedule;
    }

    public java.math.BigDecimal getTotal() {
        return estimate.total();
    }

    /** The monthly estimate as the page writes it: CHF 1'234.50. */
    public String getMonthlyText() {
        return ch.monportail.platform.control.SwissFormat.money(estimate.monthly());
    }

    public int getAttendanceDays() {
        return estimate.attendanceDays();
    }

    /** The months with attendance, for the explanation. */
    public int getMonths() {
        return estimate.months().size();
    }

    public List<Map.Entry<String, Integer>> getExcluded() {
        return estimate.excludedDays().entrySet().stream()
                .map(e -> Map.entry(e.getKey().name(), e.getValue()))
                .toList();
    }
}
