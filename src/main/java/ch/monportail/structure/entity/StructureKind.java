package ch.monportail.structure.entity;

/** The kinds of structures (DESIGN §4): after-school care and crèche. */
public enum StructureKind {
    /** Unité d'accueil pour écoliers: children of school age (1H–8H). */
    UAPE,
    /** Crèche / nurserie: children before school. */
    CRECHE
}
