package ch.monportail.structure.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StructureTest {

    private static final StructureData ECUREUILS =
            new StructureData(
                    "UAPE Les Écureuils",
                    StructureKind.UAPE,
                    "Route de l'École 3",
                    "1964",
                    "Conthey",
                    "+41273455621",
                    "uape.ecureuils@conthey.example");

    private static StructureData named(String name, StructureKind kind) {
        return new StructureData(
                name,
                kind,
                ECUREUILS.street(),
                ECUREUILS.postcode(),
                ECUREUILS.city(),
                ECUREUILS.phone(),
                ECUREUILS.email());
    }

    private static Account account(long id, String email, String lastName, Role role) {
        Account account = new Account(email, "Anne", lastName, role, "fr", Instant.EPOCH);
        setId(account, id);
        return account;
    }

    private static Account educator(long id, String lastName) {
        return account(id, lastName.toLowerCase() + "@conthey.example", lastName, Role.EDUCATOR);
    }

    private static void setId(Account account, long id) {
        try {
            Field field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    // --- creation and update ---------------------------------------------------------------

    @Test
    void aNewStructureIsOpenAndEmpty() {
        Structure structure = new Structure(ECUREUILS);

        assertThat(structure.getId()).isNull();
        assertThat(structure.isActive()).isTrue();
        assertThat(structure.getCareUnits()).isEmpty();
        assertThat(structure.getEducators()).isEmpty();
        assertThat(structure.getName()).isEqualTo("UAPE Les Écureuils");
        assertThat(structure.getKind()).isEqualTo(StructureKind.UAPE);
        assertThat(structure.getStreet()).isEqualTo("Route de l'École 3");
        assertThat(structure.getPostcode()).isEqualTo("1964");
        assertThat(structure.getCity()).isEqualTo("Conthey");
        assertThat(structure.getPhone()).isEqualTo("+41273455621");
        assertThat(structure.getEmail()).isEqualTo("uape.ecureuils@conthey.example");
    }

    @Test
    void dataReturnsWhatWasStored() {
        assertThat(new Structure(ECUREUILS).data()).isEqualTo(ECUREUILS);
    }

    @Test
    void theNameIsStoredTrimmed() {
        Structure structure =
                new Structure(named("  Crèche Les Petits Loups\t", StructureKind.CRECHE));

        assertThat(structure.getName()).isEqualTo("Crèche Les Petits Loups");
        assertThat(structure.data().name()).isEqualTo("Crèche Les Petits Loups");
    }

    @Test
    void contactFieldsAreOptional() {
        Structure structure =
                new Structure(
                        new StructureData(
                                "Crèche", StructureKind.CRECHE, null, null, null, null, null));

        assertThat(structure.data())
                .isEqualTo(
                        new StructureData(
                                "Crèche", StructureKind.CRECHE, null, null, null, null, null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "\n "})
    void aNameIsRequired(String name) {
        assertThatThrownBy(() -> new Structure(named(name, StructureKind.UAPE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKindIsRequired() {
        assertThatThrownBy(() -> new Structure(named("UAPE Les Écureuils", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUpdateReplacesIdentityAndContact() {
        Structure structure = new Structure(ECUREUILS);
        StructureData changed =
                new StructureData(
                        "Crèche Les Petits Loups",
                        StructureKind.CRECHE,
                        "Rue Centrale 18",
                        "1975",
                        "Savièse",
                        null,
                        "creche@conthey.example");

        structure.update(changed);

        assertThat(structure.data()).isEqualTo(changed);
    }

    @Test
    void anUpdateCanClearContactFields() {
        Structure structure = new Structure(ECUREUILS);

        structure.update(
                new StructureData("UAPE", StructureKind.UAPE, null, null, null, null, null));

        assertThat(structure.getStreet()).isNull();
        assertThat(structure.getPostcode()).isNull();
        assertThat(structure.getCity()).isNull();
        assertThat(structure.getPhone()).isNull();
        assertThat(structure.getEmail()).isNull();
    }

    @Test
    void aRefusedUpdateLeavesTheStructureUnchanged() {
        Structure structure = new Structure(ECUREUILS);

        assertThatThrownBy(() -> structure.update(named(" ", StructureKind.CRECHE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> structure.update(named("Autre nom", null)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(structure.data()).isEqualTo(ECUREUILS);
    }

    @Test
    void anUpdateKeepsCareUnitsAndEducators() {
        Structure structure = new Structure(ECUREUILS);
        Account anne = educator(1, "Rey");
        structure.addEducator(anne);
        CareUnit unit =
                new CareUnit(
                        structure,
                        new CareUnitData(
                                "Accueil du matin",
                                LocalTime.of(7, 0),
                                LocalTime.of(8, 0),
                                new BigDecimal("9.00"),
                                null,
                                24,
                                true,
                                false,
                                1));

        structure.update(named("UAPE renommée", StructureKind.UAPE));

        assertThat(structure.getCareUnits()).containsExactly(unit);
        assertThat(structure.getEducators()).containsExactly(anne);
    }

    // --- educators -------------------------------------------------------------------------

    @Test
    void anEducatorIsAdded() {
        Structure structure = new Structure(ECUREUILS);
        Account anne = educator(1, "Rey");

        assertThat(structure.addEducator(anne)).isTrue();

        assertThat(structure.getEducators()).containsExactly(anne);
    }

    @Test
    void addingTheSameEducatorTwiceReturnsFalse() {
        Structure structure = new Structure(ECUREUILS);
        Account anne = educator(1, "Rey");
        structure.addEducator(anne);

        assertThat(structure.addEducator(anne)).isFalse();

        assertThat(structure.getEducators()).containsExactly(anne);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"PARENT", "ADMIN"})
    void onlyEducatorsWorkInAStructure(Role role) {
        Structure structure = new Structure(ECUREUILS);
        Account other = account(7, "other@conthey.example", "Dubuis", role);

        assertThatThrownBy(() -> structure.addEducator(other))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(structure.getEducators()).isEmpty();
    }

    @Test
    void educatorsAreListedInTheOrderTheyWereAdded() {
        Structure structure = new Structure(ECUREUILS);
        Account rey = educator(1, "Rey");
        Account antonin = educator(2, "Antonin");
        Account zufferey = educator(3, "Zufferey");

        structure.addEducator(rey);
        structure.addEducator(antonin);
        structure.addEducator(zufferey);

        // outside JPA there is no @OrderBy: insertion order
        assertThat(structure.getEducators()).containsExactly(rey, antonin, zufferey);
    }

    @Test
    void theEducatorListIsAReadOnlySnapshot() {
        Structure structure = new Structure(ECUREUILS);
        structure.addEducator(educator(1, "Rey"));
        List<Account> snapshot = structure.getEducators();

        assertThatThrownBy(() -> snapshot.add(educator(2, "Antonin")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(snapshot::clear).isInstanceOf(UnsupportedOperationException.class);

        structure.addEducator(educator(3, "Zufferey"));
        assertThat(snapshot).hasSize(1);
        assertThat(structure.getEducators()).hasSize(2);
    }

    @Test
    void anEducatorIsRemoved() {
        Structure structure = new Structure(ECUREUILS);
        Account rey = educator(1, "Rey");
        Account antonin = educator(2, "Antonin");
        structure.addEducator(rey);
        structure.addEducator(antonin);

        assertThat(structure.removeEducator(rey)).isTrue();

        assertThat(structure.getEducators()).containsExactly(antonin);
    }

    @Test
    void removalComparesIdsNotInstances() {
        Structure structure = new Structure(ECUREUILS);
        structure.addEducator(educator(1, "Rey"));
        Account sameAccountOtherInstance = educator(1, "Rey");

        assertThat(structure.removeEducator(sameAccountOtherInstance)).isTrue();

        assertThat(structure.getEducators()).isEmpty();
    }

    @Test
    void removingAnAbsentEducatorReturnsFalse() {
        Structure structure = new Structure(ECUREUILS);
        Account rey = educator(1, "Rey");
        structure.addEducator(rey);

        assertThat(structure.removeEducator(educator(2, "Antonin"))).isFalse();
        assertThat(structure.getEducators()).containsExactly(rey);

        assertThat(structure.removeEducator(rey)).isTrue();
        assertThat(structure.removeEducator(rey)).as("already removed").isFalse();
        assertThat(structure.getEducators()).isEmpty();
    }

    @Test
    void aRemovedEducatorCanBeAddedAgain() {
        Structure structure = new Structure(ECUREUILS);
        Account rey = educator(1, "Rey");
        structure.addEducator(rey);
        structure.removeEducator(rey);

        assertThat(structure.addEducator(rey)).isTrue();

        assertThat(structure.getEducators()).containsExactly(rey);
    }

    // --- close and reopen ------------------------------------------------------------------

    @Test
    void aStructureIsClosedAndReopened() {
        Structure structure = new Structure(ECUREUILS);

        structure.close();
        assertThat(structure.isActive()).isFalse();

        structure.reopen();
        assertThat(structure.isActive()).isTrue();
    }

    @Test
    void closingTwiceAndReopeningTwiceAreHarmless() {
        Structure structure = new Structure(ECUREUILS);
        Account rey = educator(1, "Rey");
        structure.addEducator(rey);

        structure.close();
        structure.close();
        assertThat(structure.isActive()).isFalse();
        assertThat(structure.data()).as("closing keeps the data").isEqualTo(ECUREUILS);
        assertThat(structure.getEducators()).containsExactly(rey);

        structure.reopen();
        structure.reopen();
        assertThat(structure.isActive()).isTrue();
    }

    @Test
    void theKindsAreUapeAndCreche() {
        assertThat(StructureKind.values())
                .containsExactly(StructureKind.UAPE, StructureKind.CRECHE);
        assertThat(StructureKind.valueOf("CRECHE")).isEqualTo(StructureKind.CRECHE);
    }
}
