package ch.monportail.agenda.web;

import ch.monportail.agenda.boundary.AbsencePreview;
import ch.monportail.agenda.boundary.AbsenceRequest;
import ch.monportail.agenda.boundary.Absences;
import ch.monportail.agenda.boundary.Agenda;
import ch.monportail.agenda.boundary.AgendaDay;
import ch.monportail.agenda.boundary.AgendaEntry;
import ch.monportail.agenda.boundary.ExtraCares;
import ch.monportail.agenda.boundary.HolidayCare;
import ch.monportail.agenda.entity.AbsenceReason;
import ch.monportail.family.boundary.ChildName;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.control.SwissFormat;
import ch.monportail.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The parent's home page (the guide: « l'agenda de votre enfant apparaît pour toute l'année
 * scolaire »): a child switcher, the schedule loading only the visible range, and the selected day
 * with its units, absences, information and the absence form — the consequence shown before
 * confirming.
 */
@Named
@ViewScoped
public class AgendaBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Agenda agenda;

    @Inject private Absences absences;

    @Inject private ExtraCares extraCares;

    @Inject private HolidayCare holidayCare;

    private List<ChildName> children;
    private Long childId;
    private LocalDate initialDate;
    private ScheduleModel model;

    private AgendaDay day;
    private List<Long> selectedUnits = new ArrayList<>();
    private LocalDate until;
    private AbsenceReason reason;
    private String comment;
    private AbsencePreview preview;
    private Long extraUnitId;
    private String extraNote;

    public void load() {
        children = ChildName.of(agenda.myChildren());
        if (childId != null && children.stream().noneMatch(c -> c.id() == childId)) {
            throw new NotFoundException();
        }
        if (childId == null && !children.isEmpty()) {
            childId = children.get(0).id();
        }
        initialDate = agenda.today();
        model = new Model();
    }

    /** Switching child: the schedule reloads its range, the day closes. */
    public void childChanged() {
        closeDay();
    }

    /**
     * The visible range's events. The model stays in the view (a click is looked up in it), so an
     * event keeps only what the calendar shows and a click needs: a short id (day and number), the
     * dates (the day is the start date) and a style class shared by its kind — no entry object, no
     * random id.
     */
    private final class Model extends LazyScheduleModel {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            if (childId == null) {
                return;
            }
            // the start day in the id: a click that reaches the server after another range was
            // loaded opens the day it was made on, or nothing — never another day's event
            int n = 0;
            for (AgendaEntry e :
                    agenda.entries(childId, start.toLocalDate(), end.toLocalDate().minusDays(1))) {
                addEvent(event(e, e.day() + "/" + Integer.toString(n++, Character.MAX_RADIX)));
            }
        }
    }

    private static final Map<AgendaEntry.Kind, String> STYLE_CLASSES =
            new EnumMap<>(AgendaEntry.Kind.class);

    static {
        for (AgendaEntry.Kind kind : AgendaEntry.Kind.values()) {
            STYLE_CLASSES.put(kind, "mp-ag-" + kind.name().toLowerCase(Locale.ROOT));
        }
    }

    static ScheduleEvent<Void> event(AgendaEntry e, String id) {
        var builder =
                DefaultScheduleEvent.<Void>builder()
                        .id(id)
                        .title(title(e))
                        .editable(false)
                        .styleClass(STYLE_CLASSES.get(e.kind()));
        if (e.isAllDay()) {
            builder.allDay(true)
                    .startDate(e.day().atStartOfDay())
                    .endDate(e.until().plusDays(1).atStartOfDay());
        } else {
            builder.startDate(e.day().atTime(e.starts())).endDate(e.day().atTime(e.ends()));
        }
        return builder.build();
    }

    static String title(AgendaEntry e) {
        return e.label(Texts::get);
    }

    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        openDay(event.getObject().toLocalDate());
    }

    /** A click on an event opens its (first) day. */
    public void onEventSelect(SelectEvent<ScheduleEvent<?>> event) {
        if (event.getObject() != null && event.getObject().getStartDate() != null) {
            openDay(event.getObject().getStartDate().toLocalDate());
        }
    }

    /** Opens a day (also from the "today" link and after an action). */
    public void openDay(LocalDate date) {
        try {
            day = agenda.day(childId, date);
        } catch (NotFoundException e) {
            day = null;
            return;
        }
        selectedUnits = new ArrayList<>();
        day.units().stream()
                .filter(AgendaDay.Unit::canAnnounce)
                .forEach(u -> selectedUnits.add(u.careUnitId()));
        until = date;
        reason = null;
        comment = null;
        preview = null;
        extraUnitId = day.extraOptions().isEmpty() ? null : day.extraOptions().get(0).careUnitId();
        extraNote = null;
    }

    public void closeDay() {
        day = null;
        preview = null;
    }

    /** Shows what the absence would cost, before anything is saved. */
    public void check() {
        try {
            preview = absences.preview(request());
        } catch (BusinessException e) {
            preview = null;
            Texts.error(e);
        }
    }

    public void confirm() {
        if (preview == null) {
            check();
            return;
        }
        try {
            AbsencePreview saved = absences.announce(request(), preview.total());
            if (saved.isBilled()) {
                Texts.info("absence.announcedBilled", SwissFormat.money(saved.total()));
            } else {
                Texts.info("absence.announcedFree");
            }
            openDay(day.day());
        } catch (BusinessException e) {
            Texts.error(e);
            check();
        }
    }

    public void withdraw(long absenceId) {
        try {
            absences.withdraw(absenceId);
            Texts.info("absence.withdrawn");
        } catch (BusinessException e) {
            Texts.error(e);
        }
        openDay(day.day());
    }

    /** Asks for an extra care (dépannage) on the open day, at the price shown. */
    public void requestExtra() {
        if (extraUnitId == null) {
            Texts.error("extraCare.invalid.unit");
            return;
        }
        try {
            extraCares.request(childId, day.day(), extraUnitId, extraNote);
            Texts.info("extraCare.requested");
        } catch (BusinessException e) {
            Texts.error(e);
        }
        openDay(day.day());
    }

    /** Registers the child for a holiday day (or the waiting list when it is full). */
    public void registerHoliday(long holidayDayId) {
        try {
            var status = holidayCare.register(childId, holidayDayId);
            Texts.info("holiday.registered." + status);
        } catch (BusinessException e) {
            Texts.error(e);
        }
        openDay(day.day());
    }

    public void cancelHoliday(long holidayRegistrationId) {
        try {
            var status = holidayCare.cancel(holidayRegistrationId);
            Texts.info("holiday.cancelled." + status);
        } catch (BusinessException e) {
            Texts.error(e);
        }
        openDay(day.day());
    }

    public void cancelExtra(long extraCareId) {
        try {
            extraCares.cancel(extraCareId);
            Texts.info("extraCare.cancelled");
        } catch (BusinessException e) {
            Texts.error(e);
        }
        openDay(day.day());
    }

    public Long getExtraUnitId() {
        return extraUnitId;
    }

    public void setExtraUnitId(Long extraUnitId) {
        this.extraUnitId = extraUnitId;
    }

    public String getExtraNote() {
        return extraNote;
    }

    public void setExtraNote(String extraNote) {
        this.extraNote = extraNote;
    }

    /** Any change to the form makes the preview stale: it has to be checked again. */
    public void formChanged() {
        preview = null;
    }

    private AbsenceRequest request() {
        LocalDate from = day.day();
        LocalDate to = until == null || until.isBefore(from) ? from : until;
        return new AbsenceRequest(
                childId, from, to, new java.util.HashSet<>(selectedUnits), reason, comment);
    }

    public List<AbsenceReason> getReasons() {
        return List.of(AbsenceReason.ILLNESS, AbsenceReason.HOLIDAY, AbsenceReason.OTHER);
    }

    public String childName() {
        return children.stream()
                .filter(c -> childId != null && c.id() == childId)
                .findFirst()
                .map(ChildName::firstName)
                .orElse("");
    }

    public List<ChildName> getChildren() {
        return children;
    }

    public Long getChildId() {
        return childId;
    }

    public void setChildId(Long childId) {
        this.childId = childId;
    }

    public LocalDate getInitialDate() {
        return initialDate;
    }

    public ScheduleModel getModel() {
        return model;
    }

    public AgendaDay getDay() {
        return day;
    }

    public List<Long> getSelectedUnits() {
        return selectedUnits;
    }

    public void setSelectedUnits(List<Long> selectedUnits) {
        this.selectedUnits = selectedUnits;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public AbsenceReason getReason() {
        return reason;
    }

    public void setReason(AbsenceReason reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public AbsencePreview getPreview() {
        return preview;
    }

    public BigDecimal getPreviewTotal() {
        return preview == null ? null : preview.total();
    }
}
