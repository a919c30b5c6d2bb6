package ch.monportail.family.boundary;

import ch.monportail.family.control.DataExport;

/**
 * Fired while « Mes données » is assembled, in the export's transaction: later features (contracts,
 * agenda, billing, documents) observe it and add their sections for this family, so the copy holds
 * everything without the family feature knowing them (the dependency points the other way).
 */
public record FamilyExportRequested(long familyId, boolean adminCopy, DataExport export) {}
