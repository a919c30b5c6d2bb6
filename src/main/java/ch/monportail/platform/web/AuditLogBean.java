package ch.monportail.platform.web;

import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.boundary.Clocks;
import ch.monportail.platform.control.Csv;
import ch.monportail.platform.control.SwissFormat;
import ch.monportail.platform.entity.AuditEntry;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The ADMIN's view of the audit log: filter by user, kind and dates; export as CSV. */
@Named
@ViewScoped
public class AuditLogBean implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    static final int LINES = 500;
    static final int EXPORT_LINES = 100_000;

    @Inject private transient AuditLog auditLog;

    private String who;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private transient List<AuditEntry> entries = List.of();
    private List<String> actions = List.of();

    @PostConstruct
    void load() {
        actions = auditLog.actions();
        search();
    }

    public void search() {
        entries = auditLog.search(filter(), LINES);
    }

    public void export() {
        StringBuilder csv = new StringBuilder(Csv.BOM);
        csv.append(
                Csv.line(
                        List.of(
                                Texts.get("audit.when"),
                                Texts.get("audit.who"),
                                Texts.get("audit.action"),
                                Texts.get("audit.detail"),
                                Texts.get("audit.client"))));
        for (AuditEntry e : auditLog.search(filter(), EXPORT_LINES)) {
            csv.append(
                    Csv.line(
                            List.of(
                                    SwissFormat.dateTime(
                                            LocalDateTime.ofInstant(
                                                    e.getOccurredAt(), Clocks.COMMUNE_ZONE)),
                                    nullToEmpty(e.getActorLabel()),
                                    Texts.get("audit.action." + e.getAction()),
                                    nullToEmpty(e.getDetail()),
                                    nullToEmpty(e.getClientAddress()))));
        }
        Downloads.send(
                csv.toString().getBytes(StandardCharsets.UTF_8),
                "text/csv; charset=UTF-8",
                "audit-log.csv");
    }

    private AuditLog.Filter filter() {
        Instant start = from == null ? null : from.atStartOfDay(Clocks.COMMUNE_ZONE).toInstant();
        Instant end =
                to == null ? null : to.plusDays(1).atStartOfDay(Clocks.COMMUNE_ZONE).toInstant();
        return new AuditLog.Filter(who, action, start, end);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public int getLines() {
        return LINES;
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getActions() {
        return actions;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
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
}
