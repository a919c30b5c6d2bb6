package ch.monportail.agenda.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.monportail.agenda.control.Consumption.Kind;
import ch.monportail.agenda.control.Consumption.Planned;
import ch.monportail.agenda.control.Consumption.Service;
import ch.monportail.agenda.entity.Absence;
import ch.monportail.agenda.entity.AbsenceBilling;
import ch.monportail.agenda.entity.AbsenceReason;
import ch.monportail.agenda.entity.ExtraCare;
import ch.monportail.agenda.entity.ExtraCareStatus;
import ch.monportail.agenda.entity.HolidayDay;
import ch.monportail.agenda.entity.HolidayProgramme;
import ch.monportail.agenda.entity.HolidayRegistration;
import ch.monportail.agenda.entity.HolidayRegistrationStatus;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.family.entity.Child;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import ch.monportail.testing.TestEntities;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumptionTest {

    private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    private static final Instant ANNOUNCED = Instant.parse("2026-09-01T06:30:00Z");
    private static final Instant DECIDED = Instant.parse("2026-09-01T07:10:00Z");
    private static final Instant EXCUSED = Instant.parse("2026-09-02T14:00:00Z");
    private static final Instant REGISTERED = Instant.parse("2026-09-20T18:15:00Z");
    private static final Instant CANCELLED = Instant.parse("2026-10-02T07:45:00Z");

    /** A school Tuesday. */
    private static final LocalDate DAY = d("2026-09-01");

    /** A Tuesday of the autumn holidays. */
    private static final LocalDate HOLIDAY = d("2026-10-20");

    private static final Map<Long, Absence> NO_ABSENCES = Map.of();
    private static final List<ExtraCare> NO_EXTRA_CARES = List.of();
    private static final List<HolidayRegistration> NO_REGISTRATIONS = List.of();

    private final Child child = TestEntities.favre(NOW).child();
    private final Structure structure = TestEntities.structure("UAPE Les Marmottes", 5L);
    private final SchoolYear year = TestEntities.withId(new SchoolYear(2026), 6L);
    private final CareUnit morning =
            careUnit(11L, "Accueil du matin", "07:00", "08:00", "12.00", null, true, false, 1);
    private final CareUnit midday =
            careUnit(12L, "Midi avec repas", "11:45", "13:45", "30.00", "8.00", true, false, 2);
    private final CareUnit afternoon =
            careUnit(13L, "Après-midi", "13:45", "18:00", "35.00", null, true, false, 3);
    private final CareUnit holidayUnit =
            careUnit(14L, "Journée vacances", "07:30", "18:00", "80.00", "8.00", false, true, 4);
    private final Contract contract =
            new Contract(child, structure, year, d("2026-08-17"), d("2027-06-25"), NOW);

    /** Midday with meal: care 18.50, meal 8.00. */
    private final ContractUnit middayUnit = contractUnit(midday, "18.50", "8.00");

    /** Afternoon without meal: care 21.60, meal 0.00. */
    private final ContractUnit afternoonUnit = contractUnit(afternoon, "21.60", "0.00");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static BigDecimal chf(String amount) {
        return new BigDecimal(amount);
    }

    private CareUnit careUnit(
            long id,
            String name,
            String from,
            String to,
            String fullPrice,
            String mealPrice,
            boolean onSchoolDays,
            boolean inHolidays,
            int order) {
        return TestEntities.withId(
                TestEntities.careUnit(
                        structure,
                        name,
                        from,
                        to,
                        fullPrice,
                        mealPrice,
                        onSchoolDays,
                        inHolidays,
                        order),
                id);
    }

    private static ContractUnit contractUnit(CareUnit careUnit, String care, String meal) {
        return new ContractUnit(
                DayOfWeek.TUESDAY, careUnit, chf(care), meal == null ? null : chf(meal));
    }

    private Planned planned(ContractUnit unit) {
        return new Planned(contract, unit);
    }

    private List<Planned> middayAndAfternoon() {
        return List.of(planned(middayUnit), planned(afternoonUnit));
    }

    private Absence absence(
            CareUnit unit, AbsenceReason reason, AbsenceBilling billing, String amount) {
        return new Absence(
                child, contract, unit, DAY, reason, null, ANNOUNCED, 3L, billing, chf(amount));
    }

    private ExtraCare extraCare(CareUnit unit, String price) {
        return new ExtraCare(
                child, contract, unit, DAY, chf(price), "Rendez-vous chez le dentiste", NOW, 3L);
    }

    private HolidayRegistration registration(boolean placeFree) {
        HolidayProgramme programme =
                new HolidayProgramme(
                        holidayUnit,
                        "Vacances d'automne 2026",
                        null,
                        d("2026-09-14"),
                        d("2026-10-04"),
                        NOW);
        HolidayDay day = new HolidayDay(programme, HOLIDAY, 24);
        return new HolidayRegistration(
                day, child, contract, chf("49.30"), placeFree, REGISTERED, 3L);
    }

    private static List<Service> of(
            List<Planned> planned,
            Map<Long, Absence> absences,
            List<ExtraCare> extraCares,
            List<HolidayRegistration> registrations) {
        return Consumption.of(planned, absences, extraCares, registrations);
    }

    private static List<Service> planned(List<Planned> planned, Map<Long, Absence> absences) {
        return of(planned, absences, NO_EXTRA_CARES, NO_REGISTRATIONS);
    }

    private static List<Service> extraCares(ExtraCare... extraCares) {
        return of(List.of(), NO_ABSENCES, List.of(extraCares), NO_REGISTRATIONS);
    }

    private static List<Service> registrations(HolidayRegistration... registrations) {
        return of(List.of(), NO_ABSENCES, NO_EXTRA_CARES, List.of(registrations));
    }

    @Test
    void aDayWithoutPlanExtraCareOrRegistrationConsumesNothing() {
        assertThat(of(List.of(), NO_ABSENCES, NO_EXTRA_CARES, NO_REGISTRATIONS)).isEmpty();
    }

    @Test
    void eachPlannedUnitIsBilledAsCareAndAsMealWhenItHasOne() {
        List<Service> services = planned(middayAndAfternoon(), NO_ABSENCES);

        assertThat(services)
                .extracting(Service::kind, Service::careUnit, s -> s.amount().toPlainString())
                .containsExactly(
                        tuple(Kind.CARE, midday, "18.50"),
                        tuple(Kind.MEAL, midday, "8.00"),
                        tuple(Kind.CARE, afternoon, "21.60"));
    }

    @Test
    void anAbsenceAnnouncedInTimeBillsNothingForItsUnitAndLeavesTheOtherUnitBilled() {
        Absence inTime = absence(midday, AbsenceReason.HOLIDAY, AbsenceBilling.NOT_BILLED, "0.00");

        List<Service> services = planned(middayAndAfternoon(), Map.of(midday.getId(), inTime));

        assertThat(services)
                .extracting(Service::kind, Service::careUnit, s -> s.amount().toPlainString())
                .containsExactly(tuple(Kind.CARE, afternoon, "21.60"));
    }

    @Test
    void aLateAbsenceBillsItsAmountInsteadOfTheCareAndMealOfItsUnit() {
        Absence late = absence(midday, AbsenceReason.OTHER, AbsenceBilling.LATE, "19.30");

        List<Service> services = planned(middayAndAfternoon(), Map.of(midday.getId(), late));

        assertThat(services)
                .extracting(Service::kind, Service::careUnit, s -> s.amount().toPlainString())
                .containsExactly(
                        tuple(Kind.ABSENCE, midday, "19.30"), tuple(Kind.CARE, afternoon, "21.60"));
    }

    @Test
    void anIllnessWithoutCertificateIsBilledUntilTheCertificateIsAccepted() {
        Absence illness = absence(midday, AbsenceReason.ILLNESS, AbsenceBilling.ILLNESS, "19.30");
        Map<Long, Absence> absences = Map.of(midday.getId(), illness);

        assertThat(planned(List.of(planned(middayUnit)), absences))
                .extracting(Service::kind, s -> s.amount().toPlainString())
                .containsExactly(tuple(Kind.ABSENCE, "19.30"));

        illness.acceptCertificate(77L, java.time.Instant.parse("2027-03-10T08:00:00Z"));

        assertThat(planned(List.of(planned(middayUnit)), absences)).isEmpty();
    }

    @Test
    void anUnannouncedAbsenceIsBilledUntilTheStaffExcuseIt() {
        Absence unannounced =
                absence(afternoon, AbsenceReason.UNANNOUNCED, AbsenceBilling.UNANNOUNCED, "21.60");
        Map<Long, Absence> absences = Map.of(afternoon.getId(), unannounced);

        assertThat(planned(List.of(planned(afternoonUnit)), absences))
                .extracting(Service::kind, s -> s.amount().toPlainString())
                .containsExactly(tuple(Kind.ABSENCE, "21.60"));

        unannounced.excuse(EXCUSED, 9L, "Fermeture anticipée");

        assertThat(planned(List.of(planned(afternoonUnit)), absences)).isEmpty();
    }

    @Test
    void anAbsenceForAUnitThatIsNotPlannedIsIgnored() {
        Absence late = absence(morning, AbsenceReason.OTHER, AbsenceBilling.LATE, "7.40");

        List<Service> services = planned(middayAndAfternoon(), Map.of(morning.getId(), late));

        assertThat(services)
                .extracting(Service::kind, Service::careUnit, s -> s.amount().toPlainString())
                .containsExactly(
                        tuple(Kind.CARE, midday, "18.50"),
                        tuple(Kind.MEAL, midday, "8.00"),
                        tuple(Kind.CARE, afternoon, "21.60"));
    }

    @Test
    void anApprovedExtraCareIsBilledAtItsPriceForItsCareUnit() {
        ExtraCare approved = extraCare(morning, "9.80");
        approved.approve(DECIDED, 9L, null);

        assertThat(approved.getStatus()).isEqualTo(ExtraCareStatus.APPROVED);
        assertThat(extraCares(approved))
                .extracting(Service::kind, Service::careUnit, s -> s.amount().toPlainString())
                .containsExactly(tuple(Kind.EXTRA_CARE, morning, "9.80"));
    }

    @Test
    void aPendingRefusedOrCancelledExtraCareBillsNothing() {
        ExtraCare pending = extraCare(morning, "9.80");
        ExtraCare refused = extraCare(afternoon, "23.50");
        refused.refuse(DECIDED, 9L, "Complet");
        ExtraCare cancelled = extraCare(midday, "26.50");
        cancelled.cancel(DECIDED, 3L);

        assertThat(List.of(pending, refused, cancelled))
                .extracting(ExtraCare::getStatus)
                .containsExactly(
                        ExtraCareStatus.PENDING,
                        ExtraCareStatus.REFUSED,
                        ExtraCareStatus.CANCELLED);
        assertThat(extraCares(pending, refused, cancelled)).isEmpty();
    }

    @Test
    void aRegisteredHolidayDayIsBilledAtItsPriceForTheProgrammesCareUnit() {
        HolidayRegistration registered = registration(true);

        assertThat(registered.getStatus()).isEqualTo(HolidayRegistrationStatus.REGISTERED);
        assertThat(registrations(registered))
                .extracting(Service::kind, Service::careUnit, s -> s.amount().toPlainString())
                .containsExactly(tuple(Kind.HOLIDAY_CARE, holidayUnit, "49.30"));
    }

    @Test
    void aPlaceOnTheWaitingListBillsNothingUntilItIsPromoted() {
        HolidayRegistration waiting = registration(false);

        assertThat(waiting.getStatus()).isEqualTo(HolidayRegistrationStatus.WAITING);
        assertThat(registrations(waiting)).isEmpty();

        waiting.promote();

        assertThat(registrations(waiting))
                .extracting(Service::kind, s -> s.amount().toPlainString())
                .containsExactly(tuple(Kind.HOLIDAY_CARE, "49.30"));
    }

    @Test
    void aHolidayRegistrationCancelledBeforeTheDeadlineBillsNothing() {
        HolidayRegistration cancelled = registration(true);
        cancelled.cancel(CANCELLED, false);
        HolidayRegistration leftTheWaitingListLate = registration(false);
        leftTheWaitingListLate.cancel(CANCELLED, true);

        assertThat(List.of(cancelled, leftTheWaitingListLate))
                .extracting(HolidayRegistration::getStatus)
                .containsOnly(HolidayRegistrationStatus.CANCELLED);
        assertThat(registrations(cancelled, leftTheWaitingListLate)).isEmpty();
    }

    @Test
    void aHolidayRegistrationCancelledAfterTheDeadlineIsStillBilled() {
        HolidayRegistration cancelledLate = registration(true);
        cancelledLate.cancel(CANCELLED, true);

        assertThat(cancelledLate.getStatus()).isEqualTo(HolidayRegistrationStatus.CANCELLED_LATE);
        assertThat(registrations(cancelledLate))
                .extracting(Service::kind, Service::careUnit, s -> s.amount().toPlainString())
                .containsExactly(tuple(Kind.HOLIDAY_CARE, holidayUnit, "49.30"));
    }

    @Test
    void amountsAreRoundedToFiveCentimesHalfUp() {
        ContractUnit down = contractUnit(midday, "12.324", "8.024");
        ContractUnit up = contractUnit(afternoon, "12.325", "0.00");
        Absence late = absence(morning, AbsenceReason.OTHER, AbsenceBilling.LATE, "7.375");
        ContractUnit morningUnit = contractUnit(morning, "7.40", "0.00");
        ExtraCare extra = extraCare(morning, "9.8249");
        extra.approve(DECIDED, 9L, null);

        List<Service> services =
                of(
                        List.of(planned(down), planned(up), planned(morningUnit)),
                        Map.of(morning.getId(), late),
                        List.of(extra),
                        NO_REGISTRATIONS);

        assertThat(services)
                .extracting(Service::kind, Service::careUnit, s -> s.amount().toPlainString())
                .containsExactly(
                        tuple(Kind.CARE, midday, "12.30"),
                        tuple(Kind.MEAL, midday, "8.00"),
                        tuple(Kind.CARE, afternoon, "12.35"),
                        tuple(Kind.ABSENCE, morning, "7.40"),
                        tuple(Kind.EXTRA_CARE, morning, "9.80"));
    }

    @Test
    void aZeroOrMissingMealPriceGivesNoMealLine() {
        ContractUnit freeMeal = contractUnit(midday, "18.50", "0.00");
        ContractUnit noMeal = contractUnit(afternoon, "21.60", null);

        List<Service> services = planned(List.of(planned(freeMeal), planned(noMeal)), NO_ABSENCES);

        assertThat(services)
                .extracting(Service::kind, Service::careUnit, s -> s.amount().toPlainString())
                .containsExactly(
                        tuple(Kind.CARE, midday, "18.50"), tuple(Kind.CARE, afternoon, "21.60"));
    }

    @Test
    void aZeroCarePriceGivesNoCareLineButTheMealIsStillBilled() {
        ContractUnit freeCare = contractUnit(midday, "0.00", "8.00");

        assertThat(planned(List.of(planned(freeCare)), NO_ABSENCES))
                .extracting(Service::kind, Service::careUnit, s -> s.amount().toPlainString())
                .containsExactly(tuple(Kind.MEAL, midday, "8.00"));
    }

    @Test
    void zeroPricedExtraCaresAndHolidayDaysAreNotServices() {
        ExtraCare free = extraCare(morning, "0.00");
        free.approve(DECIDED, 9L, null);
        HolidayRegistration freeDay =
                new HolidayRegistration(
                        new HolidayDay(
                                new HolidayProgramme(
                                        holidayUnit,
                                        "Vacances d'automne 2026",
                                        null,
                                        d("2026-09-14"),
                                        d("2026-10-04"),
                                        NOW),
                                HOLIDAY,
                                24),
                        child,
                        contract,
                        chf("0.00"),
                        true,
                        REGISTERED,
                        3L);

        assertThat(of(List.of(), NO_ABSENCES, List.of(free), List.of(freeDay))).isEmpty();
    }

    @Test
    void eachServiceCarriesTheContractItFallsUnder() {
        Structure other = TestEntities.structure("Crèche Les Lutins", 8L);
        Contract otherContract =
                new Contract(child, other, year, d("2026-08-17"), d("2027-06-25"), NOW);
        Absence late = absence(afternoon, AbsenceReason.OTHER, AbsenceBilling.LATE, "19.30");
        ExtraCare extra =
                new ExtraCare(child, otherContract, morning, DAY, chf("9.80"), null, NOW, 3L);
        extra.approve(DECIDED, 9L, null);
        HolidayRegistration registered = registration(true);

        List<Service> services =
                of(
                        middayAndAfternoon(),
                        Map.of(afternoon.getId(), late),
                        List.of(extra),
                        List.of(registered));

        assertThat(services)
                .extracting(Service::kind, Service::contract)
                .containsExactly(
                        tuple(Kind.CARE, contract),
                        tuple(Kind.MEAL, contract),
                        tuple(Kind.ABSENCE, contract),
                        tuple(Kind.EXTRA_CARE, otherContract),
                        tuple(Kind.HOLIDAY_CARE, contract));
    }
}
