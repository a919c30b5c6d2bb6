package ch.monportail.family.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChildTest {

    private static final LocalDate BIRTH = LocalDate.of(2019, 5, 4);
    private static final Instant T1 = Instant.parse("2026-02-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-02-02T10:00:00Z");

    private final Family family = new Family(Instant.EPOCH);

    private Child lea() {
        return new Child(family, new ChildData("Léa", "Favre", BIRTH, SchoolGrade.H3, "3A"));
    }

    @Test
    void aNewChildBelongsToItsFamily() {
        Child child = lea();

        assertThat(child.getFamily()).isSameAs(family);
        assertThat(family.getChildren()).containsExactly(child);
        assertThat(child.getDisplayName()).isEqualTo("Léa Favre");
        assertThat(child.getPickupPersons()).isEmpty();
        assertThat(child.isHealthReviewPending()).isFalse();
        assertThat(child.getLeavingOn()).isNull();
    }

    @Test
    void theDataAreStoredTrimmed() {
        Child child =
                new Child(family, new ChildData("  Noé ", " Mayor\t", BIRTH, SchoolGrade.H1, "  "));

        assertThat(child.data())
                .isEqualTo(new ChildData("Noé", "Mayor", BIRTH, SchoolGrade.H1, null));
    }

    @Test
    void anUpdateReplacesIdentityAndSchooling() {
        Child child = lea();
        LocalDate corrected = LocalDate.of(2019, 5, 14);

        child.update(new ChildData("Léa-Marie", "Favre", corrected, null, " 4B "));

        assertThat(child.getFirstName()).isEqualTo("Léa-Marie");
        assertThat(child.getBirthDate()).isEqualTo(corrected);
        assertThat(child.getSchoolGrade()).isNull();
        assertThat(child.getSchoolClass()).isEqualTo("4B");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void namesAreRequiredAndARefusedUpdateChangesNothing(String missing) {
        Child child = lea();

        assertThatThrownBy(() -> child.update(new ChildData(missing, "Favre", BIRTH, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> child.update(new ChildData("Léa", missing, BIRTH, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(child.data())
                .isEqualTo(new ChildData("Léa", "Favre", BIRTH, SchoolGrade.H3, "3A"));
    }

    @Test
    void theBirthDateIsRequired() {
        assertThatThrownBy(() -> new Child(family, new ChildData("Léa", "Favre", null, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(family.getChildren()).isEmpty();
    }

    @Test
    void aParentsHealthChangeIsFlaggedForTheService() {
        Child child = lea();

        boolean changed = child.updateHealth(" sans gluten ", "asthme", true, T1);

        assertThat(changed).isTrue();
        assertThat(child.getDiet()).isEqualTo("sans gluten");
        assertThat(child.getMedicalNotes()).isEqualTo("asthme");
        assertThat(child.isHealthReviewPending()).isTrue();
        assertThat(child.getHealthChangedAt()).isEqualTo(T1);
    }

    @Test
    void theServicesOwnChangeIsNotFlagged() {
        Child child = lea();

        assertThat(child.updateHealth("végétarien", null, false, T1)).isTrue();

        assertThat(child.getDiet()).isEqualTo("végétarien");
        assertThat(child.isHealthReviewPending()).isFalse();
        assertThat(child.getHealthChangedAt()).isEqualTo(T1);
    }

    @Test
    void theServicesChangeDoesNotHideAParentsChangeNotYetReviewed() {
        Child child = lea();
        child.updateHealth("sans lactose", null, true, T1);

        child.updateHealth("sans lactose ni gluten", null, false, T2);

        assertThat(child.isHealthReviewPending()).isTrue();
        child.healthReviewed();
        assertThat(child.isHealthReviewPending()).isFalse();
    }

    @Test
    void theSameHealthDataAreNotAChange() {
        Child child = lea();
        child.updateHealth("sans gluten", null, true, T1);
        child.healthReviewed();

        assertThat(child.updateHealth("  sans gluten\n", "   ", true, T2)).isFalse();

        assertThat(child.isHealthReviewPending()).isFalse();
        assertThat(child.getHealthChangedAt()).isEqualTo(T1);
        assertThat(child.getMedicalNotes()).isNull();
    }

    @Test
    void clearingTheHealthDataIsAChange() {
        Child child = lea();
        child.updateHealth("sans gluten", "asthme", false, T1);

        assertThat(child.updateHealth("", null, true, T2)).isTrue();

        assertThat(child.getDiet()).isNull();
        assertThat(child.getMedicalNotes()).isNull();
        assertThat(child.isHealthReviewPending()).isTrue();
    }

    @Test
    void healthTextsHaveAMaximumLengthAfterTrimming() {
        Child child = lea();
        String diet = "d".repeat(Child.MAX_DIET);
        String notes = "m".repeat(Child.MAX_MEDICAL);

        assertThat(child.updateHealth("  " + diet + "  ", notes, true, T1)).isTrue();

        assertThat(child.getDiet()).hasSize(1000);
        assertThat(child.getMedicalNotes()).hasSize(2000);
    }

    @Test
    void tooLongHealthTextsAreRefusedAndNothingChanges() {
        Child child = lea();
        child.updateHealth("sans gluten", "asthme", false, T1);

        assertThatThrownBy(() -> child.updateHealth("d".repeat(1001), null, true, T2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> child.updateHealth(null, "m".repeat(2001), true, T2))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(child.getDiet()).isEqualTo("sans gluten");
        assertThat(child.getMedicalNotes()).isEqualTo("asthme");
        assertThat(child.isHealthReviewPending()).isFalse();
        assertThat(child.getHealthChangedAt()).isEqualTo(T1);
    }

    @Test
    void aChildLeavesAfterItsLastDayOfCare() {
        Child child = lea();
        LocalDate lastDay = LocalDate.of(2026, 6, 30);

        assertThat(child.hasLeft(LocalDate.of(2030, 1, 1))).isFalse();

        child.leavesOn(lastDay);

        assertThat(child.getLeavingOn()).isEqualTo(lastDay);
        assertThat(child.hasLeft(lastDay.minusDays(1))).isFalse();
        assertThat(child.hasLeft(lastDay)).isFalse();
        assertThat(child.hasLeft(lastDay.plusDays(1))).isTrue();
    }

    @Test
    void aCancelledDepartureMeansTheChildStays() {
        Child child = lea();
        child.leavesOn(LocalDate.of(2026, 6, 30));

        child.leavesOn(null);

        assertThat(child.getLeavingOn()).isNull();
        assertThat(child.hasLeft(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void gradesAreStoredAsTheirLabel() {
        Child.GradeConverter converter = new Child.GradeConverter();

        assertThat(converter.convertToDatabaseColumn(SchoolGrade.H4)).isEqualTo("4H");
        assertThat(converter.convertToEntityAttribute("4H")).isEqualTo(SchoolGrade.H4);
        assertThat(converter.convertToEntityAttribute("8h")).isEqualTo(SchoolGrade.H8);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThatThrownBy(() -> converter.convertToEntityAttribute("9H"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
