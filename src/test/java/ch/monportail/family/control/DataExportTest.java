package ch.monportail.family.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.monportail.family.entity.SchoolGrade;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DataExportTest {

    private static final Instant GENERATED = Instant.parse("2026-03-01T08:15:30Z");
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final Function<String, String> LABELS = key -> "LBL:" + key;

    private static DataExport sample() {
        DataExport export = new DataExport(GENERATED);
        export.item(
                "family",
                "familyId",
                42L,
                "createdAt",
                Instant.parse("2025-08-15T06:30:00Z"),
                "accountHolder",
                "Claire Favre");
        export.item(
                "representatives",
                "firstName",
                "Claire",
                "lastName",
                "Favre",
                "homePhone",
                null,
                "occupationRate",
                80,
                "accountHolder",
                true,
                "secondFactor",
                false);
        export.item(
                "households",
                "declaredIncome",
                new BigDecimal("1234.50"),
                "childrenCount",
                2,
                "tariffReviewPending",
                false);
        export.section("pickupPersons");
        export.item(
                "children",
                "firstName",
                "Léa",
                "birthDate",
                LocalDate.of(2019, 5, 4),
                "leavingOn",
                null);
        return export;
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page))).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void theJsonNamesItsFormatAndWhenItWasMade() {
        JsonObject json = parse(sample().toJson());

        assertThat(json.getString("format")).isEqualTo("monportail-family-data/1");
        assertThat(json.getString("generatedAt")).isEqualTo("2026-03-01T08:15:30Z");
        assertThat(Instant.parse(json.getString("generatedAt"))).isEqualTo(GENERATED);
    }

    @Test
    void sectionsKeepTheirOrderAndEmptySectionsAreEmptyArrays() {
        JsonObject sections = parse(sample().toJson()).getJsonObject("sections");

        assertThat(sections.keySet())
                .containsExactly(
                        "family", "representatives", "households", "pickupPersons", "children");
        assertThat(sections.getJsonArray("pickupPersons")).isEmpty();
        assertThat(sections.getJsonArray("children")).hasSize(1);
    }

    @Test
    void valuesKeepTheirJsonType() {
        JsonObject sections = parse(sample().toJson()).getJsonObject("sections");
        JsonObject family = sections.getJsonArray("family").getJsonObject(0);
        JsonObject representative = sections.getJsonArray("representatives").getJsonObject(0);
        JsonObject household = sections.getJsonArray("households").getJsonObject(0);
        JsonObject child = sections.getJsonArray("children").getJsonObject(0);

        assertThat(family.getJsonNumber("familyId").longValueExact()).isEqualTo(42L);
        assertThat(family.getString("createdAt")).isEqualTo("2025-08-15T06:30:00Z");
        assertThat(representative.get("homePhone")).isEqualTo(JsonValue.NULL);
        assertThat(representative.isNull("homePhone")).isTrue();
        assertThat(representative.getJsonNumber("occupationRate").intValueExact()).isEqualTo(80);
        assertThat(representative.get("accountHolder")).isEqualTo(JsonValue.TRUE);
        assertThat(representative.get("secondFactor")).isEqualTo(JsonValue.FALSE);
        assertThat(household.get("declaredIncome").getValueType())
                .isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(household.getJsonNumber("declaredIncome").bigDecimalValue())
                .isEqualByComparingTo("1234.50");
        assertThat(household.getInt("childrenCount")).isEqualTo(2);
        assertThat(household.getBoolean("tariffReviewPending")).isFalse();
        assertThat(child.getString("birthDate")).isEqualTo("2019-05-04");
        assertThat(LocalDate.parse(child.getString("birthDate")))
                .isEqualTo(LocalDate.of(2019, 5, 4));
        assertThat(child.isNull("leavingOn")).isTrue();
    }

    @Test
    void amountsAreWrittenWithoutGroupingOrCurrency() {
        String json = sample().toJson();

        assertThat(json).contains("\"declaredIncome\":1234.50").doesNotContain("CHF", "1'234");
    }

    @Test
    void fieldsKeepTheirOrderInAnItem() {
        JsonObject representative =
                parse(sample().toJson())
                        .getJsonObject("sections")
                        .getJsonArray("representatives")
                        .getJsonObject(0);

        assertThat(representative.keySet())
                .containsExactly(
                        "firstName",
                        "lastName",
                        "homePhone",
                        "occupationRate",
                        "accountHolder",
                        "secondFactor");
    }

    @Test
    void itemsOfTheSameSectionAreCollectedInOneArray() {
        DataExport export = new DataExport(GENERATED);
        export.item("children", "firstName", "Léa");
        export.item("activity", "action", "LOGIN");
        export.item("children", "firstName", "Noé");

        JsonObject sections = parse(export.toJson()).getJsonObject("sections");

        assertThat(sections.keySet()).containsExactly("children", "activity");
        JsonArray children = sections.getJsonArray("children");
        assertThat(children).hasSize(2);
        assertThat(children.getJsonObject(0).getString("firstName")).isEqualTo("Léa");
        assertThat(children.getJsonObject(1).getString("firstName")).isEqualTo("Noé");
        assertThat(export.section("children")).isSameAs(export.getSections().get(0));
    }

    @Test
    void textIsEscapedAndOtherValuesAreWrittenAsText() {
        DataExport export = new DataExport(GENERATED);
        String note = "Allergie \"sévère\"\nappeler\tavant \\ 12h </script>";
        export.item("children", "medicalNotes", note, "schoolGrade", SchoolGrade.H4);

        JsonObject child =
                parse(export.toJson())
                        .getJsonObject("sections")
                        .getJsonArray("children")
                        .getJsonObject(0);

        assertThat(child.getString("medicalNotes")).isEqualTo(note);
        assertThat(child.getString("schoolGrade")).isEqualTo("H4");
    }

    @Test
    void anExportWithoutSectionsHasAnEmptySectionsObject() {
        JsonObject json = parse(new DataExport(GENERATED).toJson());

        assertThat(json.getJsonObject("sections")).isEmpty();
        assertThat(json.keySet()).containsExactly("format", "generatedAt", "sections");
    }

    @Test
    void namesAndValuesComeInPairs() {
        DataExport export = new DataExport(GENERATED);

        assertThatThrownBy(() -> export.item("children", "firstName", "Léa", "lastName"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(export.getSections()).isEmpty();
    }

    @Test
    void theSectionsCannotBeChangedFromOutside() {
        DataExport export = sample();

        assertThatThrownBy(() -> export.getSections().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(export.getSections()).hasSize(5);
        assertThat(export.getGeneratedAt()).isEqualTo(GENERATED);
    }

    @Test
    void thePdfHasTheTitleAndTheLocalTimeOfTheCopy() throws IOException {
        byte[] pdf = DataExportPdf.render(sample(), "Mes données", "Copie du", LABELS, ZURICH);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String text = pdfText(pdf);
        assertThat(text).contains("Mes données").contains("Copie du 01.03.2026 09:15");
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(document.getDocumentInfo().getTitle()).isEqualTo("Mes données");
            assertThat(document.getDocumentInfo().getCreator()).isEqualTo("MonPortail");
        }
    }

    @Test
    void thePdfLabelsSectionsAndFieldsInTheReadersLanguage() throws IOException {
        String text =
                pdfText(DataExportPdf.render(sample(), "Mes données", "Copie du", LABELS, ZURICH));

        assertThat(text)
                .contains(
                        "LBL:export.section.family",
                        "LBL:export.section.representatives",
                        "LBL:export.section.households",
                        "LBL:export.section.children",
                        "LBL:export.field.firstName",
                        "LBL:export.field.declaredIncome",
                        "LBL:export.field.birthDate");
        assertThat(text.indexOf("LBL:export.section.family"))
                .isLessThan(text.indexOf("LBL:export.section.representatives"));
    }

    @Test
    void thePdfWritesValuesTheSwissWay() throws IOException {
        String text =
                pdfText(DataExportPdf.render(sample(), "Mes données", "Copie du", LABELS, ZURICH));

        assertThat(text)
                .contains("CHF 1'234.50")
                .contains("04.05.2019")
                .contains("15.08.2025 08:30")
                .contains("Léa")
                .contains("Claire Favre")
                .contains("LBL:export.yes")
                .contains("LBL:export.no")
                .contains("—")
                .doesNotContain("2019-05-04", "1234.50", "true", "false");
    }

    @Test
    void anEmptySectionSaysThereIsNothing() throws IOException {
        DataExport export = new DataExport(GENERATED);
        export.section("pickupPersons");

        String text = pdfText(DataExportPdf.render(export, "T", "S", LABELS, ZURICH));

        assertThat(text).contains("LBL:export.section.pickupPersons", "LBL:export.none");
    }

    @Test
    void aLongExportContinuesOnMorePages() throws IOException {
        DataExport export = new DataExport(GENERATED);
        for (int i = 0; i < 200; i++) {
            export.item(
                    "activity",
                    "occurredAt",
                    GENERATED.plusSeconds(i * 60L),
                    "action",
                    "LOGIN " + i);
        }

        byte[] pdf = DataExportPdf.render(export, "T", "S", LABELS, ZURICH);

        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(pdfText(pdf)).contains("LOGIN 0", "LOGIN 199", "01.03.2026 12:34");
    }

    @Test
    void frenchAndGermanLettersAreKept() throws IOException {
        DataExport export = new DataExport(GENERATED);
        export.item(
                "representatives",
                "firstName",
                "François",
                "lastName",
                "Müller-Bächtold",
                "city",
                "Genève",
                "profession",
                "Maître d'œuvre");

        String text = pdfText(DataExportPdf.render(export, "T", "S", LABELS, ZURICH));

        assertThat(text).contains("François", "Müller-Bächtold", "Genève", "Maître d'œuvre");
    }

    @Test
    void namesOutsideLatin1AreKept() throws IOException {
        DataExport export = new DataExport(GENERATED);
        export.item("representatives", "firstName", "Łukasz", "lastName", "Đorđević");

        String text = pdfText(DataExportPdf.render(export, "T", "S", LABELS, ZURICH));

        assertThat(text).contains("Łukasz", "Đorđević");
    }
}
