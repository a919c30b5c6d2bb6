package ch.monportail.agenda.web;

import ch.monportail.agenda.boundary.HolidayCare;
import ch.monportail.agenda.entity.HolidayProgramme;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The holiday-care programmes of one structure on the ADMIN's structure page ({@code ?id=}): the
 * programmes with their days and registrations, and the form to publish one.
 */
@Named
@ViewScoped
public class HolidayProgrammesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private HolidayCare holidayCare;

    private Long structureId;
    private List<HolidayProgramme> programmes;
    private Map<Long, Long> registered;
    private Long careUnitId;
    private String title;
    private BigDecimal fullPrice;
    private LocalDate opens;
    private LocalDate deadline;
    private LocalDate from;
    private LocalDate to;
    private Integer capacity;

    @PostConstruct
    void init() {
        String id =
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get("id");
        try {
            structureId = id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            structureId = null;
        }
        refresh();
    }

    private void refresh() {
        if (structureId == null) {
            programmes = List.of();
            registered = Map.of();
            return;
        }
        programmes = holidayCare.programmes(structureId);
        registered = holidayCare.registeredByDay(structureId);
    }

    public void publish() {
        try {
            holidayCare.publish(
                    new HolidayCare.NewProgramme(
                            careUnitId == null ? -1 : careUnitId,
                            title,
                            fullPrice,
                            opens,
                            deadline,
                            from,
                            to,
                            capacity == null ? -1 : capacity));
            Texts.info("holiday.published");
            title = null;
            fullPrice = null;
            opens = deadline = from = to = null;
            capacity = null;
        } catch (BusinessException e) {
            Texts.error(e);
        }
        refresh();
    }

    public List<HolidayProgramme> getProgrammes() {
        return programmes;
    }

    public Map<Long, Long> getRegistered() {
        return registered;
    }

    public Long getCareUnitId() {
        return careUnitId;
    }

    public void setCareUnitId(Long careUnitId) {
        this.careUnitId = careUnitId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public BigDecimal getFullPrice() {
        return fullPrice;
    }

    public void setFullPrice(BigDecimal fullPrice) {
        this.fullPrice = fullPrice;
    }

    public LocalDate getOpens() {
        return opens;
    }

    public void setOpens(LocalDate opens) {
        this.opens = opens;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
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

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
