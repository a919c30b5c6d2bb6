package ch.monportail.agenda.control;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.agenda.boundary.AgendaEntry;
import ch.monportail.agenda.boundary.AgendaEntry.Kind;
import ch.monportail.agenda.control.AgendaIcs.ChildAgenda;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/** The calendar feed's file read back by ical4j, as a phone calendar would read it. */
class AgendaIcsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final Function<AgendaEntry, String> LABEL = AgendaEntry::title;

    private static AgendaEntry care(LocalDate day, LocalTime starts, LocalTime ends, long unit) {
        return new AgendaEntry(
                Kind.CARE, day, day, starts, ends, "Midi", new BigDecimal("12.00"), unit);
    }

    private static AgendaEntry allDay(Kind kind, LocalDate from, LocalDate to, String title) {
        return new AgendaEntry(kind, from, to, null, null, title, null, 77L);
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> value(e, Property.UID), e -> e));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Temporal date(VEvent event, String property) {
        return event.getProperty(property)
                .map(p -> ((DateProperty<Temporal>) p).getDate())
                .orElse(null);
    }

    private static Instant instant(Temporal temporal) {
        return ((OffsetDateTime) temporal).toInstant();
    }

    @Test
    void oneEventPerEntryWithStableUidsAndTheChildsNameInTheSummary() throws Exception {
        LocalDate day = LocalDate.of(2026, 4, 14);
        List<ChildAgenda> children =
                List.of(
                        new ChildAgenda(
                                12,
                                "Emma",
                                List.of(
                                        care(day, LocalTime.of(11, 30), LocalTime.of(13, 30), 5),
                                        allDay(
                                                Kind.SCHOOL_HOLIDAY,
                                                day.plusDays(3),
                                                day.plusDays(16),
                                                "Vacances de Pâques"))),
                        new ChildAgenda(
                                13,
                                "Léo",
                                List.of(
                                        allDay(
                                                Kind.SCHOOL_HOLIDAY,
                                                day.plusDays(3),
                                                day.plusDays(16),
                                                "Vacances de Pâques"))));

        byte[] first = AgendaIcs.write("Agenda", children, LABEL, NOW);
        Calendar calendar = parse(first);

        Map<String, VEvent> events = byUid(calendar);
        assertThat(events)
                .containsOnlyKeys(
                        "care-12-2026-04-14-5@monportail",
                        "school_holiday-12-2026-04-17-77@monportail",
                        "school_holiday-13-2026-04-17-77@monportail");
        assertThat(value(events.get("care-12-2026-04-14-5@monportail"), Property.SUMMARY))
                .isEqualTo("Emma: Midi");
        assertThat(value(events.get("school_holiday-13-2026-04-17-77@monportail"), "SUMMARY"))
                .isEqualTo("Léo: Vacances de Pâques");
        events.values()
                .forEach(
                        e -> {
                            assertThat(value(e, Property.DTSTAMP)).isEqualTo("20260301T080000Z");
                            assertThat(value(e, Property.TRANSP)).isEqualTo("TRANSPARENT");
                        });
        // the same agenda read later gives the same UIDs: the phone updates, never duplicates
        assertThat(byUid(parse(AgendaIcs.write("Agenda", children, LABEL, NOW.plusSeconds(3600)))))
                .containsOnlyKeys(events.keySet());
        assertThat(calendar.validate().getEntries()).isEmpty();
    }

    @Test
    void theCalendarCarriesItsIdentityAndName() throws Exception {
        byte[] ics = AgendaIcs.write("MonPortail · Emma, Léo", List.of(), LABEL, NOW);
        String text = new String(ics, StandardCharsets.UTF_8);
        Calendar calendar = parse(ics);

        assertThat(calendar.getProperty(Property.PRODID).orElseThrow().getValue())
                .isEqualTo("-//MonPortail//Agenda//FR");
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue())
                .isEqualTo("2.0");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("MonPortail · Emma, Léo");
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text)
                .contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n")
                .contains("X-PUBLISHED-TTL:PT1H\r\n")
                .doesNotContain("METHOD");
        assertThat(calendar.getComponents("VEVENT")).isEmpty();
    }

    @Test
    void allDayEntriesAreDatesWithAnExclusiveEnd() throws Exception {
        LocalDate from = LocalDate.of(2026, 10, 17);
        LocalDate to = LocalDate.of(2026, 11, 1);
        byte[] ics =
                AgendaIcs.write(
                        "Agenda",
                        List.of(
                                new ChildAgenda(
                                        12,
                                        "Emma",
                                        List.of(
                                                allDay(
                                                        Kind.SCHOOL_HOLIDAY,
                                                        from,
                                                        to,
                                                        "Vacances d'automne"),
                                                allDay(
                                                        Kind.PUBLIC_HOLIDAY,
                                                        LocalDate.of(2026, 12, 8),
                                                        LocalDate.of(2026, 12, 8),
                                                        "Immaculée Conception")))),
                        LABEL,
                        NOW);
        String text = new String(ics, StandardCharsets.UTF_8);
        Map<String, VEvent> events = byUid(parse(ics));

        VEvent holidays = events.get("school_holiday-12-2026-10-17-77@monportail");
        assertThat(date(holidays, Property.DTSTART)).isEqualTo(from);
        assertThat(date(holidays, Property.DTEND)).isEqualTo(LocalDate.of(2026, 11, 2));
        VEvent holiday = events.get("public_holiday-12-2026-12-08-77@monportail");
        assertThat(date(holiday, Property.DTSTART)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(date(holiday, Property.DTEND)).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(text)
                .contains("DTSTART;VALUE=DATE:20261017\r\n")
                .contains("DTEND;VALUE=DATE:20261102\r\n");
    }

    @Test
    void timedEntriesAreUtcInstantsOfSwissTimeOnBothSidesOfTheClockChanges() throws Exception {
        // summer time from 29.03.2026 (UTC+2), winter time again from 25.10.2026 (UTC+1)
        LocalDate winter = LocalDate.of(2026, 3, 27);
        LocalDate summer = LocalDate.of(2026, 3, 30);
        LocalDate winterAgain = LocalDate.of(2026, 10, 26);
        LocalTime noon = LocalTime.NOON;
        LocalTime oneThirty = LocalTime.of(13, 30);
        byte[] ics =
                AgendaIcs.write(
                        "Agenda",
                        List.of(
                                new ChildAgenda(
                                        12,
                                        "Emma",
                                        List.of(
                                                care(winter, noon, oneThirty, 5),
                                                care(summer, noon, oneThirty, 5),
                                                care(winterAgain, noon, oneThirty, 5)))),
                        LABEL,
                        NOW);
        String text = new String(ics, StandardCharsets.UTF_8);
        Map<String, VEvent> events = byUid(parse(ics));

        VEvent march27 = events.get("care-12-2026-03-27-5@monportail");
        assertThat(instant(date(march27, Property.DTSTART)))
                .isEqualTo(Instant.parse("2026-03-27T11:00:00Z"));
        VEvent march30 = events.get("care-12-2026-03-30-5@monportail");
        assertThat(instant(date(march30, Property.DTSTART)))
                .isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
        assertThat(instant(date(march30, Property.DTEND)))
                .isEqualTo(Instant.parse("2026-03-30T11:30:00Z"));
        VEvent october26 = events.get("care-12-2026-10-26-5@monportail");
        assertThat(instant(date(october26, Property.DTSTART)))
                .isEqualTo(Instant.parse("2026-10-26T11:00:00Z"));
        assertThat(instant(date(october26, Property.DTEND)))
                .isEqualTo(Instant.parse("2026-10-26T12:30:00Z"));
        assertThat(text)
                .contains("DTSTART:20260330T100000Z\r\n")
                .contains("DTSTART:20261026T110000Z\r\n")
                .doesNotContain("VALUE=DATE:20260330")
                .doesNotContain("TZID");
    }

    @Test
    void commasSemicolonsBackslashesAndNewlinesInTitlesAreEscaped() throws Exception {
        String title = "Sortie; forêt, pique-nique\nprendre bottes \\ gourde";
        byte[] ics =
                AgendaIcs.write(
                        "Agenda; Emma, Léo",
                        List.of(
                                new ChildAgenda(
                                        12,
                                        "Emma",
                                        List.of(
                                                allDay(
                                                        Kind.INFORMATION,
                                                        LocalDate.of(2026, 5, 6),
                                                        LocalDate.of(2026, 5, 6),
                                                        title)))),
                        LABEL,
                        NOW);
        String text = new String(ics, StandardCharsets.UTF_8);
        Calendar calendar = parse(ics);

        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Emma: " + title);
        assertThat(text.replace("\r\n ", ""))
                .contains(
                        "SUMMARY:Emma: Sortie\\; forêt\\, pique-nique\\nprendre bottes \\\\ gourde"
                                + "\r\n");
        // the raw newline of the title never reaches the file: every line ends with CRLF
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("Agenda; Emma, Léo");
    }

    @Test
    void repeatedEntriesGetDistinctUidsAndAnEntryWithoutEndHasNoDtend() throws Exception {
        LocalDate day = LocalDate.of(2026, 6, 1);
        AgendaEntry open = care(day, LocalTime.of(7, 0), null, 5);
        byte[] ics =
                AgendaIcs.write(
                        "Agenda",
                        List.of(new ChildAgenda(12, "", List.of(open, open))),
                        e -> "Accueil",
                        NOW);
        Map<String, VEvent> events = byUid(parse(ics));

        assertThat(events)
                .containsOnlyKeys(
                        "care-12-2026-06-01-5@monportail", "care-12-2026-06-01-5-2@monportail");
        VEvent event = events.get("care-12-2026-06-01-5@monportail");
        assertThat(event.getProperty(Property.DTEND)).isEmpty();
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Accueil");
    }
}
