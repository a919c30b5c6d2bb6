package ch.monportail.family.boundary;

import ch.monportail.family.entity.Family;
import ch.monportail.platform.boundary.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Writes the history of family data into the audit log, in the transaction of the change: the actor
 * (id and e-mail), the action, and "family N (Name): what old → new".
 */
@Stateless
@PermitAll
public class FamilyAudit {

    public static final String FAMILY_CREATED = "FAMILY_CREATED";
    public static final String REPRESENTATIVE_ADDED = "REPRESENTATIVE_ADDED";
    public static final String REPRESENTATIVE_REMOVED = "REPRESENTATIVE_REMOVED";
    public static final String REPRESENTATIVE_CHANGED = "REPRESENTATIVE_CHANGED";
    public static final String PERSONAL_DATA_CHANGED = "PERSONAL_DATA_CHANGED";
    public static final String HOUSEHOLD_CHANGED = "HOUSEHOLD_CHANGED";
    public static final String TARIFF_REVIEWED = "TARIFF_REVIEWED";
    public static final String CHILD_ADDED = "CHILD_ADDED";
    public static final String CHILD_CHANGED = "CHILD_CHANGED";
    public static final String CHILD_HEALTH_CHANGED = "CHILD_HEALTH_CHANGED";
    public static final String CHILD_LEAVING = "CHILD_LEAVING";
    public static final String PICKUP_ADDED = "PICKUP_ADDED";
    public static final String PICKUP_CHANGED = "PICKUP_CHANGED";
    public static final String PICKUP_REMOVED = "PICKUP_REMOVED";
    public static final String ACCOUNT_HOLDER_CHANGED = "ACCOUNT_HOLDER_CHANGED";
    public static final String FAMILY_DATA_EXPORTED = "FAMILY_DATA_EXPORTED";

    @Inject private AuditLog auditLog;

    @Inject private FamilyAccess access;

    /** The same, in a transaction of its own: kept when the caller's transaction rolls back. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void recordNow(Family family, String action, String detail) {
        record(family, action, detail);
    }

    public void record(Family family, String action, String detail) {
        var caller = access.caller();
        auditLog.record(
                caller.getId(),
                caller.getEmail(),
                action,
                "family "
                        + family.getId()
                        + " ("
                        + family.getDisplayName()
                        + ")"
                        + (detail == null || detail.isBlank() ? "" : ": " + detail),
                null);
    }
}
