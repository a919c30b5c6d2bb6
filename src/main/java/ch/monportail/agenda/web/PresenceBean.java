package ch.monportail.agenda.web;

import ch.monportail.agenda.boundary.Absences;
import ch.monportail.agenda.boundary.ExtraCares;
import ch.monportail.agenda.boundary.Information;
import ch.monportail.agenda.boundary.NewInformation;
import ch.monportail.agenda.boundary.PresenceList;
import ch.monportail.agenda.boundary.PresenceLists;
import ch.monportail.agenda.entity.InformationItem;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.web.Texts;
import ch.monportail.structure.boundary.Structures;
import ch.monportail.structure.entity.Structure;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * « Liste de présence » (DESIGN §6): the educator picks one of their structures and a day (today by
 * default) and sees, per care unit, who is expected; checks children in and out, records an
 * unannounced absence, excuses a billed one; prints the list; sees the week's occupancy.
 */
@Named
@ViewScoped
public class PresenceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private PresenceLists presenceLists;

    @Inject private Absences absences;

    @Inject private Structures structures;

    @Inject private ExtraCares extraCares;

    @Inject private Information information;

    private List<Structure> structureList;
    private Long structureId;
    private LocalDate day;
    private PresenceList list;
    private List<PresenceLists.Occupancy> week;
    private Long excusing;
    private String excuseReason;
    private List<ExtraCares.Pending> pending;
    private Long refusing;
    private String refuseReason;
    private List<InformationItem> items;
    private Long infoUnitId;
    private Long infoChildId;
    private LocalDate infoFrom;
    private LocalDate infoTo;
    private String infoTitle;
    private String infoBody;

    public void load() {
        structureList = structures.all();
        if (structureId != null
                && structureList.stream().noneMatch(s -> s.getId().equals(structureId))) {
            throw new NotFoundException();
        }
        if (structureId == null && !structureList.isEmpty()) {
            structureId = structureList.get(0).getId();
        }
        if (day == null) {
            day = presenceLists.today();
        }
        refresh();
    }

    public void refresh() {
        if (structureId == null) {
            return;
        }
        list = presenceLists.list(structureId, day);
        week = presenceLists.week(structureId, day);
        excusing = null;
        refusing = null;
        pending = extraCares.pending(structureId);
        items = information.ofStructure(structureId, day, day.plusDays(13));
    }

    /** Posts an information item to the structure, one of its units or one child. */
    public void postInformation() {
        try {
            information.post(
                    new NewInformation(
                            structureId,
                            infoUnitId,
                            infoChildId,
                            infoFrom == null ? day : infoFrom,
                            infoTo == null ? (infoFrom == null ? day : infoFrom) : infoTo,
                            infoTitle,
                            infoBody));
            Texts.info("information.posted");
            infoUnitId = null;
            infoChildId = null;
            infoFrom = infoTo = null;
            infoTitle = infoBody = null;
        } catch (BusinessException e) {
            Texts.error(e);
        }
        refresh();
    }

    public void removeInformation(long informationItemId) {
        act(() -> information.remove(informationItemId), "information.removed");
    }

    /** The children on the day's list, for an item addressed to one child. */
    public List<PresenceList.Row> getChildren() {
        if (list == null) {
            return List.of();
        }
        java.util.Map<Long, PresenceList.Row> byChild = new java.util.LinkedHashMap<>();
        list.units().forEach(u -> u.rows().forEach(r -> byChild.putIfAbsent(r.childId(), r)));
        return byChild.values().stream()
                .sorted(java.util.Comparator.comparing(PresenceList.Row::child))
                .toList();
    }

    public List<InformationItem> getItems() {
        return items;
    }

    public Long getInfoUnitId() {
        return infoUnitId;
    }

    public void setInfoUnitId(Long infoUnitId) {
        this.infoUnitId = infoUnitId;
    }

    public Long getInfoChildId() {
        return infoChildId;
    }

    public void setInfoChildId(Long infoChildId) {
        this.infoChildId = infoChildId;
    }

    public LocalDate getInfoFrom() {
        return infoFrom;
    }

    public void setInfoFrom(LocalDate infoFrom) {
        this.infoFrom = infoFrom;
    }

    public LocalDate getInfoTo() {
        return infoTo;
    }

    public void setInfoTo(LocalDate infoTo) {
        this.infoTo = infoTo;
    }

    public String getInfoTitle() {
        return infoTitle;
    }

    public void setInfoTitle(String infoTitle) {
        this.infoTitle = infoTitle;
    }

    public String getInfoBody() {
        return infoBody;
    }

    public void setInfoBody(String infoBody) {
        this.infoBody = infoBody;
    }

    public Structure getStructure() {
        return structureList.stream()
                .filter(s -> s.getId().equals(structureId))
                .findFirst()
                .orElse(null);
    }

    public void approve(long extraCareId) {
        act(() -> extraCares.approve(extraCareId), "extraCare.approved");
    }

    public void startRefuse(long extraCareId) {
        refusing = extraCareId;
        refuseReason = null;
    }

    public void refuse() {
        Long id = refusing;
        act(() -> extraCares.refuse(id, refuseReason), "extraCare.refused");
    }

    public List<ExtraCares.Pending> getPending() {
        return pending;
    }

    public Long getRefusing() {
        return refusing;
    }

    public String getRefuseReason() {
        return refuseReason;
    }

    public void setRefuseReason(String refuseReason) {
        this.refuseReason = refuseReason;
    }

    public boolean isToday() {
        return day != null && day.equals(presenceLists.today());
    }

    /** An unannounced absence can be recorded for today or a past day, not in advance. */
    public boolean isNotFuture() {
        return day != null && !day.isAfter(presenceLists.today());
    }

    public void checkIn(long childId, long careUnitId) {
        act(() -> presenceLists.checkIn(structureId, childId, careUnitId), "presence.checkedIn");
    }

    public void checkOut(long childId, long careUnitId) {
        act(() -> presenceLists.checkOut(structureId, childId, careUnitId), "presence.checkedOut");
    }

    public void unannounced(long childId, long careUnitId) {
        act(() -> absences.recordUnannounced(childId, day, careUnitId), "presence.unannounced");
    }

    public void startExcuse(long absenceId) {
        excusing = absenceId;
        excuseReason = null;
    }

    public void excuse() {
        Long id = excusing;
        act(() -> absences.excuse(id, excuseReason), "presence.excused");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Texts.info(doneKey);
        } catch (BusinessException e) {
            Texts.error(e);
        }
        refresh();
    }

    public List<Structure> getStructureList() {
        return structureList;
    }

    public Long getStructureId() {
        return structureId;
    }

    public void setStructureId(Long structureId) {
        this.structureId = structureId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public PresenceList getList() {
        return list;
    }

    public List<PresenceLists.Occupancy> getWeek() {
        return week;
    }

    public Long getExcusing() {
        return excusing;
    }

    public String getExcuseReason() {
        return excuseReason;
    }

    public void setExcuseReason(String excuseReason) {
        this.excuseReason = excuseReason;
    }
}
