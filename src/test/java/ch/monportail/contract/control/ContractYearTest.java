package ch.monportail.contract.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractYearTest {

    @ParameterizedTest(name = "{0} with 2026/27 and 2027/28 defined → {1}")
    @CsvSource({
        "2026-08-01, 2026", // first day of 2026/27
        "2026-12-03, 2026",
        "2027-06-30, 2026", // last school days: still the current year
        "2027-07-01, 2027", // summer: the next year, defined
        "2027-07-31, 2027",
        "2027-08-01, 2027"
    })
    void theCurrentYearOrFromJulyTheNext(LocalDate today, int expected) {
        assertThat(ContractYear.proposed(today, List.of(2026, 2027))).contains(expected);
    }

    @Test
    void inJulyTheCurrentYearWhileTheNextIsNotDefined() {
        assertThat(ContractYear.proposed(LocalDate.parse("2027-07-15"), List.of(2026)))
                .contains(2026);
    }

    @Test
    void aYearNotInTheCalendarFallsBackToTheLatestBefore() {
        // after July 2027 with only 2026/27 in the calendar: the page still opens on it
        assertThat(ContractYear.proposed(LocalDate.parse("2027-09-01"), List.of(2025, 2026)))
                .contains(2026);
    }

    @Test
    void elseTheEarliestAfter() {
        assertThat(ContractYear.proposed(LocalDate.parse("2025-09-01"), List.of(2027, 2026)))
                .contains(2026);
    }

    @Test
    void noYearDefinedProposesNone() {
        assertThat(ContractYear.proposed(LocalDate.parse("2026-09-01"), List.of())).isEmpty();
    }
}
