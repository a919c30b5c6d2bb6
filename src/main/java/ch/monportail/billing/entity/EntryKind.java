package ch.monportail.billing.entity;

/** What a ledger line is. The first five are services (debits), the others credits or fixes. */
public enum EntryKind {
    CARE,
    MEAL,
    ABSENCE,
    EXTRA_CARE,
    HOLIDAY_CARE,
    PAYMENT,
    CORRECTION,
    REVERSAL;

    public boolean isService() {
        return ordinal() <= HOLIDAY_CARE.ordinal();
    }
}
