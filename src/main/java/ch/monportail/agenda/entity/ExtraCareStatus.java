package ch.monportail.agenda.entity;

/** Where an extra-care request stands. */
public enum ExtraCareStatus {
    PENDING,
    APPROVED,
    REFUSED,
    CANCELLED;

    /** A request that still holds the place (pending or approved). */
    public boolean isActive() {
        return this == PENDING || this == APPROVED;
    }
}
