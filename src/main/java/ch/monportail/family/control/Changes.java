package ch.monportail.family.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The history of a change for the audit log (issue "Families": who changed what, old → new), as one
 * line: {@code mobilePhone: +41791234567 → +41797654321; employer: — → Migros}. Sensitive values
 * (medical notes, diet) are recorded as "changed" without their content: the audit log is kept ten
 * years and read by every ADMIN, the health data only as long as the child is in care.
 */
public final class Changes {

    private static final String NONE = "—";
    private final List<String> lines = new ArrayList<>();

    /** Records the field when the value changed. */
    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(text(before), text(after))) {
            lines.add(name + ": " + show(before) + " → " + show(after));
        }
        return this;
    }

    /** Records that a sensitive field changed, without its values. */
    public Changes sensitive(String name, Object before, Object after) {
        if (!Objects.equals(text(before), text(after))) {
            lines.add(name + ": changed");
        }
        return this;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public String describe() {
        return String.join("; ", lines);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static String show(Object value) {
        String s = text(value);
        if (s == null) {
            return NONE;
        }
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() > 80 ? oneLine.substring(0, 79) + "…" : oneLine;
    }
}
