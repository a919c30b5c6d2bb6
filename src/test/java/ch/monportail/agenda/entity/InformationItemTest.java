package ch.monportail.agenda.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.ChildData;
import ch.monportail.family.entity.Family;
import ch.monportail.family.entity.SchoolGrade;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.CareUnitData;
import ch.monportail.structure.entity.Structure;
import ch.monportail.structure.entity.StructureData;
import ch.monportail.structure.entity.StructureKind;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class InformationItemTest {

    private static final Instant CREATED = Instant.parse("2026-09-10T07:15:00Z");
    private static final LocalDate FROM = d("2026-09-14");
    private static final LocalDate TO = d("2026-09-18");

    private final Structure marmottes = withId(structure("UAPE Les Marmottes"), 5L);
    private final Structure ecureuils = withId(structure("UAPE Les Écureuils"), 6L);
    private final CareUnit midday = withId(careUnit(marmottes), 7L);
    private final CareUnit otherMidday = withId(careUnit(ecureuils), 8L);
    private final Child child =
            withId(
                    new Child(
                            new Family(CREATED),
                            new ChildData("Léa", "Favre", d("2018-03-14"), SchoolGrade.H4, "4H")),
                    4L);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
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

    private static Structure structure(String name) {
        return new Structure(
                new StructureData(name, StructureKind.UAPE, null, null, null, null, null));
    }

    private static CareUnit careUnit(Structure structure) {
        return new CareUnit(
                structure,
                new CareUnitData(
                        "Midi avec repas",
                        LocalTime.of(11, 45),
                        LocalTime.of(13, 45),
                        new BigDecimal("30.00"),
                        new BigDecimal("8.00"),
                        20,
                        true,
                        false,
                        1));
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
