package ch.monportail.agenda.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.monportail.family.entity.Child;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.Structure;
import ch.monportail.testing.TestEntities;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InformationItemTest {

    private static final Instant CREATED = Instant.parse("2026-09-10T07:15:00Z");
    private static final LocalDate FROM = d("2026-09-14");
    private static final LocalDate TO = d("2026-09-18");

    private final Structure marmottes = TestEntities.structure("UAPE Les Marmottes", 5L);
    private final Structure ecureuils = TestEntities.structure("UAPE Les Écureuils", 6L);
    private final CareUnit midday = TestEntities.withId(careUnit(marmottes), 7L);
    private final CareUnit otherMidday = TestEntities.withId(careUnit(ecureuils), 8L);
    private final Child child = TestEntities.favre(CREATED).child();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static CareUnit careUnit(Structure structure) {
        return TestEntities.careUnit(
                structure, "Midi avec repas", "11:45", "13:45", "30.00", "8.00", true, false, 1);
    }

    private InformationItem item(LocalDate from, LocalDate to, String title, String body) {
        return new InformationItem(marmottes, null, null, from, to, title, body, 42L, CREATED);
    }

    private InformationItem item(String title, String body) {
        return item(FROM, TO, title, body);
    }

    @Test
    void anItemForAStructureKeepsWhatItWasCreatedWith() {
        InformationItem item = item("Fermeture à 16h", "La structure ferme plus tôt.");

        assertThat(item.getStructure()).isSameAs(marmottes);
        assertThat(item.getCareUnit()).isNull();
        assertThat(item.getChild()).isNull();
        assertThat(item.getStartsOn()).isEqualTo(FROM);
        assertThat(item.getEndsOn()).isEqualTo(TO);
        assertThat(item.getTitle()).isEqualTo("Fermeture à 16h");
        assertThat(item.getBody()).isEqualTo("La structure ferme plus tôt.");
        assertThat(item.getAuthorId()).isEqualTo(42L);
        assertThat(item.getCreatedAt()).isEqualTo(CREATED);
    }

    @Test
    void anItemMayBeForACareUnitOfTheStructure() {
        InformationItem item =
                new InformationItem(
                        marmottes,
                        midday,
                        null,
                        FROM,
                        FROM,
                        "Sortie au bois",
                        "Prévoir des bottes.",
                        42L,
                        CREATED);

        assertThat(item.getCareUnit()).isSameAs(midday);
    }

    @Test
    void anItemMayBeForOneChild() {
        InformationItem item =
                new InformationItem(
                        marmottes,
                        null,
                        child,
                        FROM,
                        FROM,
                        "Apporter le carnet de vaccination",
                        null,
                        42L,
                        CREATED);

        assertThat(item.getChild()).isSameAs(child);
        assertThat(item.getBody()).isNull();
    }

    @Test
    void aCareUnitOfAnotherStructureIsRefused() {
        assertThatThrownBy(
                        () ->
                                new InformationItem(
                                        marmottes,
                                        otherMidday,
                                        null,
                                        FROM,
                                        TO,
                                        "Sortie au bois",
                                        null,
                                        42L,
                                        CREATED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("information.invalid.careUnit");
    }

    @Test
    void aOneDayPeriodIsAccepted() {
        InformationItem item = item(FROM, FROM, "Fermeture à 16h", null);

        assertThat(item.getStartsOn()).isEqualTo(item.getEndsOn());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> item(TO, FROM, "Fermeture à 16h", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("information.invalid.period");
        assertThatThrownBy(() -> item(FROM, FROM.minusDays(1), "Fermeture à 16h", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("information.invalid.period");
    }

    @Test
    void aPeriodNeedsBothDates() {
        assertThatThrownBy(() -> item(null, TO, "Fermeture à 16h", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("information.invalid.period");
        assertThatThrownBy(() -> item(FROM, null, "Fermeture à 16h", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("information.invalid.period");
        assertThatThrownBy(() -> item(null, null, "Fermeture à 16h", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("information.invalid.period");
    }

    @Test
    void aTitleIsRequired() {
        assertThatThrownBy(() -> item(null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("information.invalid.title");
        assertThatThrownBy(() -> item("", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("information.invalid.title");
        assertThatThrownBy(() -> item("  \t ", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("information.invalid.title");
    }

    @Test
    void aTitleOfAtMost120CharactersIsAccepted() {
        String title = "T".repeat(InformationItem.MAX_TITLE);

        assertThat(item(title, null).getTitle()).hasSize(120);
        assertThat(item("  " + title + "  ", null).getTitle()).isEqualTo(title);
        assertThatThrownBy(() -> item(title + "x", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("information.invalid.title");
    }

    @Test
    void aBodyOfAtMost2000CharactersIsAccepted() {
        String body = "b".repeat(InformationItem.MAX_BODY);

        assertThat(item("Fermeture à 16h", body).getBody()).hasSize(2000);
        assertThat(item("Fermeture à 16h", "\n" + body + "  ").getBody()).isEqualTo(body);
        assertThatThrownBy(() -> item("Fermeture à 16h", body + "b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("information.invalid.body");
    }

    @Test
    void theTitleAndTheBodyAreStripped() {
        InformationItem item = item("  Sortie au bois ", "\n Prévoir des bottes.  \n");

        assertThat(item.getTitle()).isEqualTo("Sortie au bois");
        assertThat(item.getBody()).isEqualTo("Prévoir des bottes.");
    }

    @Test
    void aBlankBodyIsStoredAsNull() {
        assertThat(item("Fermeture à 16h", "").getBody()).isNull();
        assertThat(item("Fermeture à 16h", "  \n\t ").getBody()).isNull();
        assertThat(item("Fermeture à 16h", null).getBody()).isNull();
    }

    @Test
    void theItemCoversItsPeriodBothEndsIncluded() {
        InformationItem item = item("Semaine de la forêt", null);

        assertThat(item.covers(d("2026-09-13"))).isFalse();
        assertThat(item.covers(d("2026-09-14"))).isTrue();
        assertThat(item.covers(d("2026-09-16"))).isTrue();
        assertThat(item.covers(d("2026-09-18"))).isTrue();
        assertThat(item.covers(d("2026-09-19"))).isFalse();
    }

    @Test
    void aOneDayItemCoversThatDayOnly() {
        InformationItem item = item(FROM, FROM, "Fermeture à 16h", null);

        assertThat(item.covers(FROM)).isTrue();
        assertThat(item.covers(FROM.minusDays(1))).isFalse();
        assertThat(item.covers(FROM.plusDays(1))).isFalse();
    }
}
