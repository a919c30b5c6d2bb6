package ch.monportail.structure.control;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Reads a school year's dates as the canton publishes them (issue "Structures…": "import of a year
 * from an iCalendar (.ics) or CSV file … with a preview before saving"). An iCalendar all-day event
 * runs from DTSTART to the day before DTEND (RFC 5545: the end is exclusive); a timed event counts
 * for its start day. A CSV line is {@code from;to;label[;kind]} (comma also accepted), dates
 * dd.MM.yyyy or ISO, a header line ignored; the kind is SCHOOL_PERIOD, SCHOOL_HOLIDAY or
 * PUBLIC_HOLIDAY (French words accepted: école, vacances, férié), else the kind chosen for the
 * whole import. Nothing is saved here: the page shows the lines first.
 */
public final class CalendarImport {

    public static final int MAX_LINES = 500;

    /** One imported line; {@code kind} null when the file does not say. */
    public record Line(LocalDate from, LocalDate to, String label, String kind) {
        public LocalDate getFrom() {
            return from;
        }

        public LocalDate getTo() {
            return to;
        }

        public String getLabel() {
            return label;
        }

        public String getKind() {
            return kind;
        }
    }

    /** The file cannot be read; the message is an i18n key. */
    public static class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String key) {
            super(key);
        }
    }

    private static final DateTimeFormatter SWISS =
            DateTimeFormatter.ofPattern("d.M.uuuu")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final java.time.ZoneId ZURICH = java.time.ZoneId.of("Europe/Zurich");

    private CalendarImport() {}

    public static List<Line> ics(InputStream in) throws Refused {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(in);
        } catch (IOException | ParserException | RuntimeException e) {
            throw new Refused("calendar.import.unreadable");
        }
        List<Line> lines = new ArrayList<>();
        for (Object component : calendar.getComponents()) {
            if (!(component instanceof VEvent event)) {
                continue;
            }
            lines.add(line(event));
            if (lines.size() > MAX_LINES) {
                throw new Refused("calendar.import.tooMany");
            }
        }
        if (lines.isEmpty()) {
            throw new Refused("calendar.import.empty");
        }
        lines.sort((a, b) -> a.from().compareTo(b.from()));
        return lines;
    }

    /**
     * One event: an all-day event runs to the day before DTEND (exclusive end, RFC 5545); without
     * DTEND it is one day; a timed event counts for its start day, in Swiss time.
     */
    private static Line line(VEvent event) throws Refused {
        try {
            Temporal start =
                    (Temporal)
                            event.getStartDate()
                                    .orElseThrow(() -> new Refused("calendar.import.unreadable"))
                                    .getDate();
            LocalDate from = date(start);
            LocalDate to = from;
            if (start instanceof LocalDate) {
                to =
                        event.getEndDate(false)
                                .map(d -> (Temporal) d.getDate())
                                .filter(end -> end instanceof LocalDate)
                                .map(end -> (LocalDate) end)
                                .map(end -> end.isAfter(from) ? end.minusDays(1) : from)
                                .orElse(from);
            }
            String label =
                    event.getSummary() == null || event.getSummary().getValue() == null
                            ? ""
                            : event.getSummary().getValue().strip();
            return new Line(from, to, label.isEmpty() ? "—" : label, null);
        } catch (java.time.DateTimeException | ClassCastException e) {
            throw new Refused("calendar.import.unreadable");
        }
    }

    public static List<Line> csv(String text) throws Refused {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String raw : text.split("\\R")) {
            number++;
            String row = raw.strip();
            if (row.isEmpty()) {
                continue;
            }
            String[] cells = row.split(row.contains(";") ? ";" : ",", -1);
            if (cells.length < 3) {
                throw new Refused("calendar.import.badLine");
            }
            LocalDate from = parse(cells[0]);
            LocalDate to = parse(cells[1]);
            if (from == null || to == null) {
                if (number == 1) {
                    continue; // a header
                }
                throw new Refused("calendar.import.badLine");
            }
            if (to.isBefore(from)) {
                throw new Refused("calendar.import.badLine");
            }
            String kind = cells.length > 3 ? kind(cells[3]) : null;
            lines.add(
                    new Line(from, to, cells[2].strip().isEmpty() ? "—" : cells[2].strip(), kind));
            if (lines.size() > MAX_LINES) {
                throw new Refused("calendar.import.tooMany");
            }
        }
        if (lines.isEmpty()) {
            throw new Refused("calendar.import.empty");
        }
        return lines;
    }

    private static LocalDate date(Temporal temporal) {
        if (temporal instanceof java.time.ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(ZURICH).toLocalDate();
        }
        if (temporal instanceof java.time.OffsetDateTime offset) {
            return offset.atZoneSameInstant(ZURICH).toLocalDate();
        }
        if (temporal instanceof java.time.Instant instant) {
            return instant.atZone(ZURICH).toLocalDate();
        }
        return LocalDate.from(temporal);
    }

    private static LocalDate parse(String cell) {
        String text = cell.strip().replace("\"", "");
        try {
            return text.contains(".") ? LocalDate.parse(text, SWISS) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String kind(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        if (text.contains("férié")
                || text.matches(".*\\bferie\\b.*")
                || text.contains("public")
                || text.contains("feiertag")) {
            return "PUBLIC_HOLIDAY";
        }
        if (text.contains("vacances") || text.contains("holiday") || text.contains("ferien")) {
            return "SCHOOL_HOLIDAY";
        }
        if (text.contains("école")
                || text.contains("ecole")
                || text.contains("school")
                || text.contains("schul")
                || text.contains("scolaire")) {
            return "SCHOOL_PERIOD";
        }
        return null;
    }
}
