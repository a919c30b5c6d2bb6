package ch.monportail.agenda.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.monportail.contract.entity.Contract;
import ch.monportail.family.entity.Child;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import ch.monportail.testing.TestEntities;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayEntitiesTest {

    private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    private static final Instant REGISTERED = Instant.parse("2026-09-20T18:15:00Z");
    private static final Instant CANCELLED = Instant.parse("2026-10-02T07:45:00Z");
    private static final Instant RENEWED = Instant.parse("2026-10-05T12:00:00Z");

    private static final LocalDate OPENS = d("2026-09-14");
    private static final LocalDate DEADLINE = d("2026-10-04");
    private static final LocalDate FIRST_HOLIDAY = d("2026-10-19");

    private static final BigDecimal FAMILY_PRICE = new BigDecimal("49.30");

    private final Child child = TestEntities.favre(NOW).child();
    private final Structure structure = TestEntities.structure("UAPE Les Marmottes", 5L);
    private final CareUnit holidayUnit =
            TestEntities.withId(
                    TestEntities.careUnit(
                            structure,
                            "Journée vacances",
                            "07:30",
                            "18:00",
                            "80.00",
                            "8.00",
                            false,
                            true,
                            4),
                    7L);
    private final Contract contract =
            new Contract(
                    child,
                    structure,
                    TestEntities.withId(new SchoolYear(2026), 6L),
                    d("2026-08-17"),
                    d("2027-06-25"),
                    NOW);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private HolidayProgramme programme(String title, BigDecimal fullPrice) {
        return new HolidayProgramme(holidayUnit, title, fullPrice, OPENS, DEADLINE, NOW);
    }

    private HolidayProgramme programme() {
        return programme("Vacances d'automne 2026", null);
    }

    private HolidayDay day() {
        return new HolidayDay(programme(), FIRST_HOLIDAY, 24);
    }

    private HolidayRegistration registration(boolean placeFree) {
        return new HolidayRegistration(
                day(), child, contract, FAMILY_PRICE, placeFree, REGISTERED, 3L);
    }

    // HolidayProgramme

    @Test
    void theProgrammeKeepsWhatItWasCreatedWithAndStripsItsTitle() {
        HolidayProgramme programme =
                programme("  Vacances d'automne 2026 \n", new BigDecimal("95.00"));

        assertThat(programme.getCareUnit()).isSameAs(holidayUnit);
        assertThat(programme.getTitle()).isEqualTo("Vacances d'automne 2026");
        assertThat(programme.getFullPrice()).isEqualTo(new BigDecimal("95.00"));
        assertThat(programme.getRegistrationOpens()).isEqualTo(OPENS);
        assertThat(programme.getRegistrationDeadline()).isEqualTo(DEADLINE);
        assertThat(programme.getDays()).isEmpty();
        assertThat(programme.getId()).isNull();
    }

    @Test
    void theStructureOfTheProgrammeIsTheStructureOfItsUnit() {
        assertThat(programme().getStructure()).isSameAs(structure);
    }

    @Test
    void aBlankTitleIsRefused() {
        for (String title : new String[] {null, "", "   ", " \t\n "}) {
            assertThatThrownBy(() -> programme(title, null))
                    .as("title [%s]", title)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("holiday.invalid.title");
        }
    }

    @Test
    void aTitleOfMoreThan120CharactersIsRefused() {
        assertThatThrownBy(() -> programme("a".repeat(121), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday.invalid.title");
    }

    @Test
    void aTitleOf120CharactersIsAcceptedEvenWithSpacesAround() {
        assertThat(programme("a".repeat(120), null).getTitle()).hasSize(120);
        assertThat(programme("  " + "a".repeat(120) + "  ", null).getTitle())
                .isEqualTo("a".repeat(120));
    }

    @Test
    void aDeadlineBeforeTheOpeningIsRefused() {
        assertThatThrownBy(
                        () ->
                                new HolidayProgramme(
                                        holidayUnit,
                                        "Vacances d'automne 2026",
                                        null,
                                        OPENS,
                                        OPENS.minusDays(1),
                                        NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday.invalid.registration");
    }

    @Test
    void aDeadlineOnTheOpeningDayIsAccepted() {
        HolidayProgramme programme =
                new HolidayProgramme(
                        holidayUnit, "Vacances d'automne 2026", null, OPENS, OPENS, NOW);

        assertThat(programme.isOpenForRegistration(OPENS)).isTrue();
        assertThat(programme.isOpenForRegistration(OPENS.plusDays(1))).isFalse();
    }

    @Test
    void aMissingOpeningOrDeadlineIsRefused() {
        assertThatThrownBy(
                        () ->
                                new HolidayProgramme(
                                        holidayUnit, "Vacances", null, null, DEADLINE, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday.invalid.registration");
        assertThatThrownBy(
                        () -> new HolidayProgramme(holidayUnit, "Vacances", null, OPENS, null, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday.invalid.registration");
        assertThatThrownBy(
                        () -> new HolidayProgramme(holidayUnit, "Vacances", null, null, null, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday.invalid.registration");
    }

    @Test
    void aNegativePriceIsRefused() {
        assertThatThrownBy(() -> programme("Vacances", new BigDecimal("-0.05")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday.invalid.price");
    }

    @Test
    void aFreeProgrammeIsAccepted() {
        assertThat(programme("Vacances", new BigDecimal("0.00")).dayFullPrice())
                .isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void withoutItsOwnPriceADayCostsTheFullPriceOfTheUnit() {
        assertThat(programme().dayFullPrice()).isEqualTo(new BigDecimal("80.00"));
    }

    @Test
    void theProgrammesOwnPriceTakesPrecedenceOverTheUnits() {
        assertThat(programme("Sortie au zoo", new BigDecimal("95.00")).dayFullPrice())
                .isEqualTo(new BigDecimal("95.00"));
    }

    @Test
    void registrationIsOpenFromTheOpeningDayToTheDeadlineInclusive() {
        HolidayProgramme programme = programme();

        assertThat(programme.isOpenForRegistration(OPENS.minusDays(1))).isFalse();
        assertThat(programme.isOpenForRegistration(OPENS)).isTrue();
        assertThat(programme.isOpenForRegistration(d("2026-09-25"))).isTrue();
        assertThat(programme.isOpenForRegistration(DEADLINE)).isTrue();
        assertThat(programme.isOpenForRegistration(DEADLINE.plusDays(1))).isFalse();
    }

    @Test
    void theDeadlineDayIsNotAfterTheDeadlineButTheNextDayIs() {
        HolidayProgramme programme = programme();

        assertThat(programme.isAfterDeadline(OPENS)).isFalse();
        assertThat(programme.isAfterDeadline(DEADLINE)).isFalse();
        assertThat(programme.isAfterDeadline(DEADLINE.plusDays(1))).isTrue();
        assertThat(programme.isAfterDeadline(FIRST_HOLIDAY)).isTrue();
    }

    // HolidayDay

    @Test
    void aNegativeCapacityIsRefused() {
        HolidayProgramme programme = programme();

        assertThatThrownBy(() -> new HolidayDay(programme, FIRST_HOLIDAY, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday.invalid.capacity");
        assertThat(programme.getDays()).isEmpty();
    }

    @Test
    void aCapacityAbove500IsRefused() {
        HolidayProgramme programme = programme();

        assertThatThrownBy(() -> new HolidayDay(programme, FIRST_HOLIDAY, 501))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday.invalid.capacity");
        assertThat(programme.getDays()).isEmpty();
    }

    @Test
    void capacitiesFrom0To500AreAccepted() {
        HolidayProgramme programme = programme();

        assertThat(new HolidayDay(programme, FIRST_HOLIDAY, 0).getCapacity()).isZero();
        assertThat(new HolidayDay(programme, FIRST_HOLIDAY.plusDays(1), 500).getCapacity())
                .isEqualTo(500);
    }

    @Test
    void aNewDayIsAddedToTheDaysOfItsProgramme() {
        HolidayProgramme programme = programme();

        HolidayDay monday = new HolidayDay(programme, FIRST_HOLIDAY, 24);
        HolidayDay tuesday = new HolidayDay(programme, FIRST_HOLIDAY.plusDays(1), 18);

        assertThat(programme.getDays()).containsExactly(monday, tuesday);
        assertThat(monday.getProgramme()).isSameAs(programme);
        assertThat(monday.getDay()).isEqualTo(FIRST_HOLIDAY);
        assertThat(monday.getCapacity()).isEqualTo(24);
        assertThat(tuesday.getDay()).isEqualTo(d("2026-10-20"));
    }

    // HolidayRegistration

    @Test
    void theRegistrationKeepsWhatItWasCreatedWith() {
        HolidayDay day = day();

        HolidayRegistration registration =
                new HolidayRegistration(day, child, contract, FAMILY_PRICE, true, REGISTERED, 3L);

        assertThat(registration.getDay()).isSameAs(day);
        assertThat(registration.getChild()).isSameAs(child);
        assertThat(registration.getContract()).isSameAs(contract);
        assertThat(registration.getPrice()).isEqualTo(FAMILY_PRICE);
        assertThat(registration.getRegisteredAt()).isEqualTo(REGISTERED);
        assertThat(registration.getRegisteredBy()).isEqualTo(3L);
        assertThat(registration.getCancelledAt()).isNull();
    }

    @Test
    void withAFreePlaceTheChildIsRegistered() {
        HolidayRegistration registration = registration(true);

        assertThat(registration.getStatus()).isEqualTo(HolidayRegistrationStatus.REGISTERED);
        assertThat(registration.isActive()).isTrue();
        assertThat(registration.isBilled()).isTrue();
    }

    @Test
    void withoutAFreePlaceTheChildWaits() {
        HolidayRegistration registration = registration(false);

        assertThat(registration.getStatus()).isEqualTo(HolidayRegistrationStatus.WAITING);
        assertThat(registration.isActive()).isTrue();
        assertThat(registration.isBilled()).isFalse();
    }

    @Test
    void aCancellationBeforeTheDeadlineIsNotBilled() {
        HolidayRegistration registration = registration(true);

        registration.cancel(CANCELLED, false);

        assertThat(registration.getStatus()).isEqualTo(HolidayRegistrationStatus.CANCELLED);
        assertThat(registration.getCancelledAt()).isEqualTo(CANCELLED);
        assertThat(registration.isActive()).isFalse();
        assertThat(registration.isBilled()).isFalse();
    }

    @Test
    void aRegisteredPlaceCancelledAfterTheDeadlineIsBilled() {
        HolidayRegistration registration = registration(true);

        registration.cancel(CANCELLED, true);

        assertThat(registration.getStatus()).isEqualTo(HolidayRegistrationStatus.CANCELLED_LATE);
        assertThat(registration.getCancelledAt()).isEqualTo(CANCELLED);
        assertThat(registration.isActive()).isFalse();
        assertThat(registration.isBilled()).isTrue();
        assertThat(registration.getPrice()).isEqualTo(FAMILY_PRICE);
    }

    @Test
    void leavingTheWaitingListAfterTheDeadlineIsNotBilled() {
        HolidayRegistration registration = registration(false);

        registration.cancel(CANCELLED, true);

        assertThat(registration.getStatus()).isEqualTo(HolidayRegistrationStatus.CANCELLED);
        assertThat(registration.getCancelledAt()).isEqualTo(CANCELLED);
        assertThat(registration.isBilled()).isFalse();
    }

    @Test
    void aCancelledRegistrationCannotBeCancelledAgain() {
        HolidayRegistration registration = registration(true);
        registration.cancel(CANCELLED, false);

        assertThatThrownBy(() -> registration.cancel(RENEWED, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("holiday.invalid.notRegistered");
        assertThat(registration.getStatus()).isEqualTo(HolidayRegistrationStatus.CANCELLED);
        assertThat(registration.getCancelledAt()).isEqualTo(CANCELLED);
    }

    @Test
    void aLateCancelledRegistrationCannotBeCancelledAgain() {
        HolidayRegistration registration = registration(true);
        registration.cancel(CANCELLED, true);

        assertThatThrownBy(() -> registration.cancel(RENEWED, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("holiday.invalid.notRegistered");
        assertThat(registration.getStatus()).isEqualTo(HolidayRegistrationStatus.CANCELLED_LATE);
        assertThat(registration.getCancelledAt()).isEqualTo(CANCELLED);
    }

    @Test
    void theFirstOnTheWaitingListGetsAFreedPlace() {
        HolidayRegistration registration = registration(false);

        registration.promote();

        assertThat(registration.getStatus()).isEqualTo(HolidayRegistrationStatus.REGISTERED);
        assertThat(registration.isActive()).isTrue();
        assertThat(registration.isBilled()).isTrue();
        assertThat(registration.getRegisteredAt()).isEqualTo(REGISTERED);
    }

    @Test
    void onlyAWaitingRegistrationCanBePromoted() {
        HolidayRegistration registered = registration(true);
        HolidayRegistration cancelled = registration(false);
        cancelled.cancel(CANCELLED, false);

        assertThatThrownBy(registered::promote)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("holiday.invalid.notWaiting");
        assertThatThrownBy(cancelled::promote)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("holiday.invalid.notWaiting");
        assertThat(registered.getStatus()).isEqualTo(HolidayRegistrationStatus.REGISTERED);
        assertThat(cancelled.getStatus()).isEqualTo(HolidayRegistrationStatus.CANCELLED);
    }

    @Test
    void registeringAgainAfterACancellationStartsANewRequest() {
        HolidayRegistration registration = registration(true);
        registration.cancel(CANCELLED, false);

        registration.renew(new BigDecimal("52.10"), true, RENEWED, 4L);

        assertThat(registration.getStatus()).isEqualTo(HolidayRegistrationStatus.REGISTERED);
        assertThat(registration.getPrice()).isEqualTo(new BigDecimal("52.10"));
        assertThat(registration.getRegisteredAt()).isEqualTo(RENEWED);
        assertThat(registration.getRegisteredBy()).isEqualTo(4L);
        assertThat(registration.getCancelledAt()).isNull();
        assertThat(registration.isActive()).isTrue();
    }

    @Test
    void registeringAgainOnAFullDayGoesToTheWaitingList() {
        HolidayRegistration registration = registration(true);
        registration.cancel(CANCELLED, true);

        registration.renew(new BigDecimal("52.10"), false, RENEWED, 3L);

        assertThat(registration.getStatus()).isEqualTo(HolidayRegistrationStatus.WAITING);
        assertThat(registration.getRegisteredAt()).isEqualTo(RENEWED);
        assertThat(registration.getCancelledAt()).isNull();
        assertThat(registration.isBilled()).isFalse();
    }

    @Test
    void anActiveRegistrationCannotBeRenewed() {
        HolidayRegistration registered = registration(true);
        HolidayRegistration waiting = registration(false);

        assertThatThrownBy(() -> registered.renew(new BigDecimal("52.10"), true, RENEWED, 4L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("holiday.invalid.already");
        assertThatThrownBy(() -> waiting.renew(new BigDecimal("52.10"), true, RENEWED, 4L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("holiday.invalid.already");
        assertThat(registered.getPrice()).isEqualTo(FAMILY_PRICE);
        assertThat(registered.getRegisteredAt()).isEqualTo(REGISTERED);
        assertThat(waiting.getStatus()).isEqualTo(HolidayRegistrationStatus.WAITING);
        assertThat(waiting.getRegisteredAt()).isEqualTo(REGISTERED);
    }

    @Test
    void activeAndBilledForEveryStatus() {
        HolidayRegistration registered = registration(true);
        HolidayRegistration waiting = registration(false);
        HolidayRegistration cancelled = registration(true);
        cancelled.cancel(CANCELLED, false);
        HolidayRegistration cancelledLate = registration(true);
        cancelledLate.cancel(CANCELLED, true);

        assertThat(registered.getStatus()).isEqualTo(HolidayRegistrationStatus.REGISTERED);
        assertThat(registered.isActive()).isTrue();
        assertThat(registered.isBilled()).isTrue();

        assertThat(waiting.getStatus()).isEqualTo(HolidayRegistrationStatus.WAITING);
        assertThat(waiting.isActive()).isTrue();
        assertThat(waiting.isBilled()).isFalse();

        assertThat(cancelled.getStatus()).isEqualTo(HolidayRegistrationStatus.CANCELLED);
        assertThat(cancelled.isActive()).isFalse();
        assertThat(cancelled.isBilled()).isFalse();

        assertThat(cancelledLate.getStatus()).isEqualTo(HolidayRegistrationStatus.CANCELLED_LATE);
        assertThat(cancelledLate.isActive()).isFalse();
        assertThat(cancelledLate.isBilled()).isTrue();
    }
}
