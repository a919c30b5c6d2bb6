package ch.monportail.platform.control;

/**
 * Fired when the schema is migrated <em>after</em> the start-up — the database could not be reached
 * when the server started. The start-up work that needs the database (demo data, first ADMIN)
 * observes it and runs then, in this order of {@code @Priority}: {@link #DEMO_DATA}, {@link
 * #FIRST_ADMINISTRATOR}, {@link #BILLING_DEMO}, {@link #DOCUMENT_DEMO}, {@link #READY}.
 */
public record SchemaMigrated() {
    public static final int DEMO_DATA = 100;
    public static final int FIRST_ADMINISTRATOR = 200;
    public static final int INTERRUPTED_RUNS = 250;
    public static final int BILLING_DEMO = 300;
    public static final int DOCUMENT_DEMO = 400;
    public static final int READY = 1000;
}
