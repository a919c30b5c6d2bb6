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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AbsenceTest {

    private static final Instant ANNOUNCED = Instant.parse("2026-09-01T06:30:00Z");
    private static final Instant EXCUSED = Instant.parse("2026-09-02T14:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-09-01");
    private static final BigDecimal LATE_AMOUNT = new BigDecimal("13.25");

    private final Child child = TestEntities.favre(Instant.parse("2026-06-15T08:00:00Z")).child();
    private final Structure structure = TestEntities.structure("UAPE Les Marmottes", 5L);
    private final CareUnit midday =
            TestEntities.careUnit(
                    structure,
                    "Midi avec repas",
                    "11:45",
                    "13:45",
                    "30.00",
                    "8.00",
                    true,
                    false,
                    2);
    private final Contract contract =
            new Contract(
                    child,
                    structure,
                    new SchoolYear(2026),
                    LocalDate.parse("2026-08-17"),
                    LocalDate.parse("2027-06-25"),
                    Instant.parse("2026-06-15T08:00:00Z"));

    private Absence absence(
            AbsenceReason reason, String comment, AbsenceBilling billing, BigDecimal amount) {
        return new Absence(
                child, contract, midday, DAY, reason, comment, ANNOUNCED, 3L, billing, amount);
    }

    private Absence absence(AbsenceReason reason, AbsenceBilling billing, BigDecimal amount) {
        return absence(reason, null, billing, amount);
    }

    private Absence notBilled(AbsenceReason reason) {
        return absence(reason, AbsenceBilling.NOT_BILLED, new BigDecimal("0.00"));
    }

    @Test
    void theAbsenceKeepsWhatItWasCreatedWith() {
        Absence absence =
                absence(AbsenceReason.ILLNESS, "Fièvre", AbsenceBilling.ILLNESS, LATE_AMOUNT);

        assertThat(absence.getChild()).isSameAs(child);
        assertThat(absence.getContract()).isSameAs(contract);
        assertThat(absence.getCareUnit()).isSameAs(midday);
        assertThat(absence.getDay()).isEqualTo(DAY);
        assertThat(absence.getReason()).isEqualTo(AbsenceReason.ILLNESS);
        assertThat(absence.getComment()).isEqualTo("Fièvre");
        assertThat(absence.getAnnouncedAt()).isEqualTo(ANNOUNCED);
        assertThat(absence.getAnnouncedBy()).isEqualTo(3L);
        assertThat(absence.getBilling()).isEqualTo(AbsenceBilling.ILLNESS);
        assertThat(absence.getAmount()).isEqualTo(LATE_AMOUNT);
        assertThat(absence.isCertificateAccepted()).isFalse();
        assertThat(absence.isExcused()).isFalse();
        assertThat(absence.getExcusedAt()).isNull();
        assertThat(absence.getExcuseReason()).isNull();
    }

    @Test
    void anAbsenceTheRuleDidNotBillIsNotBilled() {
        Absence absence = notBilled(AbsenceReason.HOLIDAY);

        assertThat(absence.isBilled()).isFalse();
        assertThat(absence.getBilledAmount()).isEqualTo(new BigDecimal("0.00"));
    }

    @ParameterizedTest
    @EnumSource(
            value = AbsenceBilling.class,
            names = {"LATE", "ILLNESS", "UNANNOUNCED"})
    void anAbsenceTheRuleBilledIsBilledAtItsAmount(AbsenceBilling billing) {
        Absence absence = absence(AbsenceReason.OTHER, billing, LATE_AMOUNT);

        assertThat(absence.isBilled()).isTrue();
        assertThat(absence.getBilledAmount()).isEqualTo(LATE_AMOUNT);
    }

    @Test
    void anAcceptedCertificateMakesAnIllnessAbsenceNotBilled() {
        Absence absence = absence(AbsenceReason.ILLNESS, AbsenceBilling.ILLNESS, LATE_AMOUNT);

        assertThat(absence.acceptCertificate(77L, java.time.Instant.parse("2027-03-10T08:00:00Z")))
                .isTrue();

        assertThat(absence.isCertificateAccepted()).isTrue();
        assertThat(absence.getCertificateId()).isEqualTo(77L);
        // a second certificate for the same days changes nothing
        assertThat(absence.acceptCertificate(78L, java.time.Instant.parse("2027-03-11T08:00:00Z")))
                .isFalse();
        assertThat(absence.getCertificateId()).isEqualTo(77L);
        assertThat(absence.isBilled()).isFalse();
        assertThat(absence.getBilledAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(absence.getBilling()).isEqualTo(AbsenceBilling.ILLNESS);
        assertThat(absence.getAmount()).isEqualTo(LATE_AMOUNT);
        assertThat(absence.isExcused()).isFalse();
    }

    @Test
    void anAcceptedCertificateAlsoClearsALateIllnessAbsence() {
        Absence absence = absence(AbsenceReason.ILLNESS, AbsenceBilling.LATE, LATE_AMOUNT);

        absence.acceptCertificate(77L, java.time.Instant.parse("2027-03-10T08:00:00Z"));

        assertThat(absence.isBilled()).isFalse();
        assertThat(absence.getBilledAmount()).isEqualTo(new BigDecimal("0.00"));
    }

    @ParameterizedTest
    @EnumSource(
            value = AbsenceReason.class,
            names = {"HOLIDAY", "OTHER", "UNANNOUNCED"})
    void aCertificateForAnAbsenceOtherThanIllnessChangesNothing(AbsenceReason reason) {
        Absence absence = absence(reason, AbsenceBilling.LATE, LATE_AMOUNT);

        absence.acceptCertificate(77L, java.time.Instant.parse("2027-03-10T08:00:00Z"));

        assertThat(absence.isCertificateAccepted()).isFalse();
        assertThat(absence.isBilled()).isTrue();
        assertThat(absence.getBilledAmount()).isEqualTo(LATE_AMOUNT);
    }

    @Test
    void anExcusedAbsenceIsNoLongerBilled() {
        Absence absence =
                absence(
                        AbsenceReason.UNANNOUNCED,
                        AbsenceBilling.UNANNOUNCED,
                        new BigDecimal("26.50"));

        absence.excuse(EXCUSED, 42L, "Fermeture anticipée");

        assertThat(absence.isExcused()).isTrue();
        assertThat(absence.getExcusedAt()).isEqualTo(EXCUSED);
        assertThat(absence.getExcuseReason()).isEqualTo("Fermeture anticipée");
        assertThat(absence.isBilled()).isFalse();
        assertThat(absence.getBilledAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(absence.getBilling()).isEqualTo(AbsenceBilling.UNANNOUNCED);
        assertThat(absence.getAmount()).isEqualTo(new BigDecimal("26.50"));
    }

    @Test
    void anAbsenceThatIsNotBilledCannotBeExcused() {
        Absence absence = notBilled(AbsenceReason.HOLIDAY);

        assertThatThrownBy(() -> absence.excuse(EXCUSED, 42L, "Fermeture anticipée"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("absence.invalid.notBilled");
        assertThat(absence.isExcused()).isFalse();
        assertThat(absence.getExcusedAt()).isNull();
        assertThat(absence.getExcuseReason()).isNull();
    }

    @Test
    void anAbsenceClearedByACertificateCannotBeExcused() {
        Absence absence = absence(AbsenceReason.ILLNESS, AbsenceBilling.ILLNESS, LATE_AMOUNT);
        absence.acceptCertificate(77L, java.time.Instant.parse("2027-03-10T08:00:00Z"));

        assertThatThrownBy(() -> absence.excuse(EXCUSED, 42L, "Fermeture anticipée"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("absence.invalid.notBilled");
        assertThat(absence.isExcused()).isFalse();
    }

    @Test
    void anAbsenceCannotBeExcusedTwice() {
        Absence absence = absence(AbsenceReason.OTHER, AbsenceBilling.LATE, LATE_AMOUNT);
        absence.excuse(EXCUSED, 42L, "Fermeture anticipée");

        assertThatThrownBy(
                        () ->
                                absence.excuse(
                                        Instant.parse("2026-09-03T10:00:00Z"), 43L, "Autre motif"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("absence.invalid.notBilled");
        assertThat(absence.getExcusedAt()).isEqualTo(EXCUSED);
        assertThat(absence.getExcuseReason()).isEqualTo("Fermeture anticipée");
    }

    @Test
    void aBlankCommentIsStoredAsNull() {
        assertThat(notBilled(AbsenceReason.OTHER).getComment()).isNull();
        assertThat(
                        absence(
                                        AbsenceReason.OTHER,
                                        "   \t ",
                                        AbsenceBilling.NOT_BILLED,
                                        new BigDecimal("0.00"))
                                .getComment())
                .isNull();
        assertThat(
                        absence(
                                        AbsenceReason.OTHER,
                                        "",
                                        AbsenceBilling.NOT_BILLED,
                                        new BigDecimal("0.00"))
                                .getComment())
                .isNull();
    }

    @Test
    void theCommentIsStripped() {
        Absence absence =
                absence(
                        AbsenceReason.HOLIDAY,
                        "  Chez les grands-parents \n",
                        AbsenceBilling.NOT_BILLED,
                        new BigDecimal("0.00"));

        assertThat(absence.getComment()).isEqualTo("Chez les grands-parents");
    }

    @Test
    void onlyTheStaffRecordAnUnannouncedAbsence() {
        assertThat(AbsenceReason.UNANNOUNCED.announcedByParent()).isFalse();
        assertThat(AbsenceReason.ILLNESS.announcedByParent()).isTrue();
        assertThat(AbsenceReason.HOLIDAY.announcedByParent()).isTrue();
        assertThat(AbsenceReason.OTHER.announcedByParent()).isTrue();
    }
}
