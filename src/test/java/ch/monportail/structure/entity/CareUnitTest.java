package ch.monportail.structure.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CareUnitTest {

    private static final LocalTime SEVEN = LocalTime.of(7, 0);
    private static final LocalTime EIGHT = LocalTime.of(8, 0);

    private final Structure structure =
            new Structure(
                    new StructureData(
                            "UAPE Les Écureuils",
                            StructureKind.UAPE,
                            "Route de l'École 3",
                            "1964",
                            "Conthey",
                            "+41273455621",
                            "uape@conthey.example"));

    /** Valid data: "Accueil du matin" 07:00–08:00, CHF 9.00, no meal, 24 places, school days. */
    private static CareUnitData morning() {
        return new CareUnitData(
                "Accueil du matin", SEVEN, EIGHT, new BigDecimal("9.00"), null, 24, true, false, 1);
    }

    private static CareUnitData withName(String name) {
        CareUnitData d = morning();
        return new CareUnitData(
                name,
                d.startsAt(),
                d.endsAt(),
                d.fullPrice(),
                d.mealPrice(),
                d.capacity(),
                d.onSchoolDays(),
                d.inHolidays(),
                d.sortOrder());
    }

    private static CareUnitData withTimes(LocalTime startsAt, LocalTime endsAt) {
        CareUnitData d = morning();
        return new CareUnitData(
                d.name(),
                startsAt,
                endsAt,
                d.fullPrice(),
                d.mealPrice(),
                d.capacity(),
                d.onSchoolDays(),
                d.inHolidays(),
                d.sortOrder());
    }

    private static CareUnitData withPrices(BigDecimal fullPrice, BigDecimal mealPrice) {
        CareUnitData d = morning();
        return new CareUnitData(
                d.name(),
                d.startsAt(),
                d.endsAt(),
                fullPrice,
                mealPrice,
                d.capacity(),
                d.onSchoolDays(),
                d.inHolidays(),
                d.sortOrder());
    }

    private static CareUnitData withCapacity(int capacity) {
        CareUnitData d = morning();
        return new CareUnitData(
                d.name(),
                d.startsAt(),
                d.endsAt(),
                d.fullPrice(),
                d.mealPrice(),
                capacity,
                d.onSchoolDays(),
                d.inHolidays(),
                d.sortOrder());
    }

    private static CareUnitData withWhen(boolean onSchoolDays, boolean inHolidays) {
        CareUnitData d = morning();
        return new CareUnitData(
                d.name(),
                d.startsAt(),
                d.endsAt(),
                d.fullPrice(),
                d.mealPrice(),
                d.capacity(),
                onSchoolDays,
                inHolidays,
                d.sortOrder());
    }

    private static BigDecimal chf(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }

    private void assertRefused(CareUnitData data, String key) {
        assertThatThrownBy(() -> CareUnit.check(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(key);
        assertThatThrownBy(() -> new CareUnit(structure, data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(key);
        assertThat(structure.getCareUnits()).as("a refused unit is not added").isEmpty();
    }

    private CareUnit accepted(CareUnitData data) {
        assertThatCode(() -> CareUnit.check(data)).doesNotThrowAnyException();
        return new CareUnit(structure, data);
    }

    // --- creation -------------------------------------------------------------------------

    @Test
    void aNewUnitJoinsItsStructure() {
        CareUnit unit = new CareUnit(structure, morning());

        assertThat(unit.getStructure()).isSameAs(structure);
        assertThat(structure.getCareUnits()).containsExactly(unit);
        assertThat(unit.isActive()).isTrue();
        assertThat(unit.getId()).isNull();
        assertThat(unit.getName()).isEqualTo("Accueil du matin");
        assertThat(unit.getStartsAt()).isEqualTo(SEVEN);
        assertThat(unit.getEndsAt()).isEqualTo(EIGHT);
        assertThat(unit.getFullPrice()).isEqualTo(new BigDecimal("9.00"));
        assertThat(unit.getMealPrice()).isNull();
        assertThat(unit.getCapacity()).isEqualTo(24);
        assertThat(unit.isOnSchoolDays()).isTrue();
        assertThat(unit.isInHolidays()).isFalse();
        assertThat(unit.getSortOrder()).isEqualTo(1);
    }

    @Test
    void theWeeklyPatternTakesActiveUnitsThatRunOnSchoolDays() {
        CareUnit schoolDays = new CareUnit(structure, morning());
        CareUnit holidaysOnly =
                new CareUnit(
                        structure,
                        new CareUnitData(
                                "Journée vacances",
                                SEVEN,
                                EIGHT,
                                new BigDecimal("80.00"),
                                null,
                                24,
                                false,
                                true,
                                2));
        CareUnit closed = new CareUnit(structure, withName("Ancien accueil"));
        closed.deactivate();

        assertThat(schoolDays.isInWeeklyPattern()).isTrue();
        assertThat(holidaysOnly.isInWeeklyPattern()).isFalse();
        assertThat(closed.isInWeeklyPattern()).isFalse();
    }

    @Test
    void unitsAreAddedToTheStructureInCreationOrder() {
        CareUnit morning = new CareUnit(structure, morning());
        CareUnit lunch =
                new CareUnit(
                        structure,
                        new CareUnitData(
                                "Midi avec repas",
                                LocalTime.of(11, 45),
                                LocalTime.of(13, 45),
                                chf("18.00"),
                                chf("8.00"),
                                48,
                                true,
                                false,
                                2));

        assertThat(structure.getCareUnits()).containsExactly(morning, lunch);
    }

    @Test
    void theNameIsStoredStripped() {
        CareUnit unit = new CareUnit(structure, withName("  Accueil du matin\t"));

        assertThat(unit.getName()).isEqualTo("Accueil du matin");
        assertThat(unit.data().name()).isEqualTo("Accueil du matin");
    }

    @Test
    void theLabelShowsNameAndTimeSlot() {
        CareUnit unit = new CareUnit(structure, morning());

        assertThat(unit.getLabel()).isEqualTo("Accueil du matin 07:00–08:00");
    }

    @Test
    void dataReturnsWhatWasStored() {
        CareUnitData data =
                new CareUnitData(
                        "Journée vacances",
                        LocalTime.of(7, 30),
                        LocalTime.of(18, 0),
                        chf("60.00"),
                        chf("8.00"),
                        30,
                        false,
                        true,
                        4);

        CareUnit unit = new CareUnit(structure, data);

        assertThat(unit.data()).isEqualTo(data);
    }

    // --- prices: scale and meal price -----------------------------------------------------

    @ParameterizedTest
    @CsvSource({"9, 9.00", "9.0, 9.00", "9.000, 9.00", "9.5, 9.50", "0, 0.00", "1E+2, 100.00"})
    void theFullPriceIsStoredWithTwoDecimals(String given, String stored) {
        CareUnit unit = new CareUnit(structure, withPrices(chf(given), null));

        assertThat(unit.getFullPrice()).isEqualTo(new BigDecimal(stored));
        assertThat(unit.getFullPrice().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "0.000", "-0.00"})
    void aMealPriceOfZeroIsStoredAsNoMeal(String zero) {
        CareUnit unit = new CareUnit(structure, withPrices(chf("9.00"), chf(zero)));

        assertThat(unit.getMealPrice()).isNull();
        assertThat(unit.data().mealPrice()).isNull();
    }

    @ParameterizedTest
    @NullSource
    void noMealPriceStaysNoMeal(BigDecimal none) {
        CareUnit unit = new CareUnit(structure, withPrices(chf("9.00"), none));

        assertThat(unit.getMealPrice()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"8, 8.00", "8.5, 8.50", "8.000, 8.00", "0.01, 0.01"})
    void aMealPriceIsStoredWithTwoDecimals(String given, String stored) {
        CareUnit unit = new CareUnit(structure, withPrices(chf("18.00"), chf(given)));

        assertThat(unit.getMealPrice()).isEqualTo(new BigDecimal(stored));
        assertThat(unit.getMealPrice().scale()).isEqualTo(2);
    }

    // --- invariants: name ------------------------------------------------------------------

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t", "\n"})
    void aNameIsRequired(String name) {
        assertRefused(withName(name), "careUnit.invalid.name");
    }

    // --- invariants: times -----------------------------------------------------------------

    @Test
    void bothTimesAreRequired() {
        assertRefused(withTimes(null, EIGHT), "careUnit.invalid.times");
        assertRefused(withTimes(SEVEN, null), "careUnit.invalid.times");
        assertRefused(withTimes(null, null), "careUnit.invalid.times");
    }

    @Test
    void anEndEqualToTheStartIsRefused() {
        assertRefused(withTimes(SEVEN, SEVEN), "careUnit.invalid.times");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertRefused(withTimes(EIGHT, SEVEN), "careUnit.invalid.times");
    }

    @Test
    void aSlotCrossingMidnightIsRefused() {
        assertRefused(withTimes(LocalTime.of(22, 0), LocalTime.of(1, 0)), "careUnit.invalid.times");
        assertRefused(withTimes(LocalTime.of(18, 0), LocalTime.MIDNIGHT), "careUnit.invalid.times");
    }

    @Test
    void anEndOneMinuteAfterTheStartIsAccepted() {
        CareUnit unit = accepted(withTimes(SEVEN, LocalTime.of(7, 1)));

        assertThat(unit.getLabel()).isEqualTo("Accueil du matin 07:00–07:01");
    }

    @Test
    void theWholeDayIsAccepted() {
        CareUnit unit = accepted(withTimes(LocalTime.MIDNIGHT, LocalTime.of(23, 59)));

        assertThat(unit.getStartsAt()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(unit.getEndsAt()).isEqualTo(LocalTime.of(23, 59));
    }

    // --- invariants: prices ----------------------------------------------------------------

    @Test
    void aFullPriceIsRequired() {
        assertRefused(withPrices(null, null), "careUnit.invalid.price");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-0.01",
                "-1",
                "1000000",
                "1000000.00",
                "999999.991",
                "1.005",
                "0.001",
                "1E+6"
            })
    void anInvalidFullPriceIsRefused(String price) {
        assertRefused(withPrices(chf(price), null), "careUnit.invalid.price");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "0.01", "999999.99", "999999.990", "9.000", "1.5"})
    void aValidFullPriceIsAccepted(String price) {
        CareUnit unit = accepted(withPrices(chf(price), null));

        assertThat(unit.getFullPrice()).isEqualByComparingTo(price);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-8", "1000000", "999999.991", "1.005", "0.001"})
    void anInvalidMealPriceIsRefused(String price) {
        assertRefused(withPrices(chf("18.00"), chf(price)), "careUnit.invalid.price");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "999999.99", "8.000"})
    void aValidMealPriceIsAccepted(String price) {
        CareUnit unit = accepted(withPrices(chf("18.00"), chf(price)));

        assertThat(unit.getMealPrice()).isEqualByComparingTo(price);
    }

    // --- invariants: capacity --------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 501, Integer.MAX_VALUE})
    void aCapacityOutsideOneTo500IsRefused(int capacity) {
        assertRefused(withCapacity(capacity), "careUnit.invalid.capacity");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 24, 500})
    void aCapacityFromOneTo500IsAccepted(int capacity) {
        CareUnit unit = accepted(withCapacity(capacity));

        assertThat(unit.getCapacity()).isEqualTo(capacity);
    }

    @Test
    void theLimitsAreThoseOfTheConstants() {
        assertThat(CareUnit.MAX_CAPACITY).isEqualTo(500);
        assertThat(CareUnit.MAX_PRICE).isEqualByComparingTo("999999.99");
    }

    // --- invariants: when ------------------------------------------------------------------

    @Test
    void aUnitMustRunOnSchoolDaysOrInHolidays() {
        assertRefused(withWhen(false, false), "careUnit.invalid.when");
    }

    @ParameterizedTest
    @CsvSource({"true, false", "false, true", "true, true"})
    void schoolDaysHolidaysOrBothAreAccepted(boolean onSchoolDays, boolean inHolidays) {
        CareUnit unit = accepted(withWhen(onSchoolDays, inHolidays));

        assertThat(unit.isOnSchoolDays()).isEqualTo(onSchoolDays);
        assertThat(unit.isInHolidays()).isEqualTo(inHolidays);
    }

    // --- update ----------------------------------------------------------------------------

    @Test
    void anUpdateReplacesEverything() {
        CareUnit unit = new CareUnit(structure, morning());
        CareUnitData changed =
                new CareUnitData(
                        "Midi avec repas",
                        LocalTime.of(11, 45),
                        LocalTime.of(13, 45),
                        chf("18.00"),
                        chf("8.00"),
                        48,
                        true,
                        true,
                        2);

        unit.update(changed);

        assertThat(unit.data()).isEqualTo(changed);
        assertThat(unit.getLabel()).isEqualTo("Midi avec repas 11:45–13:45");
        assertThat(structure.getCareUnits()).as("no second entry").containsExactly(unit);
    }

    @Test
    void anUpdateCanRemoveTheMeal() {
        CareUnit unit = new CareUnit(structure, withPrices(chf("18.00"), chf("8.00")));

        unit.update(withPrices(chf("18.00"), chf("0")));

        assertThat(unit.getMealPrice()).isNull();
    }

    @Test
    void aRefusedUpdateLeavesTheUnitUnchanged() {
        CareUnitData original =
                new CareUnitData(
                        "Midi avec repas",
                        LocalTime.of(11, 45),
                        LocalTime.of(13, 45),
                        chf("18.00"),
                        chf("8.00"),
                        48,
                        true,
                        false,
                        2);
        CareUnit unit = new CareUnit(structure, original);

        // the refused data also differ from the original in their valid fields: none is applied
        CareUnitData[] refused = {
            withName(" "),
            withTimes(EIGHT, SEVEN),
            withPrices(chf("1.005"), null),
            withPrices(chf("9.00"), chf("-0.01")),
            withCapacity(501),
            withWhen(false, false)
        };
        for (CareUnitData data : refused) {
            assertThatThrownBy(() -> unit.update(data))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("careUnit.invalid.");

            assertThat(unit.data()).as("after %s", data).isEqualTo(original);
        }
        assertThat(unit.getLabel()).isEqualTo("Midi avec repas 11:45–13:45");
        assertThat(unit.getMealPrice()).isEqualTo(chf("8.00"));
        assertThat(structure.getCareUnits()).containsExactly(unit);
    }

    // --- activation ------------------------------------------------------------------------

    @Test
    void aUnitIsDeactivatedAndReactivated() {
        CareUnit unit = new CareUnit(structure, morning());

        unit.deactivate();
        assertThat(unit.isActive()).isFalse();
        assertThat(structure.getCareUnits()).as("deactivated, not removed").containsExactly(unit);

        unit.activate();
        assertThat(unit.isActive()).isTrue();
    }

    @Test
    void deactivatingKeepsTheData() {
        CareUnit unit = new CareUnit(structure, morning());

        unit.deactivate();
        unit.deactivate();

        assertThat(unit.isActive()).isFalse();
        assertThat(unit.data()).isEqualTo(morning());
    }
}
