package ch.monportail.contract.web;

import ch.monportail.contract.boundary.Contracts;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.control.SwissFormat;
import ch.monportail.platform.web.Texts;
import ch.monportail.structure.control.AnnualEstimate;
import ch.monportail.structure.entity.CareUnit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The ADMIN's contract page ({@code ?id=}): the terms and their history, the same numbers as the
 * parent sees, activation, an amendment (new pattern from a date), termination.
 */
@Named
@ViewScoped
public class AdminContractBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Contracts contracts;

    private Long id;
    private Contract contract;
    private AnnualEstimate.Result estimate;
    private List<CareUnit> units;
    private List<Contracts.HolderChoice> holders = List.of();
    private Long holderId;
    private final PatternForm pattern = new PatternForm();
    private LocalDate effectiveFrom;
    private String reason;
    private LocalDate lastDay;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        contract = contracts.contract(id);
        estimate = contracts.estimate(id);
        units =
                contract.getStructure().getCareUnits().stream()
                        .filter(CareUnit::isInWeeklyPattern)
                        .toList();
        holders =
                contract.getStatus() == ContractStatus.ENDED
                        ? List.of()
                        : contracts.holders(contract.getChild().getId());
        // the family's account holder today (it may have changed on the family page since)
        holderId =
                holders.isEmpty()
                        ? contract.getCurrentTerms().getHolder().getId()
                        : holders.get(0).id();
        pattern.clear();
        for (ContractUnit u : contract.getCurrentTerms().getUnits()) {
            pattern.check(u.getCareUnit().getId(), u.getWeekday());
        }
    }

    public void activate() {
        run(() -> contracts.activate(id), "contract.activated");
    }

    /**
     * The amendment, then the care units already full from its date (a warning, as at creation).
     */
    public void amend() {
        try {
            List<Contracts.FullUnit> full =
                    contracts.amend(
                            id,
                            effectiveFrom,
                            pattern.pattern(units),
                            holderId,
                            reason,
                            contract.getVersion());
            Texts.info("contract.amended");
            full.forEach(u -> Texts.error("contract.unitFull", AdminContractsBean.describe(u)));
        } catch (BusinessException e) {
            Texts.error(e);
            if ("contract.invalid.changedMeanwhile".equals(e.getMessageKey())) {
                load();
            }
            return;
        }
        load();
    }

    public void terminate() {
        run(() -> contracts.terminate(id, lastDay), "contract.terminated");
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Texts.info(done);
        } catch (BusinessException e) {
            Texts.error(e);
            return;
        }
        load();
    }

    public String getTotalText() {
        return SwissFormat.money(estimate.total());
    }

    public String getMonthlyText() {
        return SwissFormat.money(estimate.monthly());
    }

    public int getAttendanceDays() {
        return estimate.attendanceDays();
    }

    public int getMonths() {
        return estimate.months().size();
    }

    public List<DayOfWeek> getWeekdays() {
        return ContractsBean.WEEKDAYS;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Contract getContract() {
        return contract;
    }

    public List<CareUnit> getUnits() {
        return units;
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

    public PatternForm getPattern() {
        return pattern;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
