package ch.monportail.structure.web;

import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import ch.monportail.structure.boundary.CalendarAdministration;
import ch.monportail.structure.boundary.Calendars;
import ch.monportail.structure.boundary.Structures;
import ch.monportail.structure.control.CalendarImport;
import ch.monportail.structure.entity.CalendarEntry;
import ch.monportail.structure.entity.CalendarEntry.Kind;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The ADMIN's school calendar: pick a school year (or create one), see and edit its entries, import
 * an iCalendar or CSV file — shown as a preview first, saved on confirmation.
 */
@Named
@ViewScoped
public class CalendarBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_FILE = 1024 * 1024;

    @Inject private Calendars calendars;

    @Inject private CalendarAdministration administration;

    @Inject private Structures structures;

    private List<SchoolYear> years;
    private Long yearId;
    private List<CalendarEntry> entries = List.of();
    private List<Structure> structureList;
    private Integer newYear;
    private Kind kind = Kind.SCHOOL_HOLIDAY;
    private Long structureId;
    private LocalDate from;
    private LocalDate to;
    private String label;
    private transient Part file;
    private Kind importKind = Kind.SCHOOL_HOLIDAY;
    private List<CalendarImport.Line> preview = List.of();
    private org.primefaces.model.ScheduleModel model;
    private LocalDate initialDate;

    @PostConstruct
    void load() {
        years = calendars.years();
        structureList = structures.all();
        if (yearId == null && !years.isEmpty()) {
            yearId = years.get(years.size() - 1).getId();
        }
        entries =
                years.stream()
                        .filter(y -> y.getId().equals(yearId))
                        .findFirst()
                        .map(calendars::entries)
                        .orElse(List.of());
        model = new org.primefaces.model.DefaultScheduleModel();
        for (CalendarEntry e : entries) {
            model.addEvent(
                    org.primefaces.model.DefaultScheduleEvent.builder()
                            .title(
                                    e.getLabel()
                                            + (e.getStructure() == null
                                                    ? ""
                                                    : " (" + e.getStructure().getName() + ")"))
                            .startDate(e.getStartsOn().atStartOfDay())
                            .endDate(e.getEndsOn().plusDays(1).atStartOfDay())
                            .allDay(true)
                            .editable(false)
                            .styleClass(
                                    "mp-cal-"
                                            + e.getKind().name().toLowerCase(java.util.Locale.ROOT))
                            .build());
        }
        LocalDate today = LocalDate.now(ch.monportail.platform.boundary.Clocks.COMMUNE_ZONE);
        initialDate =
                years.stream()
                        .filter(y -> y.getId().equals(yearId))
                        .findFirst()
                        .map(
                                y ->
                                        today.isBefore(y.getStart()) || today.isAfter(y.getEnd())
                                                ? y.getStart()
                                                : today)
                        .orElse(today);
    }

    public org.primefaces.model.ScheduleModel getModel() {
        return model;
    }

    public LocalDate getInitialDate() {
        return initialDate;
    }

    public void yearChanged() {
        preview = List.of();
        load();
    }

    public void createYear() {
        try {
            yearId = administration.createYear(newYear == null ? 0 : newYear);
            Texts.info("calendar.yearCreated");
        } catch (BusinessException e) {
            Texts.error(e);
        }
        load();
    }

    public void add() {
        try {
            administration.addEntry(yearId, kind, structureId, from, to, label);
            Texts.info("calendar.entryAdded");
            label = null;
        } catch (BusinessException e) {
            Texts.error(e);
            return;
        }
        load();
    }

    public void remove(long entryId) {
        administration.removeEntry(entryId);
        load();
    }

    /** Reads the uploaded file into the preview; nothing is saved yet. */
    public void upload() {
        preview = List.of();
        if (file == null || file.getSize() == 0) {
            Texts.error("calendar.import.empty");
            return;
        }
        if (file.getSize() > MAX_FILE) {
            Texts.error("calendar.import.tooLarge");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            String name =
                    file.getSubmittedFileName() == null
                            ? ""
                            : file.getSubmittedFileName().toLowerCase(java.util.Locale.ROOT);
            preview =
                    name.endsWith(".csv") || name.endsWith(".txt")
                            ? CalendarImport.csv(
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            : CalendarImport.ics(in);
            Texts.info("calendar.import.previewed", preview.size());
        } catch (CalendarImport.Refused e) {
            Texts.error(e.getMessage());
        } catch (IOException e) {
            Texts.error("calendar.import.unreadable");
        }
    }

    public void confirmImport() {
        try {
            int added = administration.importLines(yearId, preview, importKind);
            Texts.info("calendar.import.saved", added);
            preview = List.of();
        } catch (BusinessException e) {
            Texts.error(e);
            return;
        }
        load();
    }

    public void cancelImport() {
        preview = List.of();
    }

    public Kind[] getKinds() {
        return Kind.values();
    }

    public List<Kind> getImportKinds() {
        return List.of(Kind.SCHOOL_PERIOD, Kind.SCHOOL_HOLIDAY, Kind.PUBLIC_HOLIDAY);
    }

    public List<SchoolYear> getYears() {
        return years;
    }

    public Long getYearId() {
        return yearId;
    }

    public void setYearId(Long yearId) {
        this.yearId = yearId;
    }

    public List<CalendarEntry> getEntries() {
        return entries;
    }

    public List<Structure> getStructureList() {
        return structureList;
    }

    public Integer getNewYear() {
        return newYear;
    }

    public void setNewYear(Integer newYear) {
        this.newYear = newYear;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public Long getStructureId() {
        return structureId;
    }

    public void setStructureId(Long structureId) {
        this.structureId = structureId;
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

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Kind getImportKind() {
        return importKind;
    }

    public void setImportKind(Kind importKind) {
        this.importKind = importKind;
    }

    public List<CalendarImport.Line> getPreview() {
        return preview;
    }
}
