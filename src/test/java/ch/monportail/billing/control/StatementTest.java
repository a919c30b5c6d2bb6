package ch.monportail.billing.control;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.billing.control.Statement.Line;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StatementTest {

    static final Map<String, String> LABELS =
            Map.ofEntries(
                    Map.entry("billing.kind.CARE", "Accueil"),
                    Map.entry("billing.kind.MEAL", "Repas"),
                    Map.entry("billing.kind.PAYMENT", "Paiement reçu"),
                    Map.entry("billing.kind.REVERSAL", "Annulation"),
                    Map.entry("billing.reversalOf", "Annulation :"),
                    Map.entry("billing.kind.ABSENCE", "Absence facturée"),
                    Map.entry("billing.kind.CORRECTION", "Correction"),
                    Map.entry("transactions.date", "Date"),
                    Map.entry("transactions.valueDate", "Valeur"),
                    Map.entry("transactions.child", "Enfant"),
                    Map.entry("transactions.description", "Description"),
                    Map.entry("transactions.amount", "Montant"),
                    Map.entry("transactions.balance", "Solde"),
                    Map.entry("transactions.opening", "Solde au début"),
                    Map.entry("transactions.closing", "Solde à la fin"));
    static final Function<String, String> L = k -> LABELS.getOrDefault(k, k);

    static Line line(
            long id, String day, String kind, String reversed, String unit, String amount) {
        LocalDate d = LocalDate.parse(day);
        boolean service = !"PAYMENT".equals(kind) && !"CORRECTION".equals(kind);
        return new Line(
                id,
                service ? d.plusDays(1) : d,
                service ? d : null,
                kind,
                reversed,
                service ? "Léa" : null,
                unit,
                "PAYMENT".equals(kind) ? "Claire Favre" : null,
                new BigDecimal(amount),
                null);
    }

    static Statement statement() {
        return Statement.of(
                "Claire Favre",
                "00 00000 00000 00000 00010 00015",
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 31),
                new BigDecimal("-100.00"),
                List.of(
                        line(1, "2027-03-08", "CARE", null, "Midi", "-12.30"),
                        line(2, "2027-03-08", "MEAL", null, "Midi", "-7.50"),
                        line(3, "2027-03-10", "PAYMENT", null, null, "119.80"),
                        line(4, "2027-03-08", "REVERSAL", "ABSENCE", "Après-midi", "9.00")));
    }

    @Test
    void theRunningBalanceStartsFromTheOpeningAndEndsAtTheClosing() {
        Statement s = statement();
        assertThat(s.lines())
                .extracting(l -> l.balance().toPlainString())
                .containsExactly("-112.30", "-119.80", "0.00", "9.00");
        assertThat(s.closing()).isEqualByComparingTo("9.00");
        assertThat(s.debits()).isEqualByComparingTo("19.80");
        assertThat(s.credits()).isEqualByComparingTo("128.80");
        assertThat(s.opening().add(s.credits()).subtract(s.debits()))
                .isEqualByComparingTo(s.closing());
    }

    @Test
    void eachLineSaysWhatItIs() {
        List<Line> lines = statement().lines();
        assertThat(lines.get(0).describe(L)).isEqualTo("Accueil · Midi");
        assertThat(lines.get(2).describe(L)).isEqualTo("Paiement reçu — Claire Favre");
        assertThat(lines.get(3).describe(L))
                .isEqualTo("Annulation : Absence facturée · Après-midi 08.03.2027");
        assertThat(lines.get(0).getDate()).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(lines.get(2).getDate()).isEqualTo(LocalDate.of(2027, 3, 10));
    }

    @Test
    void theCsvKeepsAmountsAsNumbersAndTheSwissDate() {
        String csv = statement().csv(L);
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.lines().toList())
                .hasSize(5)
                .element(1)
                .isEqualTo("08.03.2027;09.03.2027;Léa;Accueil · Midi;-12.30;-112.30");
    }

    @Test
    void thePdfStatementListsTheLinesAndTheBalances() throws Exception {
        byte[] pdf = StatementPdf.render(statement(), "Commune de Conthey", L);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        if (!Files.isExecutable(pdftotext)) {
            return;
        }
        Path file = Files.createTempFile("statement", ".pdf");
        Files.write(file, pdf);
        Process p =
                new ProcessBuilder(pdftotext.toString(), "-layout", file.toString(), "-").start();
        String text =
                new String(
                        p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        Files.delete(file);
        // the description column wraps: compare with the whitespace folded
        assertThat(text.replaceAll("\\s+", " "))
                .contains("Claire Favre")
                .contains("00 00000 00000 00000 00010 00015")
                .contains("01.03.2027")
                .contains("-12.30")
                .contains("-112.30")
                .contains("CHF 9.00")
                .contains("Annulation : Absence")
                .contains("Après-midi");
    }

    @Test
    void aLargeBalanceStaysOnOneLineInThePdf() throws Exception {
        Statement large =
                Statement.of(
                        "Claire Favre",
                        "00 00000 00000 00000 00010 00015",
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 31),
                        new BigDecimal("-12333.35"),
                        List.of(line(1, "2027-03-08", "CARE", null, "Midi", "-12.30")));
        byte[] pdf = StatementPdf.render(large, "Commune de Conthey", L);
        try (org.apache.pdfbox.pdmodel.PDDocument document =
                org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("CHF -12'333.35", "CHF -12'345.65", "-12'345.65");
        }
    }
}
