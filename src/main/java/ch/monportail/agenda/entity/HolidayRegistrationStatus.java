package ch.monportail.agenda.entity;

/** A child's place on a holiday day. */
public enum HolidayRegistrationStatus {
    REGISTERED,
    /** The day was full: the child gets the next free place, in the order of the requests. */
    WAITING,
    /** Cancelled before the deadline (or from the waiting list): not billed. */
    CANCELLED,
    /** Cancelled after the deadline: billed like the day. */
    CANCELLED_LATE
}
