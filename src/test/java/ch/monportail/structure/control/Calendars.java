package ch.monportail.structure.control;

import ch.monportail.structure.control.SchoolCalendar.Range;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Valais-like school years for the tests (the product reads them from the database). */
public final class Calendars {

    private Calendars() {}

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** 2026/27: school from Monday 17.08.2026 to Friday 25.06.2027. */
    public static SchoolCalendar valais2026() {
        return new SchoolCalendar(
                2026,
                List.of(new Range(d("2026-08-17"), d("2027-06-25"))),
                List.of(
                        new Range(d("2026-10-17"), d("2026-11-01")),
                        new Range(d("2026-12-24"), d("2027-01-10")),
                        new Range(d("2027-02-06"), d("2027-02-14")),
                        new Range(d("2027-03-26"), d("2027-04-11"))),
                Set.of(
                        d("2026-08-15"),
                        d("2026-11-01"),
                        d("2026-12-08"),
                        d("2026-12-25"),
                        d("2027-01-01"),
                        d("2027-03-19"),
                        d("2027-05-06"),
                        d("2027-05-17"),
                        d("2027-05-27")));
    }

    /** 2027/28, with 29.02.2028 a school day (carnival holidays the week before). */
    static SchoolCalendar valais2027() {
        return new SchoolCalendar(
                2027,
                List.of(new Range(d("2027-08-16"), d("2028-06-23"))),
                List.of(new Range(d("2028-02-19"), d("2028-02-27"))),
                Set.of(d("2027-12-08"), d("2027-12-25"), d("2028-01-01")));
    }
}
