package ch.monportail.family.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PickupPersonTest {

    private static final Instant CREATED = Instant.parse("2026-02-01T10:00:00Z");
    private static final String PHONE = "+41791234567";

    private final Child child =
            new Child(
                    new Family(Instant.EPOCH),
                    new ChildData("Léa", "Favre", LocalDate.of(2019, 5, 4), null, null));

    private PickupPerson grandmother() {
        return new PickupPerson(
                child, new PickupData("Anne", "Dubuis", "grand-mère", PHONE, null), CREATED);
    }

    @Test
    void aNewPickupPersonIsAddedToTheChild() {
        PickupPerson person = grandmother();

        assertThat(child.getPickupPersons()).containsExactly(person);
        assertThat(person.getChild()).isSameAs(child);
        assertThat(person.getCreatedAt()).isEqualTo(CREATED);
        assertThat(person.getDisplayName()).isEqualTo("Anne Dubuis");
        assertThat(person.data())
                .isEqualTo(new PickupData("Anne", "Dubuis", "grand-mère", PHONE, null));
    }

    @Test
    void namesRelationshipAndNoteAreTrimmedABlankNoteIsNone() {
        PickupPerson person = grandmother();

        person.update(new PickupData(" Marc ", " Rey\t", " voisin ", PHONE, "   "));

        assertThat(person.data()).isEqualTo(new PickupData("Marc", "Rey", "voisin", PHONE, null));

        person.update(new PickupData("Marc", "Rey", "voisin", PHONE, "  seulement le mercredi "));
        assertThat(person.getNote()).isEqualTo("seulement le mercredi");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void everyRequiredFieldIsChecked(String missing) {
        PickupPerson person = grandmother();

        assertThatThrownBy(
                        () -> person.update(new PickupData(missing, "Rey", "voisin", PHONE, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> person.update(new PickupData("Marc", missing, "voisin", PHONE, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> person.update(new PickupData("Marc", "Rey", missing, PHONE, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> person.update(new PickupData("Marc", "Rey", "voisin", missing, null)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(person.data())
                .isEqualTo(new PickupData("Anne", "Dubuis", "grand-mère", PHONE, null));
    }

    @Test
    void aRefusedNewPersonIsNotAddedToTheChild() {
        assertThatThrownBy(
                        () ->
                                new PickupPerson(
                                        child,
                                        new PickupData("Anne", "Dubuis", "grand-mère", null, null),
                                        CREATED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(child.getPickupPersons()).isEmpty();
    }

    @Test
    void theNoteHasAtMostFiveHundredCharactersAfterTrimming() {
        PickupPerson person = grandmother();

        person.update(
                new PickupData("Anne", "Dubuis", "grand-mère", PHONE, " " + "n".repeat(500) + " "));
        assertThat(person.getNote()).hasSize(PickupPerson.MAX_NOTE);

        assertThatThrownBy(
                        () ->
                                person.update(
                                        new PickupData(
                                                "Marc", "Rey", "voisin", PHONE, "n".repeat(501))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(person.getFirstName()).isEqualTo("Anne");
        assertThat(person.getNote()).hasSize(500);
    }

    @Test
    void theSamePersonHasTheSameNamesIgnoringCaseAndTheSamePhone() {
        PickupPerson person = grandmother();

        assertThat(person.samePersonAs(new PickupData("anne", "DUBUIS", "tante", PHONE, "autre")))
                .isTrue();
        assertThat(
                        person.samePersonAs(
                                new PickupData(
                                        "Anne", "Dubuis", "grand-mère", "+41797654321", null)))
                .isFalse();
        assertThat(person.samePersonAs(new PickupData("Anna", "Dubuis", "grand-mère", PHONE, null)))
                .isFalse();
        assertThat(
                        person.samePersonAs(
                                new PickupData("Anne", "Dubuis-Rey", "grand-mère", PHONE, null)))
                .isFalse();
    }

    @Test
    void incompleteDataAreNeverTheSamePerson() {
        PickupPerson person = grandmother();

        assertThat(person.samePersonAs(new PickupData(null, "Dubuis", null, PHONE, null)))
                .isFalse();
        assertThat(person.samePersonAs(new PickupData("Anne", "Dubuis", null, null, null)))
                .isFalse();
    }
}
