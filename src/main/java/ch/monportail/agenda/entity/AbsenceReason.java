package ch.monportail.agenda.entity;

/** Why a child is absent: announced by a parent (the first three) or recorded by the staff. */
public enum AbsenceReason {
    ILLNESS,
    HOLIDAY,
    OTHER,
    /** Recorded by the staff: the child did not come and nobody said so (always billed). */
    UNANNOUNCED;

    public boolean announcedByParent() {
        return this != UNANNOUNCED;
    }
}
