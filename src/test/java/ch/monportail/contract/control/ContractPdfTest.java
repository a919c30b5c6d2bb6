package ch.monportail.contract.control;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.platform.control.SwissFormat;
import ch.monportail.structure.control.AnnualEstimate;
import ch.monportail.structure.control.SchoolCalendar;
import ch.monportail.structure.control.SchoolCalendar.Range;
import ch.monportail.structure.entity.AgendaSettings;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import ch.monportail.testing.TestEntities;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The contract PDF in the reader's language with the structure's own absence rules (DESIGN §5,
 * issue 5 item 7), read back with PDFBox: translated title, the structure's cut-off time and late
 * percentage, « Montant total » in the language with the calculator's total, embedded fonts.
 */
class ContractPdfTest {

    private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    private static final LocalDate FIRST_SCHOOL_DAY = LocalDate.parse("2026-08-17");
    private static final LocalDate LAST_SCHOOL_DAY = LocalDate.parse("2027-06-25");

    private final TestEntities.Favre favre = TestEntities.favre(NOW);
    private final Structure structure = TestEntities.structure("UAPE Les Marmottes", 5L);
    private final CareUnit midday = TestEntities.midday(structure);
    private final SchoolYear year = TestEntities.withId(new SchoolYear(2026), 6L);
    private final SchoolCalendar calendar =
            new SchoolCalendar(
                    2026,
                    List.of(new Range(FIRST_SCHOOL_DAY, LAST_SCHOOL_DAY)),
                    List.of(
                            new Range(
                                    LocalDate.parse("2026-10-17"), LocalDate.parse("2026-11-01"))),
                    Set.of(LocalDate.parse("2026-12-08")));

    private Contract contract() {
        // the structure's own rules, not the defaults: cut-off 17:30, 80 % when late
        structure.changeAgendaSettings(
                new AgendaSettings(
                        LocalTime.of(17, 30),
                        80,
                        AgendaSettings.IllnessRule.LIKE_OTHER_REASONS,
                        10));
        Contract contract =
                TestEntities.withId(
                        new Contract(
                                favre.child(),
                                structure,
                                year,
                                FIRST_SCHOOL_DAY,
                                LAST_SCHOOL_DAY,
                                NOW),
                        42L);
        List<ContractUnit> units = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)) {
            units.add(
                    new ContractUnit(day, midday, new BigDecimal("18.50"), new BigDecimal("8.00")));
        }
        contract.getTerms()
                .add(
                        new ContractTerms(
                                contract,
                                FIRST_SCHOOL_DAY,
                                favre.holder(),
                                new BigDecimal("61.67"),
                                1,
                                new BigDecimal("85000.00"),
                                units,
                                null,
                                99L,
                                NOW));
        return contract;
    }

    private record Rendered(String text, List<PDFont> fonts, AnnualEstimate.Result estimate) {}

    private Rendered render(Locale locale) throws IOException {
        Contract contract = contract();
        AnnualEstimate.Result estimate = ContractEstimate.of(contract, calendar, Set.of());
        ResourceBundle bundle = ResourceBundle.getBundle("ch.monportail.i18n.messages", locale);
        byte[] pdf =
                ContractPdf.render(
                        contract,
                        estimate,
                        "Commune de Conthey",
                        "Service générations",
                        locale,
                        bundle::getString);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            return new Rendered(text, fonts, estimate);
        }
    }

    @Test
    void inGermanWithTheStructuresRulesAndTheTotal() throws IOException {
        Rendered pdf = render(Locale.GERMAN);

        assertThat(pdf.text())
                .contains(
                        "Betreuungsvertrag",
                        "vor 17:30 Uhr",
                        "zu 80 %",
                        "Gesamtbetrag: " + SwissFormat.money(pdf.estimate().total()))
                .doesNotContain("Montant total", "18:00");
        assertThat(pdf.estimate().total()).isGreaterThan(new BigDecimal("1000"));
        assertThat(SwissFormat.money(pdf.estimate().total())).contains("'");
    }

    @Test
    void inEnglishWithTheStructuresRulesAndTheTotal() throws IOException {
        Rendered pdf = render(Locale.ENGLISH);

        assertThat(pdf.text())
                .contains(
                        "Attendance contract",
                        "before 17:30",
                        "at 80 %",
                        "An illness follows the same rule as other absences",
                        "Total amount: " + SwissFormat.money(pdf.estimate().total()))
                .doesNotContain("Montant total", "Gesamtbetrag", "18:00");
    }

    @Test
    void theFontsAreEmbedded() throws IOException {
        Rendered pdf = render(Locale.GERMAN);

        assertThat(pdf.fonts()).isNotEmpty();
        assertThat(pdf.fonts()).allMatch(PDFont::isEmbedded, "embedded");
    }
}
