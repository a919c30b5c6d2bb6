package ch.monportail.agenda.control;

import ch.monportail.agenda.boundary.AgendaEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The children's agenda as an iCalendar file (RFC 5545) for the parent's calendar feed (issue 6,
 * item 6: « s'abonner depuis le calendrier du téléphone »). One VEVENT per agenda entry, its
 * summary « first name: label » so that several children share one calendar; the label comes
 * translated from the caller, as the page words it.
 *
 * <p>Decisions, with their why:
 *
 * <ul>
 *   <li><b>Timed entries are UTC instants</b> ({@code DTSTART:20260330T100000Z}), converted here
 *       from Europe/Zurich with the DST rules of the JDK. RFC 5545 §3.3.5 form 2 needs no VTIMEZONE
 *       and every phone calendar reads it the same (iOS, Google, Android sync adapters, Outlook)
 *       and shows it in the phone's zone. A {@code TZID=Europe/Zurich} would need a VTIMEZONE in
 *       the file (Outlook and several Android adapters drop or shift events whose TZID has none),
 *       and clients interpret those rules unevenly; a feed is fetched again and again, so the
 *       "floating local time" a TZID keeps buys nothing here.
 *   <li><b>All-day entries are DATE values</b> with the exclusive end of RFC 5545 §3.6.1 ({@code
 *       DTEND = until + 1}): a holiday stays on its days whatever the phone's zone.
 *   <li><b>Stable UIDs</b> {@code <kind>-<child>-<day>-<ref>@monportail}: each refresh updates the
 *       events in place instead of duplicating them. An announced absence replaces the planned
 *       unit's event (kind and reference change), which is what the parent should see. Should two
 *       entries ever give the same UID, the later ones get a suffix: a repeated UID would make a
 *       client merge or drop them.
 *   <li><b>Every event is TRANSPARENT</b>: the child's care does not make the parent busy in
 *       free/busy look-ups or meeting invitations.
 *   <li><b>No METHOD</b>: it belongs to iTIP messages (RFC 5546), whose PUBLISH would require an
 *       ORGANIZER in every event; a subscribed feed is plain RFC 5545. DTSTAMP is the moment of
 *       generation, the same for all events. {@code REFRESH-INTERVAL} (RFC 7986) and {@code
 *       X-PUBLISHED-TTL} (Apple, Outlook) ask clients to poll hourly; Google polls on its own
 *       schedule (every several hours).
 * </ul>
 */
public final class AgendaIcs {

    public static final String PRODID = "-//MonPortail//Agenda//FR";
    public static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    static final Duration REFRESH = Duration.ofHours(1);
    static final String UID_DOMAIN = "@monportail";

    /** The entries of one child (the caller read them for the range of the feed). */
    public record ChildAgenda(long childId, String firstName, List<AgendaEntry> entries) {
        public ChildAgenda {
            Objects.requireNonNull(entries, "entries");
        }
    }

    private AgendaIcs() {}

    /**
     * The calendar in UTF-8 with CRLF line ends and folded lines, ready to serve as {@code
     * text/calendar}.
     *
     * @param calendarName the name the phone shows for the subscription (X-WR-CALNAME)
     * @param label the translated label of an entry (without the child's name)
     * @param now the generation time (DTSTAMP)
     */
    public static byte[] write(
            String calendarName,
            List<ChildAgenda> children,
            Function<AgendaEntry, String> label,
            Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE.getId()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        DtStamp stamp = new DtStamp(now);
        Set<String> uids = new HashSet<>();
        for (ChildAgenda child : children) {
            for (AgendaEntry entry : child.entries()) {
                calendar.add(event(child, entry, label.apply(entry), stamp, uids));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // not validating: an agenda without entries is still a calendar to subscribe to
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static VEvent event(
            ChildAgenda child, AgendaEntry entry, String label, DtStamp stamp, Set<String> uids) {
        VEvent event = new VEvent(false);
        event.add(new Uid(unique(uid(child.childId(), entry), uids)));
        event.add(stamp);
        if (entry.isAllDay()) {
            LocalDate until = entry.until() == null ? entry.day() : entry.until();
            event.add(new DtStart<>(entry.day()));
            event.add(new DtEnd<>((until.isBefore(entry.day()) ? entry.day() : until).plusDays(1)));
        } else {
            event.add(new DtStart<>(instant(entry.day(), entry.starts())));
            if (entry.ends() != null && entry.ends().isAfter(entry.starts())) {
                event.add(new DtEnd<>(instant(entry.day(), entry.ends())));
            }
        }
        event.add(new Summary(summary(child.firstName(), label)));
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    /** {@code care-12-2026-03-30-5@monportail}: the same entry gives the same UID every time. */
    static String uid(long childId, AgendaEntry entry) {
        return entry.kind().name().toLowerCase(Locale.ROOT)
                + "-"
                + childId
                + "-"
                + entry.day()
                + "-"
                + (entry.refId() == null ? "0" : entry.refId())
                + UID_DOMAIN;
    }

    private static String unique(String uid, Set<String> seen) {
        if (seen.add(uid)) {
            return uid;
        }
        String base = uid.substring(0, uid.length() - UID_DOMAIN.length());
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n + UID_DOMAIN;
            if (seen.add(candidate)) {
                return candidate;
            }
        }
    }

    private static String summary(String firstName, String label) {
        String name = firstName == null ? "" : firstName.strip();
        String text = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? name : name + ": " + text;
    }

    /** A Swiss wall-clock time as an instant; in the spring gap the time moves forward. */
    static Instant instant(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(ZONE).toInstant();
    }
}
