package ch.monportail.agenda.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.monportail.agenda.control.AbsenceRule.Consequence;
import ch.monportail.agenda.entity.AbsenceBilling;
import ch.monportail.agenda.entity.AbsenceReason;
import ch.monportail.structure.control.SchoolCalendar;
import ch.monportail.structure.control.SchoolCalendar.Range;
import ch.monportail.structure.entity.AgendaSettings;
import ch.monportail.structure.entity.AgendaSettings.IllnessRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AbsenceRuleTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final BigDecimal CARE_AND_MEAL =
            new BigDecimal("18.00").add(new BigDecimal("8.00"));
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant at(String date, int hour, int minute) {
        return at(date, hour, minute, 0, 0);
    }

    private static Instant at(String date, int hour, int minute, int second, int nano) {
        return ZonedDateTime.of(d(date), LocalTime.of(hour, minute, second, nano), ZURICH)
                .toInstant();
    }

    private static SchoolCalendar valais2026() {
        return ch.monportail.structure.control.Calendars.valais2026();
    }

    /** 2025/26 with Good Friday 03.04.2026 and Easter Monday 06.04.2026 as public holidays. */
    private static SchoolCalendar withEaster2026() {
        return new SchoolCalendar(
                2025,
                List.of(new Range(d("2025-08-18"), d("2026-06-26"))),
                List.of(new Range(d("2026-04-03"), d("2026-04-19"))),
                Set.of(
                        d("2026-03-19"),
                        d("2026-04-03"),
                        d("2026-04-06"),
                        d("2026-05-14"),
                        d("2026-05-25")));
    }

    private static AbsenceRule rule(AgendaSettings settings) {
        return new AbsenceRule(settings, valais2026(), ZURICH);
    }

    private static AgendaSettings settings(
            LocalTime cutoff, int latePercent, IllnessRule illnessRule) {
        return new AgendaSettings(cutoff, latePercent, illnessRule, 10);
    }

    private final AbsenceRule rule = rule(new AgendaSettings());

    @Nested
    class Cutoff {

        @Test
        void aTuesdayHasItsCutoffOnMondayAtSixInTheEvening() {
            assertThat(rule.cutoff(d("2026-09-22")))
                    .isEqualTo(ZonedDateTime.of(d("2026-09-21"), LocalTime.of(18, 0), ZURICH));
            assertThat(rule.cutoff(d("2026-09-22")).getZone()).isEqualTo(ZURICH);
        }

        @Test
        void aMondayHasItsCutoffOnTheFridayBefore() {
            assertThat(rule.cutoff(d("2026-09-28")).toLocalDateTime())
                    .isEqualTo(d("2026-09-25").atTime(18, 0));
        }

        @Test
        void theFridayAfterAscensionHasItsCutoffOnWednesday() {
            assertThat(rule.cutoff(d("2027-05-07")).toLocalDateTime())
                    .isEqualTo(d("2027-05-05").atTime(18, 0));
        }

        @Test
        void theTuesdayAfterWhitMondayHasItsCutoffOnTheFridayBefore() {
            assertThat(rule.cutoff(d("2027-05-18")).toLocalDateTime())
                    .isEqualTo(d("2027-05-14").atTime(18, 0));
        }

        @Test
        void theMondayAfterAPublicHolidayOnFridayHasItsCutoffOnThursday() {
            assertThat(rule.cutoff(d("2027-01-04")).toLocalDateTime())
                    .isEqualTo(d("2026-12-31").atTime(18, 0));
        }

        @ParameterizedTest
        @CsvSource({"2026-04-06", "2026-04-07"})
        void easterMondayAndTheTuesdayAfterHaveTheirCutoffOnMaundyThursday(String day) {
            AbsenceRule easter = new AbsenceRule(new AgendaSettings(), withEaster2026(), ZURICH);

            assertThat(easter.cutoff(d(day)).toInstant())
                    .isEqualTo(Instant.parse("2026-04-02T16:00:00Z"));
        }

        @Test
        void theMondayAfterTheSpringChangeHasItsCutoffAtSixCentralEuropeanTime() {
            AbsenceRule spring = new AbsenceRule(new AgendaSettings(), withEaster2026(), ZURICH);

            assertThat(spring.cutoff(d("2026-03-30")).toInstant())
                    .isEqualTo(Instant.parse("2026-03-27T17:00:00Z"));
        }

        @Test
        void theMondayAfterTheAutumnChangeHasItsCutoffAtSixCentralEuropeanSummerTime() {
            assertThat(rule.cutoff(d("2026-10-26")).toInstant())
                    .isEqualTo(Instant.parse("2026-10-23T16:00:00Z"));
        }

        @Test
        void aCustomCutoffTimeIsUsedWithoutItsSeconds() {
            AbsenceRule custom =
                    rule(settings(LocalTime.of(12, 30, 45), 100, IllnessRule.CERTIFICATE_REQUIRED));

            assertThat(custom.cutoff(d("2026-09-22")).toInstant())
                    .isEqualTo(at("2026-09-21", 12, 30));
        }
    }

    @Nested
    class Timing {

        @Test
        void announcedTheEveningBeforeTheCutoffIsNotBilled() {
            Consequence c =
                    rule.announced(
                            d("2026-09-22"),
                            at("2026-09-21", 17, 30),
                            AbsenceReason.HOLIDAY,
                            CARE_AND_MEAL,
                            false);

            assertThat(c.billing()).isEqualTo(AbsenceBilling.NOT_BILLED);
            assertThat(c.amount()).isEqualByComparingTo(ZERO).hasToString("0.00");
        }

        @Test
        void theLastMillisecondBeforeTheCutoffIsNotBilledAndTheCutoffItselfIsLate() {
            Instant justBefore = at("2026-09-21", 17, 59, 59, 999_000_000);
            Instant cutoff = at("2026-09-21", 18, 0);

            assertThat(
                            rule.announced(
                                            d("2026-09-22"),
                                            justBefore,
                                            AbsenceReason.OTHER,
                                            CARE_AND_MEAL,
                                            false)
                                    .billing())
                    .isEqualTo(AbsenceBilling.NOT_BILLED);
            assertThat(
                            rule.announced(
                                    d("2026-09-22"),
                                    cutoff,
                                    AbsenceReason.OTHER,
                                    CARE_AND_MEAL,
                                    false))
                    .isEqualTo(new Consequence(AbsenceBilling.LATE, new BigDecimal("26.00")));
        }

        @ParameterizedTest
        @CsvSource({"2026-09-26, 9, 0", "2026-09-27, 20, 0", "2026-09-28, 6, 30"})
        void aMondayAnnouncedOnTheWeekendOrTheSameMorningIsLate(String date, int hour, int minute) {
            Consequence c =
                    rule.announced(
                            d("2026-09-28"),
                            at(date, hour, minute),
                            AbsenceReason.HOLIDAY,
                            CARE_AND_MEAL,
                            false);

            assertThat(c.billing()).isEqualTo(AbsenceBilling.LATE);
            assertThat(c.amount()).isEqualByComparingTo("26.00");
        }

        @Test
        void theFridayAfterAscensionAnnouncedOnAscensionDayIsLate() {
            assertThat(
                            rule.announced(
                                            d("2027-05-07"),
                                            at("2027-05-06", 8, 0),
                                            AbsenceReason.OTHER,
                                            CARE_AND_MEAL,
                                            false)
                                    .billing())
                    .isEqualTo(AbsenceBilling.LATE);
            assertThat(
                            rule.announced(
                                            d("2027-05-07"),
                                            at("2027-05-05", 17, 59),
                                            AbsenceReason.OTHER,
                                            CARE_AND_MEAL,
                                            false)
                                    .billing())
                    .isEqualTo(AbsenceBilling.NOT_BILLED);
        }

        @Test
        void acrossTheSpringChangeTheCutoffIsSixLocalTimeNotSixUtc() {
            AbsenceRule spring = new AbsenceRule(new AgendaSettings(), withEaster2026(), ZURICH);
            LocalDate monday = d("2026-03-30");

            assertThat(spring.beforeCutoff(monday, Instant.parse("2026-03-27T16:59:59Z"))).isTrue();
            assertThat(spring.beforeCutoff(monday, Instant.parse("2026-03-27T17:00:00Z")))
                    .isFalse();
            assertThat(spring.beforeCutoff(monday, at("2026-03-29", 10, 0))).isFalse();
        }

        @Test
        void acrossTheAutumnChangeTheCutoffIsSixLocalTimeNotSixUtc() {
            LocalDate monday = d("2026-10-26");

            assertThat(rule.beforeCutoff(monday, Instant.parse("2026-10-23T15:59:59Z"))).isTrue();
            assertThat(rule.beforeCutoff(monday, Instant.parse("2026-10-23T16:00:00Z"))).isFalse();
            assertThat(rule.beforeCutoff(monday, at("2026-10-25", 2, 30))).isFalse();
        }

        @Test
        void aCustomMorningCutoffSplitsAtNine() {
            AbsenceRule morning =
                    rule(settings(LocalTime.of(9, 0), 100, IllnessRule.CERTIFICATE_REQUIRED));

            assertThat(morning.beforeCutoff(d("2026-09-22"), at("2026-09-21", 8, 59))).isTrue();
            assertThat(morning.beforeCutoff(d("2026-09-22"), at("2026-09-21", 9, 0))).isFalse();
            assertThat(morning.cutoff(d("2026-09-22")).toInstant())
                    .isEqualTo(Instant.parse("2026-09-21T07:00:00Z"));
        }

        @ParameterizedTest
        @CsvSource({
            "2026-09-21, 17, 59, true",
            "2026-09-21, 18, 0, false",
            "2026-09-22, 7, 0, false",
            "2026-09-18, 12, 0, true"
        })
        void canWithdrawMirrorsBeforeCutoff(String date, int hour, int minute, boolean allowed) {
            Instant now = at(date, hour, minute);

            assertThat(rule.canWithdraw(d("2026-09-22"), now)).isEqualTo(allowed);
            assertThat(rule.beforeCutoff(d("2026-09-22"), now)).isEqualTo(allowed);
        }

        @ParameterizedTest
        @EnumSource(
                value = AbsenceReason.class,
                names = {"HOLIDAY", "OTHER"})
        void anAcceptedCertificateDoesNotSpareALateAbsenceForAnotherReason(AbsenceReason reason) {
            assertThat(
                            rule.announced(
                                            d("2026-09-22"),
                                            at("2026-09-22", 7, 0),
                                            reason,
                                            CARE_AND_MEAL,
                                            true)
                                    .billing())
                    .isEqualTo(AbsenceBilling.LATE);
        }
    }

    @Nested
    class Illness {

        @Test
        void illnessWithoutCertificateIsBilledEvenWhenAnnouncedEarly() {
            Consequence c =
                    rule.announced(
                            d("2026-09-22"),
                            at("2026-09-20", 10, 0),
                            AbsenceReason.ILLNESS,
                            CARE_AND_MEAL,
                            false);

            assertThat(c.billing()).isEqualTo(AbsenceBilling.ILLNESS);
            assertThat(c.amount()).isEqualByComparingTo("26.00");
        }

        @Test
        void illnessWithAnAcceptedCertificateIsNotBilledEvenWhenLate() {
            Consequence c =
                    rule.announced(
                            d("2026-09-22"),
                            at("2026-09-22", 7, 0),
                            AbsenceReason.ILLNESS,
                            CARE_AND_MEAL,
                            true);

            assertThat(c).isEqualTo(new Consequence(AbsenceBilling.NOT_BILLED, ZERO));
        }

        @Test
        void illnessIsBilledAtTheLatePercentage() {
            AbsenceRule half =
                    rule(settings(LocalTime.of(18, 0), 50, IllnessRule.CERTIFICATE_REQUIRED));

            assertThat(
                            half.announced(
                                    d("2026-09-22"),
                                    at("2026-09-20", 10, 0),
                                    AbsenceReason.ILLNESS,
                                    new BigDecimal("21.00"),
                                    false))
                    .isEqualTo(new Consequence(AbsenceBilling.ILLNESS, new BigDecimal("10.50")));
        }

        @Test
        void illnessLikeOtherReasonsFollowsTheCutoff() {
            AbsenceRule lenient =
                    rule(settings(LocalTime.of(18, 0), 100, IllnessRule.LIKE_OTHER_REASONS));

            assertThat(
                            lenient.announced(
                                    d("2026-09-22"),
                                    at("2026-09-21", 17, 59),
                                    AbsenceReason.ILLNESS,
                                    CARE_AND_MEAL,
                                    false))
                    .isEqualTo(new Consequence(AbsenceBilling.NOT_BILLED, ZERO));
            assertThat(
                            lenient.announced(
                                    d("2026-09-22"),
                                    at("2026-09-21", 18, 0),
                                    AbsenceReason.ILLNESS,
                                    CARE_AND_MEAL,
                                    false))
                    .isEqualTo(new Consequence(AbsenceBilling.LATE, new BigDecimal("26.00")));
        }

        @Test
        void illnessLikeOtherReasonsWithAnAcceptedCertificateIsNotBilledEvenWhenLate() {
            AbsenceRule lenient =
                    rule(settings(LocalTime.of(18, 0), 100, IllnessRule.LIKE_OTHER_REASONS));

            assertThat(
                            lenient.announced(
                                            d("2026-09-22"),
                                            at("2026-09-22", 7, 0),
                                            AbsenceReason.ILLNESS,
                                            CARE_AND_MEAL,
                                            true)
                                    .billing())
                    .isEqualTo(AbsenceBilling.NOT_BILLED);
        }
    }

    @Nested
    class Amounts {

        @ParameterizedTest
        @CsvSource({"50, 21.00, 10.50", "50, 26.15, 13.10", "100, 26.00, 26.00", "0, 26.00, 0.00"})
        void aLateAbsenceIsBilledAtTheLatePercentageRoundedToFiveCentimes(
                int percent, String unitPrice, String expected) {
            AbsenceRule custom =
                    rule(settings(LocalTime.of(18, 0), percent, IllnessRule.CERTIFICATE_REQUIRED));

            Consequence c =
                    custom.announced(
                            d("2026-09-22"),
                            at("2026-09-22", 7, 0),
                            AbsenceReason.HOLIDAY,
                            new BigDecimal(unitPrice),
                            false);

            assertThat(c.billing()).isEqualTo(AbsenceBilling.LATE);
            assertThat(c.amount()).isEqualTo(new BigDecimal(expected));
        }

        @ParameterizedTest
        @CsvSource({"26.00, 26.00", "21.37, 21.35", "21.375, 21.40", "21.38, 21.40"})
        void anUnannouncedAbsenceIsBilledInFullRoundedToFiveCentimes(
                String unitPrice, String expected) {
            AbsenceRule half =
                    rule(settings(LocalTime.of(18, 0), 50, IllnessRule.CERTIFICATE_REQUIRED));

            assertThat(half.unannounced(new BigDecimal(unitPrice)))
                    .isEqualTo(
                            new Consequence(AbsenceBilling.UNANNOUNCED, new BigDecimal(expected)));
        }

        @Test
        void anUnannouncedReasonPassedAsAnnouncedIsBilledInFullWhateverTheTiming() {
            Consequence c =
                    rule.announced(
                            d("2026-09-22"),
                            at("2026-09-18", 12, 0),
                            AbsenceReason.UNANNOUNCED,
                            CARE_AND_MEAL,
                            true);

            assertThat(c)
                    .isEqualTo(
                            new Consequence(AbsenceBilling.UNANNOUNCED, new BigDecimal("26.00")));
        }
    }

    @Nested
    class Settings {

        @Test
        void theDefaultsAreSixInTheEveningFullPriceAndCertificateRequired() {
            AgendaSettings defaults = new AgendaSettings();

            assertThat(defaults.getAbsenceCutoff()).isEqualTo(LocalTime.of(18, 0));
            assertThat(defaults.getLateAbsencePercent()).isEqualTo(100);
            assertThat(defaults.getIllnessRule()).isEqualTo(IllnessRule.CERTIFICATE_REQUIRED);
        }

        @ParameterizedTest
        @CsvSource({"-1", "101"})
        void aLatePercentageOutsideZeroToHundredIsRejected(int percent) {
            assertThatThrownBy(
                            () ->
                                    settings(
                                            LocalTime.of(18, 0),
                                            percent,
                                            IllnessRule.CERTIFICATE_REQUIRED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("structure.invalid.agendaSettings");
        }

        @Test
        void theBoundsOfTheLatePercentageAreAccepted() {
            assertThat(
                            settings(LocalTime.of(18, 0), 0, IllnessRule.CERTIFICATE_REQUIRED)
                                    .getLateAbsencePercent())
                    .isZero();
            assertThat(
                            settings(LocalTime.of(18, 0), 100, IllnessRule.CERTIFICATE_REQUIRED)
                                    .getLateAbsencePercent())
                    .isEqualTo(100);
        }

        @Test
        void aMissingCutoffOrIllnessRuleIsRejected() {
            assertThatThrownBy(() -> settings(null, 100, IllnessRule.CERTIFICATE_REQUIRED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("structure.invalid.agendaSettings");
            assertThatThrownBy(() -> settings(LocalTime.of(18, 0), 100, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("structure.invalid.agendaSettings");
        }

        @Test
        void theRuleNeedsSettingsACalendarAndAZone() {
            assertThatNullPointerException()
                    .isThrownBy(() -> new AbsenceRule(null, valais2026(), ZURICH));
            assertThatNullPointerException()
                    .isThrownBy(() -> new AbsenceRule(new AgendaSettings(), null, ZURICH));
            assertThatNullPointerException()
                    .isThrownBy(() -> new AbsenceRule(new AgendaSettings(), valais2026(), null));
        }
    }

    @Nested
    class Consequences {

        @ParameterizedTest
        @EnumSource(AbsenceBilling.class)
        void onlyNotBilledIsNotBilled(AbsenceBilling billing) {
            assertThat(new Consequence(billing, ZERO).isBilled())
                    .isEqualTo(billing != AbsenceBilling.NOT_BILLED);
        }

        @Test
        void aConsequenceNeedsABillingAndAnAmount() {
            assertThatNullPointerException().isThrownBy(() -> new Consequence(null, ZERO));
            assertThatNullPointerException()
                    .isThrownBy(() -> new Consequence(AbsenceBilling.LATE, null));
        }
    }
}
