package ch.monportail.account.entity;

/** The three roles of the portal (DESIGN §1). The constants are for security annotations. */
public enum Role {
    PARENT,
    EDUCATOR,
    ADMIN;

    public static final String PARENT_NAME = "PARENT";
    public static final String EDUCATOR_NAME = "EDUCATOR";
    public static final String ADMIN_NAME = "ADMIN";

    /** The start page of the role after login. */
    public String homePage() {
        return switch (this) {
            case PARENT -> "/parent/agenda.xhtml";
            case EDUCATOR -> "/staff/index.xhtml";
            case ADMIN -> "/admin/index.xhtml";
        };
    }
}
