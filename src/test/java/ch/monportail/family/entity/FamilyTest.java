package ch.monportail.family.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FamilyTest {

    private static final Instant CREATED = Instant.parse("2025-08-15T06:30:00Z");
    private static final Instant REMOVED = Instant.parse("2026-02-01T10:00:00Z");

    private final Family family = new Family(CREATED);
    private final Household household = new Household(family);

    private static Account account(String first, String last) {
        return new Account(
                first.toLowerCase() + "@example.ch", first, last, Role.PARENT, "fr", Instant.EPOCH);
    }

    /** Entities get their id from JPA; a unit test sets it as the persistence provider would. */
    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private LegalRepresentative representative(long id, String first, String last) {
        return withId(new LegalRepresentative(family, household, account(first, last)), id);
    }

    @Test
    void aNewFamilyHasNobodyYet() {
        assertThat(family.getCreatedAt()).isEqualTo(CREATED);
        assertThat(family.getRepresentatives()).isEmpty();
        assertThat(family.getChildren()).isEmpty();
        assertThat(family.getAccountHolder()).isNull();
        assertThat(family.getDisplayName()).isEmpty();
    }

    @Test
    void theDisplayNameIsTheLastNameOfTheParents() {
        representative(1, "Claire", "Favre");
        assertThat(family.getDisplayName()).isEqualTo("Favre");

        representative(2, "Pierre", "Favre");
        assertThat(family.getDisplayName()).isEqualTo("Favre");
    }

    @Test
    void distinctLastNamesAreJoinedInTheOrderOfTheRepresentatives() {
        representative(1, "Sophie", "Mayor");
        representative(2, "Luc", "Dubuis");

        assertThat(family.getDisplayName()).isEqualTo("Mayor / Dubuis");
    }

    @Test
    void aRemovedRepresentativeLeavesTheListAndTheName() {
        LegalRepresentative sophie = representative(1, "Sophie", "Mayor");
        LegalRepresentative luc = representative(2, "Luc", "Dubuis");
        family.holderIs(sophie);

        luc.remove(REMOVED);

        assertThat(luc.isActive()).isFalse();
        assertThat(luc.getRemovedAt()).isEqualTo(REMOVED);
        assertThat(family.getRepresentatives()).containsExactly(sophie);
        assertThat(family.getDisplayName()).isEqualTo("Mayor");
    }

    @Test
    void theAccountHolderIsARepresentativeOfTheFamily() {
        LegalRepresentative claire = representative(1, "Claire", "Favre");
        LegalRepresentative pierre = representative(2, "Pierre", "Favre");

        family.holderIs(pierre);

        assertThat(family.getAccountHolder()).isSameAs(pierre);
        assertThat(family.isAccountHolder(pierre)).isTrue();
        assertThat(family.isAccountHolder(claire)).isFalse();
        assertThat(pierre.isAccountHolder()).isTrue();
        assertThat(claire.isAccountHolder()).isFalse();
    }

    @Test
    void aRepresentativeOfAnotherFamilyCannotBeTheHolder() {
        Family other = new Family(CREATED);
        LegalRepresentative stranger =
                withId(
                        new LegalRepresentative(
                                other, new Household(other), account("Marc", "Rey")),
                        9);
        LegalRepresentative claire = representative(1, "Claire", "Favre");
        family.holderIs(claire);

        assertThatThrownBy(() -> family.holderIs(stranger))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(family.getAccountHolder()).isSameAs(claire);
    }

    @Test
    void aRemovedRepresentativeCannotBecomeTheHolder() {
        LegalRepresentative claire = representative(1, "Claire", "Favre");
        LegalRepresentative pierre = representative(2, "Pierre", "Favre");
        pierre.remove(REMOVED);

        assertThatThrownBy(() -> family.holderIs(pierre))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(family.getAccountHolder()).isNull();
        assertThat(claire.isActive()).isTrue();
    }

    @Test
    void isAccountHolderWithoutHolderIsFalse() {
        LegalRepresentative claire = representative(1, "Claire", "Favre");

        assertThat(family.isAccountHolder(claire)).isFalse();
        assertThat(claire.isAccountHolder()).isFalse();
    }

    @Test
    void theHolderIsRecognisedBeforeTheEntitiesAreSaved() {
        LegalRepresentative claire =
                new LegalRepresentative(family, household, account("Claire", "Favre"));
        LegalRepresentative pierre =
                new LegalRepresentative(family, household, account("Pierre", "Favre"));
        family.holderIs(claire);

        assertThat(family.isAccountHolder(claire)).isTrue();
        assertThat(family.isAccountHolder(pierre)).isFalse();
        pierre.remove(REMOVED);
        assertThat(pierre.isActive()).isFalse();
    }

    @Nested
    class LegalRepresentatives {

        @Test
        void aRepresentativeJoinsTheFamilyWithItsHousehold() {
            Account account = account("Claire", "Favre");

            LegalRepresentative claire = new LegalRepresentative(family, household, account);

            assertThat(family.getRepresentatives()).containsExactly(claire);
            assertThat(claire.getFamily()).isSameAs(family);
            assertThat(claire.getHousehold()).isSameAs(household);
            assertThat(claire.getAccount()).isSameAs(account);
            assertThat(claire.getDisplayName()).isEqualTo("Claire Favre");
            assertThat(claire.isActive()).isTrue();
            assertThat(claire.getId()).isNull();
        }

        @Test
        void theHouseholdMustBeOfTheSameFamily() {
            Household otherHousehold = new Household(new Family(CREATED));

            assertThatThrownBy(
                            () ->
                                    new LegalRepresentative(
                                            family, otherHousehold, account("Claire", "Favre")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(family.getRepresentatives()).isEmpty();
        }

        @Test
        void theAccountHolderCannotBeRemoved() {
            LegalRepresentative claire = representative(1, "Claire", "Favre");
            representative(2, "Pierre", "Favre");
            family.holderIs(claire);

            assertThatThrownBy(() -> claire.remove(REMOVED))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(claire.isActive()).isTrue();
            assertThat(claire.getRemovedAt()).isNull();
        }

        @Test
        void theHoldersIdentityCountsNotTheObject() {
            // JPA may hand out another instance of the same row (detached vs managed).
            LegalRepresentative claire = representative(1, "Claire", "Favre");
            family.holderIs(claire);
            LegalRepresentative sameRow =
                    withId(
                            new LegalRepresentative(family, household, account("Claire", "Favre")),
                            1);

            assertThat(family.isAccountHolder(sameRow)).isTrue();
        }

        @Test
        void personalDataAreStoredAndReturnedAsGiven() {
            LegalRepresentative claire = representative(1, "Claire", "Favre");
            PersonalData data =
                    new PersonalData(
                            "Rue du Bourg 12",
                            "1950",
                            "Sion",
                            "+41791234567",
                            "+41271234567",
                            null,
                            "Migros",
                            "Vendeuse",
                            80);

            claire.update(data);

            assertThat(claire.personalData()).isEqualTo(data);
            assertThat(claire.getCity()).isEqualTo("Sion");
            assertThat(claire.getOccupationRate()).isEqualTo(80);
        }

        @Test
        void theEmergencyPhoneIsTheMobileThenHomeThenWork() {
            LegalRepresentative claire = representative(1, "Claire", "Favre");

            claire.update(phones("+41791234567", "+41271234567", "+41581234567"));
            assertThat(claire.getEmergencyPhone()).isEqualTo("+41791234567");

            claire.update(phones(null, "+41271234567", "+41581234567"));
            assertThat(claire.getEmergencyPhone()).isEqualTo("+41271234567");

            claire.update(phones(null, null, "+41581234567"));
            assertThat(claire.getEmergencyPhone()).isEqualTo("+41581234567");

            claire.update(phones(null, null, null));
            assertThat(claire.getEmergencyPhone()).isNull();
        }

        private PersonalData phones(String mobile, String home, String work) {
            return new PersonalData("Rue 1", "1950", "Sion", mobile, home, work, null, null, null);
        }
    }
}
