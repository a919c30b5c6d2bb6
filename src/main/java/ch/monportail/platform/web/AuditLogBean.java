package ch.monportail.platform.web;

import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.entity.AuditEntry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The admin's view of the latest lines of the audit log. */
@Named
@RequestScoped
public class AuditLogBean {

    static final int LINES = 200;

    @Inject private AuditLog auditLog;

    private List<AuditEntry> entries = List.of();

    @PostConstruct
    void load() {
        entries = auditLog.latest(LINES);
    }

    public int getLines() {
        return LINES;
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }
}
