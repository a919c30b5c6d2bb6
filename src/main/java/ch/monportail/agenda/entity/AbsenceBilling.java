package ch.monportail.agenda.entity;

/** What the absence rule decided when the absence was announced or recorded. */
public enum AbsenceBilling {
    /** Announced before the cut-off (or illness with an accepted certificate). */
    NOT_BILLED,
    /** Announced after the cut-off of the previous working day. */
    LATE,
    /** Illness without an accepted medical certificate: billed as late. */
    ILLNESS,
    /** Not announced, recorded by the staff. */
    UNANNOUNCED
}
