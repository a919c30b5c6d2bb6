package ch.monportail.structure.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.monportail.structure.control.CalendarImport.Line;
import ch.monportail.structure.control.CalendarImport.Refused;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarImportTest {

    private static final String CRLF = "\r\n";

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class ICalendar {

        private int uid;

        /** A calendar around the given components, CRLF line endings as RFC 5545 wants. */
        private String calendar(String... components) {
            StringBuilder ics =
                    new StringBuilder()
                            .append("BEGIN:VCALENDAR")
                            .append(CRLF)
                            .append("VERSION:2.0")
                            .append(CRLF)
                            .append("PRODID:-//test//EN")
                            .append(CRLF);
            for (String component : components) {
                ics.append(component);
            }
            return ics.append("END:VCALENDAR").append(CRLF).toString();
        }

        /** A VEVENT with a UID, a DTSTAMP and the given property lines. */
        private String event(String... properties) {
            StringBuilder event =
                    new StringBuilder()
                            .append("BEGIN:VEVENT")
                            .append(CRLF)
                            .append("UID:")
                            .append(++uid)
                            .append(CRLF)
                            .append("DTSTAMP:20260101T000000Z")
                            .append(CRLF);
            for (String property : properties) {
                event.append(property).append(CRLF);
            }
            return event.append("END:VEVENT").append(CRLF).toString();
        }

        private String allDay(String from, String endExclusive, String summary) {
            return event(
                    "DTSTART;VALUE=DATE:" + from,
                    "DTEND;VALUE=DATE:" + endExclusive,
                    "SUMMARY:" + summary);
        }

        private List<Line> read(String ics) throws Refused {
            return CalendarImport.ics(
                    new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
        }

        private void assertRefused(String ics, String key) {
            assertThatThrownBy(() -> read(ics)).isInstanceOf(Refused.class).hasMessage(key);
        }

        @Test
        void anAllDayEventEndsTheDayBeforeItsExclusiveEnd() throws Refused {
            List<Line> lines = read(calendar(allDay("20261017", "20261102", "Vacances d'automne")));

            assertThat(lines)
                    .containsExactly(
                            new Line(d("2026-10-17"), d("2026-11-01"), "Vacances d'automne", null));
            Line line = lines.get(0);
            assertThat(line.getFrom()).isEqualTo(d("2026-10-17"));
            assertThat(line.getTo()).isEqualTo(d("2026-11-01"));
            assertThat(line.getLabel()).isEqualTo("Vacances d'automne");
            assertThat(line.getKind()).isNull();
        }

        @Test
        void aOneDayAllDayEventWithItsExclusiveEndIsThatDay() throws Refused {
            List<Line> lines = read(calendar(allDay("20261208", "20261209", "Immaculée")));

            assertThat(lines)
                    .containsExactly(new Line(d("2026-12-08"), d("2026-12-08"), "Immaculée", null));
        }

        @Test
        void anEndNotAfterTheStartGivesTheStartDay() throws Refused {
            // Some exporters write DTEND = DTSTART for a one-day event.
            List<Line> lines = read(calendar(allDay("20261208", "20261208", "Immaculée")));

            assertThat(lines)
                    .containsExactly(new Line(d("2026-12-08"), d("2026-12-08"), "Immaculée", null));
        }

        @Test
        void aSingleDayEventWithoutEndIsThatDay() throws Refused {
            List<Line> lines =
                    read(calendar(event("DTSTART;VALUE=DATE:20261208", "SUMMARY:Immaculée")));

            assertThat(lines)
                    .containsExactly(new Line(d("2026-12-08"), d("2026-12-08"), "Immaculée", null));
        }

        @Test
        void aTimedEventInZurichTimeCountsForItsStartDay() throws Refused {
            List<Line> lines =
                    read(
                            calendar(
                                    event(
                                            "DTSTART;TZID=Europe/Zurich:20261021T140000",
                                            "DTEND;TZID=Europe/Zurich:20261021T170000",
                                            "SUMMARY:Après-midi récréative")));

            assertThat(lines)
                    .containsExactly(
                            new Line(
                                    d("2026-10-21"),
                                    d("2026-10-21"),
                                    "Après-midi récréative",
                                    null));
        }

        @Test
        void aTimedEventInZurichTimeOverMidnightCountsForItsStartDay() throws Refused {
            List<Line> lines =
                    read(
                            calendar(
                                    event(
                                            "DTSTART;TZID=Europe/Zurich:20261021T200000",
                                            "DTEND;TZID=Europe/Zurich:20261022T010000",
                                            "SUMMARY:Soirée")));

            assertThat(lines)
                    .containsExactly(new Line(d("2026-10-21"), d("2026-10-21"), "Soirée", null));
        }

        @Test
        void aTimedEventInUtcCountsForItsStartDay() throws Refused {
            List<Line> lines =
                    read(
                            calendar(
                                    event(
                                            "DTSTART:20261021T120000Z",
                                            "DTEND:20261021T150000Z",
                                            "SUMMARY:Sortie")));

            assertThat(lines)
                    .containsExactly(new Line(d("2026-10-21"), d("2026-10-21"), "Sortie", null));
        }

        @Test
        void aUtcTimeIsTakenOnTheSwissDay() throws Refused {
            // 23:30 UTC on 20.10 is 01:30 on Wednesday 21.10 in Switzerland (CEST, UTC+2).
            List<Line> lines =
                    read(
                            calendar(
                                    event(
                                            "DTSTART:20261020T233000Z",
                                            "DTEND:20261021T010000Z",
                                            "SUMMARY:Sortie")));

            assertThat(lines)
                    .containsExactly(new Line(d("2026-10-21"), d("2026-10-21"), "Sortie", null));
        }

        @Test
        void aFloatingTimedEventCountsForItsStartDay() throws Refused {
            List<Line> lines = read(calendar(event("DTSTART:20261021T080000", "SUMMARY:Sortie")));

            assertThat(lines)
                    .containsExactly(new Line(d("2026-10-21"), d("2026-10-21"), "Sortie", null));
        }

        @Test
        void aTimedEventOverSeveralDaysCountsForItsStartDay() throws Refused {
            // The class documents "a timed event counts for its start day"; the code gives
            // 21.10–22.10, which is neither the start day nor the days the event touches.
            List<Line> lines =
                    read(
                            calendar(
                                    event(
                                            "DTSTART;TZID=Europe/Zurich:20261021T080000",
                                            "DTEND;TZID=Europe/Zurich:20261023T170000",
                                            "SUMMARY:Camp")));

            assertThat(lines)
                    .containsExactly(new Line(d("2026-10-21"), d("2026-10-21"), "Camp", null));
        }

        @Test
        void aMissingSummaryIsADash() throws Refused {
            List<Line> lines =
                    read(
                            calendar(
                                    event(
                                            "DTSTART;VALUE=DATE:20261208",
                                            "DTEND;VALUE=DATE:20261209")));

            assertThat(lines).extracting(Line::label).containsExactly("—");
        }

        @Test
        void aBlankSummaryIsADashAndASummaryIsStripped() throws Refused {
            List<Line> lines =
                    read(
                            calendar(
                                    event(
                                            "DTSTART;VALUE=DATE:20261208",
                                            "DTEND;VALUE=DATE:20261209",
                                            "SUMMARY:   "),
                                    allDay("20261225", "20261226", "  Noël  ")));

            assertThat(lines).extracting(Line::label).containsExactly("—", "Noël");
        }

        @Test
        void eventsAreSortedByTheirFirstDay() throws Refused {
            List<Line> lines =
                    read(
                            calendar(
                                    allDay("20261224", "20270111", "Vacances de Noël"),
                                    allDay("20261017", "20261102", "Vacances d'automne"),
                                    allDay("20261208", "20261209", "Immaculée")));

            assertThat(lines)
                    .extracting(Line::label)
                    .containsExactly("Vacances d'automne", "Immaculée", "Vacances de Noël");
            assertThat(lines.get(2).to()).isEqualTo(d("2027-01-10"));
        }

        @Test
        void componentsOtherThanEventsAreIgnored() throws Refused {
            String todo =
                    "BEGIN:VTODO"
                            + CRLF
                            + "UID:todo"
                            + CRLF
                            + "DTSTAMP:20260101T000000Z"
                            + CRLF
                            + "DTSTART;VALUE=DATE:20261001"
                            + CRLF
                            + "SUMMARY:Préparer la rentrée"
                            + CRLF
                            + "END:VTODO"
                            + CRLF;
            String journal =
                    "BEGIN:VJOURNAL"
                            + CRLF
                            + "UID:journal"
                            + CRLF
                            + "DTSTAMP:20260101T000000Z"
                            + CRLF
                            + "DTSTART;VALUE=DATE:20260901"
                            + CRLF
                            + "SUMMARY:Notes"
                            + CRLF
                            + "END:VJOURNAL"
                            + CRLF;

            List<Line> lines =
                    read(calendar(todo, allDay("20261208", "20261209", "Immaculée"), journal));

            assertThat(lines).extracting(Line::label).containsExactly("Immaculée");
        }

        @Test
        void aCalendarWithOnlyOtherComponentsIsEmpty() {
            String todo =
                    "BEGIN:VTODO"
                            + CRLF
                            + "UID:todo"
                            + CRLF
                            + "DTSTAMP:20260101T000000Z"
                            + CRLF
                            + "SUMMARY:Préparer la rentrée"
                            + CRLF
                            + "END:VTODO"
                            + CRLF;

            assertRefused(calendar(todo), "calendar.import.empty");
        }

        @Test
        void aCalendarWithoutEventsIsEmpty() {
            assertRefused(calendar(), "calendar.import.empty");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "garbage",
                    "Du;Au;Libellé\r\n17.10.2026;01.11.2026;Vacances\r\n",
                    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                })
        void whatIsNoICalendarIsUnreadable(String content) {
            assertRefused(content, "calendar.import.unreadable");
        }

        @Test
        void anUnreadableStreamIsUnreadable() {
            java.io.InputStream broken =
                    new java.io.InputStream() {
                        @Override
                        public int read() throws java.io.IOException {
                            throw new java.io.IOException("disk gone");
                        }
                    };

            assertThatThrownBy(() -> CalendarImport.ics(broken))
                    .isInstanceOf(Refused.class)
                    .hasMessage("calendar.import.unreadable");
        }

        @Test
        void upToMaxLinesEventsAreRead() throws Refused {
            String[] events = new String[CalendarImport.MAX_LINES];
            LocalDate day = d("2026-08-01");
            for (int i = 0; i < events.length; i++) {
                LocalDate from = day.plusDays(i);
                events[i] =
                        allDay(
                                from.toString().replace("-", ""),
                                from.plusDays(1).toString().replace("-", ""),
                                "Jour " + (i + 1));
            }

            List<Line> lines = read(calendar(events));

            assertThat(lines).hasSize(CalendarImport.MAX_LINES);
            assertThat(lines.get(0).from()).isEqualTo(day);
            assertThat(lines.get(CalendarImport.MAX_LINES - 1).to())
                    .isEqualTo(day.plusDays(CalendarImport.MAX_LINES - 1));
        }

        @Test
        void moreThanMaxLinesEventsAreRefused() {
            String[] events = new String[CalendarImport.MAX_LINES + 1];
            LocalDate day = d("2026-08-01");
            for (int i = 0; i < events.length; i++) {
                LocalDate from = day.plusDays(i);
                events[i] =
                        allDay(
                                from.toString().replace("-", ""),
                                from.plusDays(1).toString().replace("-", ""),
                                "Jour " + (i + 1));
            }

            assertRefused(calendar(events), "calendar.import.tooMany");
        }

        @Test
        void maxLinesIsFiveHundred() {
            assertThat(CalendarImport.MAX_LINES).isEqualTo(500);
        }
    }

    @Nested
    class Csv {

        private void assertRefused(String text, String key) {
            assertThatThrownBy(() -> CalendarImport.csv(text))
                    .isInstanceOf(Refused.class)
                    .hasMessage(key);
        }

        @Test
        void semicolonSeparatedLinesWithSwissDates() throws Refused {
            List<Line> lines =
                    CalendarImport.csv(
                            "17.10.2026;01.11.2026;Vacances d'automne\r\n"
                                    + "08.12.2026;08.12.2026;Immaculée Conception\r\n");

            assertThat(lines)
                    .containsExactly(
                            new Line(d("2026-10-17"), d("2026-11-01"), "Vacances d'automne", null),
                            new Line(
                                    d("2026-12-08"),
                                    d("2026-12-08"),
                                    "Immaculée Conception",
                                    null));
        }

        @Test
        void commaSeparatedLinesWithIsoDates() throws Refused {
            List<Line> lines =
                    CalendarImport.csv(
                            "2026-10-17,2026-11-01,Vacances d'automne\n"
                                    + "2026-12-08,2026-12-08,Immaculée Conception\n");

            assertThat(lines)
                    .containsExactly(
                            new Line(d("2026-10-17"), d("2026-11-01"), "Vacances d'automne", null),
                            new Line(
                                    d("2026-12-08"),
                                    d("2026-12-08"),
                                    "Immaculée Conception",
                                    null));
        }

        @Test
        void shortSwissDatesAreRead() throws Refused {
            List<Line> lines = CalendarImport.csv("1.8.2026;2.8.2026;Fête nationale");

            assertThat(lines)
                    .containsExactly(
                            new Line(d("2026-08-01"), d("2026-08-02"), "Fête nationale", null));
        }

        @Test
        void aSemicolonFileMayHaveCommasInItsLabels() throws Refused {
            List<Line> lines = CalendarImport.csv("17.10.2026;01.11.2026;Vacances, automne");

            assertThat(lines).extracting(Line::label).containsExactly("Vacances, automne");
        }

        @Test
        void theHeaderLineIsSkipped() throws Refused {
            List<Line> lines =
                    CalendarImport.csv(
                            "Du;Au;Libellé;Type\n17.10.2026;01.11.2026;Vacances d'automne;vacances\n");

            assertThat(lines)
                    .containsExactly(
                            new Line(
                                    d("2026-10-17"),
                                    d("2026-11-01"),
                                    "Vacances d'automne",
                                    "SCHOOL_HOLIDAY"));
        }

        @Test
        void quotesAroundDatesAreIgnored() throws Refused {
            List<Line> lines =
                    CalendarImport.csv(
                            "\"from\",\"to\",\"label\"\n\"17.10.2026\",\"2026-11-01\",Vacances\n");

            assertThat(lines)
                    .containsExactly(new Line(d("2026-10-17"), d("2026-11-01"), "Vacances", null));
        }

        @Test
        void blankLinesAreSkipped() throws Refused {
            List<Line> lines =
                    CalendarImport.csv(
                            "Du;Au;Libellé\n\n17.10.2026;01.11.2026;Vacances\n   \n"
                                    + "08.12.2026;08.12.2026;Immaculée\n\n");

            assertThat(lines).extracting(Line::label).containsExactly("Vacances", "Immaculée");
        }

        @Test
        void linesKeepTheFileOrder() throws Refused {
            List<Line> lines =
                    CalendarImport.csv(
                            "08.12.2026;08.12.2026;Immaculée\n17.10.2026;01.11.2026;Vacances\n");

            assertThat(lines).extracting(Line::label).containsExactly("Immaculée", "Vacances");
        }

        @Test
        void cellsAreStrippedAndABlankLabelIsADash() throws Refused {
            List<Line> lines = CalendarImport.csv("  17.10.2026 ; 01.11.2026 ;   ; vacances ");

            assertThat(lines)
                    .containsExactly(
                            new Line(d("2026-10-17"), d("2026-11-01"), "—", "SCHOOL_HOLIDAY"));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(
                delimiter = '|',
                nullValues = "null",
                value = {
                    "férié | PUBLIC_HOLIDAY",
                    "Jour FÉRIÉ | PUBLIC_HOLIDAY",
                    "ferie | PUBLIC_HOLIDAY",
                    "public holiday | PUBLIC_HOLIDAY",
                    "PUBLIC_HOLIDAY | PUBLIC_HOLIDAY",
                    "vacances | SCHOOL_HOLIDAY",
                    "Vacances scolaires | SCHOOL_HOLIDAY",
                    "holiday | SCHOOL_HOLIDAY",
                    "SCHOOL_HOLIDAY | SCHOOL_HOLIDAY",
                    "école | SCHOOL_PERIOD",
                    "Ecole | SCHOOL_PERIOD",
                    "school | SCHOOL_PERIOD",
                    "SCHOOL_PERIOD | SCHOOL_PERIOD",
                    "Schulzeit | SCHOOL_PERIOD",
                    "Unterricht | null",
                    "autre | null",
                })
        void theKindColumnIsReadFromItsWords(String word, String kind) throws Refused {
            List<Line> lines = CalendarImport.csv("17.10.2026;01.11.2026;Période;" + word);

            assertThat(lines).extracting(Line::kind).containsExactly(kind);
        }

        @ParameterizedTest(name = "{0} → SCHOOL_HOLIDAY")
        @ValueSource(strings = {"Ferien", "Herbstferien", "Schulferien"})
        void theGermanFerienAreSchoolHolidays(String word) throws Refused {
            List<Line> lines = CalendarImport.csv("17.10.2026;01.11.2026;Herbst;" + word);

            assertThat(lines).extracting(Line::kind).containsExactly("SCHOOL_HOLIDAY");
        }

        @Test
        void anEmptyKindCellIsNoKind() throws Refused {
            List<Line> lines = CalendarImport.csv("17.10.2026;01.11.2026;Vacances;");

            assertThat(lines).extracting(Line::kind).containsOnlyNulls();
        }

        @Test
        void toBeforeFromIsABadLine() {
            assertRefused("01.11.2026;17.10.2026;Vacances", "calendar.import.badLine");
        }

        @Test
        void fewerThanThreeColumnsIsABadLine() {
            assertRefused(
                    "17.10.2026;01.11.2026;Vacances\n08.12.2026;08.12.2026\n",
                    "calendar.import.badLine");
            assertRefused("17.10.2026,01.11.2026", "calendar.import.badLine");
        }

        @Test
        void aBadDateAfterTheFirstLineIsABadLine() {
            assertRefused(
                    "Du;Au;Libellé\n17.10.2026;01.11.2026;Vacances\n32.11.2026;01.12.2026;X\n",
                    "calendar.import.badLine");
            assertRefused(
                    "17.10.2026;01.11.2026;Vacances\n17.10.26;01.11.26;Vacances\n",
                    "calendar.import.badLine");
            assertRefused(
                    "17.10.2026;01.11.2026;Vacances\n17.10.2026;demain;Vacances\n",
                    "calendar.import.badLine");
            assertRefused(
                    "17.10.2026;01.11.2026;Vacances\n2026-11-31;2026-12-01;Vacances\n",
                    "calendar.import.badLine");
        }

        @ParameterizedTest
        @ValueSource(strings = {"31.11.2026", "29.02.2027"})
        void aDateThatDoesNotExistIsABadLine(String date) {
            assertRefused(
                    "17.10.2026;01.11.2026;Vacances\n" + date + ";01.12.2026;X\n",
                    "calendar.import.badLine");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "\n\n", "   \r\n  ", "Du;Au;Libellé", "Du;Au;Libellé\n\n"})
        void nothingButAHeaderOrBlanksIsEmpty(String text) {
            assertRefused(text, "calendar.import.empty");
        }

        @Test
        void upToMaxLinesAreRead() throws Refused {
            StringBuilder text = new StringBuilder("Du;Au;Libellé\n");
            for (int i = 0; i < CalendarImport.MAX_LINES; i++) {
                text.append("17.10.2026;01.11.2026;Ligne ").append(i).append('\n');
            }

            assertThat(CalendarImport.csv(text.toString())).hasSize(CalendarImport.MAX_LINES);
        }

        @Test
        void moreThanMaxLinesAreRefused() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i <= CalendarImport.MAX_LINES; i++) {
                text.append("17.10.2026;01.11.2026;Ligne ").append(i).append('\n');
            }

            assertRefused(text.toString(), "calendar.import.tooMany");
        }

        @Test
        void aByteOrderMarkIsIgnored() throws Refused {
            List<Line> lines = CalendarImport.csv("\uFEFF17.10.2026;01.11.2026;Vacances\n");

            assertThat(lines)
                    .containsExactly(new Line(d("2026-10-17"), d("2026-11-01"), "Vacances", null));
        }
    }
}
