package ch.monportail.document.entity;

/** What the service publishes (DESIGN §8). */
public enum PublicationCategory {
    REGULATIONS,
    TARIFFS,
    MENUS,
    FORMS,
    HOLIDAY_PROGRAMME,
    OTHER
}
