package ch.monportail.billing.control;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.billing.control.Settlement.Booked;
import ch.monportail.billing.control.Settlement.Due;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettlementTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 9);

    static Map<String, Due<String>> due(Object... keyAmount) {
        Map<String, Due<String>> due = new LinkedHashMap<>();
        for (int i = 0; i < keyAmount.length; i += 2) {
            String key = (String) keyAmount[i];
            due.put(key, new Due<>(key, DAY, new BigDecimal((String) keyAmount[i + 1]), key));
        }
        return due;
    }

    static Map<String, Booked<String>> booked(Object... keyAmountReversed) {
        Map<String, Booked<String>> booked = new LinkedHashMap<>();
        for (int i = 0; i < keyAmountReversed.length; i += 3) {
            String key = (String) keyAmountReversed[i];
            booked.put(
                    key,
                    new Booked<>(
                            key,
                            new BigDecimal((String) keyAmountReversed[i + 1]),
                            (Boolean) keyAmountReversed[i + 2],
                            "entry-" + key));
        }
        return booked;
    }

    @Test
    void aFreshDayBooksEveryService() {
        var result = Settlement.of(due("a", "12.30", "b", "7.50"), booked());
        assertThat(result.debits()).extracting(Due::key).containsExactly("a", "b");
        assertThat(result.reversals()).isEmpty();
        assertThat(result.repriced()).isZero();
    }

    @Test
    void aDayBookedRightBooksNothing_theRunIsIdempotent() {
        var result =
                Settlement.of(
                        due("a", "12.30", "b", "7.50"),
                        booked("a", "12.30", false, "b", "7.5", false));
        assertThat(result.debits()).isEmpty();
        assertThat(result.reversals()).isEmpty();
        assertThat(result.repriced()).isZero();
    }

    @Test
    void aDayHalfBookedBeforeACrashBooksOnlyTheRest() {
        var result =
                Settlement.of(
                        due("a", "12.30", "b", "7.50", "c", "3.00"), booked("a", "12.30", false));
        assertThat(result.debits()).extracting(Due::key).containsExactly("b", "c");
    }

    @Test
    void aServiceNoLongerDue_anExcusedAbsence_isReversedOnce() {
        var result =
                Settlement.of(
                        due("care", "12.30"),
                        booked("care", "12.30", false, "absence", "12.30", false));
        assertThat(result.debits()).isEmpty();
        assertThat(result.reversals()).extracting(Booked::key).containsExactly("absence");
        var again =
                Settlement.of(
                        due("care", "12.30"),
                        booked("care", "12.30", false, "absence", "12.30", true));
        assertThat(again.reversals()).isEmpty();
    }

    @Test
    void aChangedAmount_aContractAmendedFromAPastDay_isReversedAndBookedAgainUnderTheNextKey() {
        var result = Settlement.of(due("a", "13.00"), booked("a", "12.30", false));
        assertThat(result.reversals()).extracting(Booked::key).containsExactly("a");
        assertThat(result.debits())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.key()).isEqualTo("a#2");
                            assertThat(d.amount()).isEqualByComparingTo("13.00");
                            assertThat(d.service()).isEqualTo("a");
                        });
        assertThat(result.repriced()).isEqualTo(1);
        // settled again once booked: nothing more
        var again =
                Settlement.of(due("a", "13.00"), booked("a", "12.30", true, "a#2", "13.00", false));
        assertThat(again.debits()).isEmpty();
        assertThat(again.reversals()).isEmpty();
    }

    @Test
    void aServiceDueAgainAfterItsReversal_anExcuseWithdrawn_isBookedUnderTheNextKey() {
        var result = Settlement.of(due("a", "12.30"), booked("a", "12.30", true));
        assertThat(result.reversals()).isEmpty();
        assertThat(result.debits()).extracting(Due::key).containsExactly("a#2");
        assertThat(result.repriced()).isZero();
        // excused again, then due again: the third booking
        var third =
                Settlement.of(due("a", "12.30"), booked("a", "12.30", true, "a#2", "12.30", true));
        assertThat(third.debits()).extracting(Due::key).containsExactly("a#3");
    }

    @Test
    void aRebookedServiceNoLongerDueIsReversedUnderItsOwnKey() {
        var result = Settlement.of(due(), booked("a", "12.30", true, "a#2", "12.30", false));
        assertThat(result.debits()).isEmpty();
        assertThat(result.reversals()).extracting(Booked::key).containsExactly("a#2");
    }

    @Test
    void twoStandingBookings_neverExpected_areBothReversedAndTheServiceBookedOnce() {
        var result =
                Settlement.of(
                        due("a", "12.30"), booked("a", "12.30", false, "a#2", "12.30", false));
        assertThat(result.reversals()).extracting(Booked::key).containsOnly("a", "a#2");
        assertThat(result.debits()).extracting(Due::key).containsExactly("a#3");
    }

    @Test
    void aServiceReversedByTheAdminsHandIsHeld_neverBookedAgainByARun() {
        Map<String, Booked<String>> byHand = new LinkedHashMap<>();
        byHand.put("a", new Booked<>("a", new BigDecimal("12.30"), true, true, "entry-a"));
        var result = Settlement.of(due("a", "12.30", "b", "7.50"), byHand);
        assertThat(result.debits()).extracting(Due::key).containsExactly("b");
        assertThat(result.reversals()).isEmpty();
        assertThat(result.held()).extracting(Due::key).containsExactly("a");
        // booked right again by hand later (#2 standing): nothing to do, nothing held
        byHand.put("a#2", new Booked<>("a#2", new BigDecimal("12.30"), false, "entry-a2"));
        var later = Settlement.of(due("a", "12.30"), byHand);
        assertThat(later.debits()).isEmpty();
        assertThat(later.held()).isEmpty();
    }

    @Test
    void theServiceOfABookingKey() {
        assertThat(Settlement.serviceKey("D:42:2027-03-09:7:MEAL#12"))
                .isEqualTo("D:42:2027-03-09:7:MEAL");
        assertThat(Settlement.serviceKey("D:42:2027-03-09:7:MEAL"))
                .isEqualTo("D:42:2027-03-09:7:MEAL");
        assertThat(Settlement.bookingKey("k", 1)).isEqualTo("k");
        assertThat(Settlement.bookingKey("k", 2)).isEqualTo("k#2");
    }

    @Test
    void theKeyNamesChildDayUnitAndKind() {
        assertThat(Settlement.key(42, DAY, 7, "MEAL")).isEqualTo("D:42:2027-03-09:7:MEAL");
        assertThat(Settlement.key(42, LocalDate.of(2028, 2, 29), 7, "CARE"))
                .isEqualTo("D:42:2028-02-29:7:CARE");
    }
}
