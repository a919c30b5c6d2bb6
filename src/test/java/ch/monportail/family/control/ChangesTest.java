package ch.monportail.family.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void nothingChangedIsEmpty() {
        Changes changes =
                new Changes()
                        .field("street", "Rue du Bourg 1", "Rue du Bourg 1")
                        .field("occupationRate", 80, 80)
                        .sensitive("diet", "sans gluten", "sans gluten");

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.describe()).isEmpty();
    }

    @Test
    void eachChangeIsOneLineWithOldAndNewValue() {
        Changes changes =
                new Changes()
                        .field("mobilePhone", "+41791234567", "+41797654321")
                        .field("city", "Sion", "Sion")
                        .field("employer", null, "Migros");

        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.describe())
                .isEqualTo("mobilePhone: +41791234567 → +41797654321; employer: — → Migros");
    }

    @Test
    void aRemovedValueIsShownAsADash() {
        assertThat(new Changes().field("profession", "Infirmière", null).describe())
                .isEqualTo("profession: Infirmière → —");
    }

    @Test
    void nullBlankAndSurroundingSpacesAreTheSame() {
        Changes changes =
                new Changes()
                        .field("homePhone", null, "")
                        .field("workPhone", "   ", null)
                        .field("employer", "Migros", "  Migros\t")
                        .sensitive("medicalNotes", null, " \n ");

        assertThat(changes.isEmpty()).isTrue();
    }

    @Test
    void blankToTextIsAChangeFromNothing() {
        assertThat(new Changes().field("employer", "  ", "Coop").describe())
                .isEqualTo("employer: — → Coop");
    }

    @Test
    void valuesOfAnyTypeAreWrittenWithToString() {
        Changes changes =
                new Changes()
                        .field("occupationRate", 60, 80)
                        .field("declaredIncome", new BigDecimal("85000.00"), null)
                        .field("leavingOn", null, LocalDate.of(2027, 6, 30));

        assertThat(changes.describe())
                .isEqualTo(
                        "occupationRate: 60 → 80; declaredIncome: 85000.00 → —;"
                                + " leavingOn: — → 2027-06-30");
    }

    @Test
    void amountsAreComparedAsWritten() {
        // Household.declare() stores incomes with two decimals, so both sides have the same scale.
        assertThat(
                        new Changes()
                                .field(
                                        "declaredIncome",
                                        new BigDecimal("85000.00"),
                                        new BigDecimal("85000.00"))
                                .isEmpty())
                .isTrue();
        assertThat(
                        new Changes()
                                .field(
                                        "declaredIncome",
                                        new BigDecimal("85000.00"),
                                        new BigDecimal("92000.50"))
                                .describe())
                .isEqualTo("declaredIncome: 85000.00 → 92000.50");
        assertThat(
                        new Changes()
                                .field(
                                        "declaredIncome",
                                        new BigDecimal("85000"),
                                        new BigDecimal("85000.00"))
                                .describe())
                .isEqualTo("declaredIncome: 85000 → 85000.00");
    }

    @Test
    void longValuesAreCutAtEightyCharacters() {
        String eighty = "a".repeat(80);
        String eightyOne = "b".repeat(81);

        String describe = new Changes().field("note", eighty, eightyOne).describe();

        assertThat(describe).isEqualTo("note: " + eighty + " → " + "b".repeat(79) + "…");
        assertThat("b".repeat(79) + "…").hasSize(80);
    }

    @Test
    void valuesAreWrittenOnOneLine() {
        String describe =
                new Changes()
                        .field("street", "Chemin des\nVignes  3", "Chemin\r\n\tdes Vignes 5")
                        .describe();

        assertThat(describe).isEqualTo("street: Chemin des Vignes 3 → Chemin des Vignes 5");
        assertThat(describe).doesNotContain("\n", "\r", "\t");
    }

    @Test
    void collapsingSpacesHappensBeforeTheCut() {
        String spaced = "x" + " ".repeat(200) + "y";

        assertThat(new Changes().field("note", null, spaced).describe()).isEqualTo("note: — → x y");
    }

    @Test
    void sensitiveFieldsSayThatTheyChangedButNotWhat() {
        Changes changes =
                new Changes()
                        .sensitive("diet", null, "allergie aux arachides")
                        .sensitive("medicalNotes", "asthme, Ventolin", "épilepsie")
                        .sensitive("diet2", "végétarien", null);

        assertThat(changes.describe())
                .isEqualTo("diet: changed; medicalNotes: changed; diet2: changed")
                .doesNotContain("arachides", "asthme", "Ventolin", "épilepsie", "végétarien");
    }

    @Test
    void fieldsAndSensitiveFieldsMixInTheOrderRecorded() {
        String describe =
                new Changes()
                        .sensitive("medicalNotes", "a", "b")
                        .field("schoolClass", "3A", "4B")
                        .describe();

        assertThat(describe).isEqualTo("medicalNotes: changed; schoolClass: 3A → 4B");
    }
}
