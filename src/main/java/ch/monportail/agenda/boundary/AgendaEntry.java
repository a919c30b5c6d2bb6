package ch.monportail.agenda.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One entry of a child's agenda (DESIGN §6): a planned care unit, an absence, a holiday, a closure,
 * an information item. {@code until} is the last day of a multi-day entry; {@code starts}/{@code
 * ends} are empty for an all-day entry. {@code title} is data (a unit's or a holiday's name); the
 * page labels the kind in the user's language.
 */
public record AgendaEntry(
        Kind kind,
        LocalDate day,
        LocalDate until,
        LocalTime starts,
        LocalTime ends,
        String title,
        BigDecimal amount,
        Long refId)
        implements Serializable {

    /** What an entry is; the page colours and labels each kind (the legend). */
    public enum Kind {
        CARE,
        ABSENCE_NOT_BILLED,
        ABSENCE_BILLED,
        EXTRA_CARE_PENDING,
        EXTRA_CARE_APPROVED,
        EXTRA_CARE_REFUSED,
        HOLIDAY_CARE,
        HOLIDAY_WAITING,
        HOLIDAY_OFFER,
        SCHOOL_HOLIDAY,
        PUBLIC_HOLIDAY,
        CLOSURE,
        INFORMATION
    }

    /** Texts in the reader's language: a bundle key and its arguments → the text. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... arguments);
    }

    /**
     * The entry's label as the agenda page and the phone calendar show it: "Absent·e : Midi avec
     * repas · facturée CHF 26.00", "Dépannage accepté · Après-midi", "Fermeture · Pont".
     */
    public String label(Texts texts) {
        String name = title == null ? "" : title;
        return switch (kind) {
            case CARE -> name;
            case ABSENCE_NOT_BILLED ->
                    texts.get("agenda.entry.absent", name) + " · " + texts.get("absence.notBilled");
            case ABSENCE_BILLED ->
                    texts.get("agenda.entry.absent", name)
                            + " · "
                            + texts.get(
                                    "absence.billed",
                                    ch.monportail.platform.control.SwissFormat.money(amount));
            case CLOSURE -> texts.get("agenda.kind.CLOSURE") + (name.isEmpty() ? "" : " · " + name);
            case INFORMATION -> "ℹ " + name;
            case HOLIDAY_CARE,
                    HOLIDAY_WAITING,
                    HOLIDAY_OFFER,
                    EXTRA_CARE_PENDING,
                    EXTRA_CARE_APPROVED,
                    EXTRA_CARE_REFUSED ->
                    texts.get("agenda.kind." + kind) + " · " + name;
            case SCHOOL_HOLIDAY, PUBLIC_HOLIDAY ->
                    name.isEmpty() ? texts.get("agenda.kind." + kind) : name;
        };
    }

    public boolean isAllDay() {
        return starts == null;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalDate getUntil() {
        return until;
    }

    public LocalTime getStarts() {
        return starts;
    }

    public LocalTime getEnds() {
        return ends;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Long getRefId() {
        return refId;
    }
}
