package ch.monportail.billing.control;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.billing.control.CostCertificate.Line;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CostCertificateTest {

    static final Function<String, String> LABELS =
            k ->
                    Map.of(
                                    "certificate.title", "Attestation des frais de garde",
                                    "certificate.intro",
                                            "Montants débités pour l''accueil de l''enfant en {0} :",
                                    "certificate.care", "Frais de garde",
                                    "certificate.meals", "Repas",
                                    "certificate.total", "Total débité",
                                    "certificate.days", "Jours d'accueil facturés")
                            .getOrDefault(k, k);

    static Line line(String kind, String day, String amount) {
        return new Line(kind, LocalDate.parse(day), new BigDecimal(amount));
    }

    static CostCertificate certificate(List<Line> lines) {
        return CostCertificate.of(
                2026,
                "Commune de Conthey",
                "Service générations",
                "Léa Favre",
                LocalDate.of(2018, 3, 14),
                "Claire Favre",
                "Rue du Bourg 1\n1964 Conthey",
                lines,
                LocalDate.of(2027, 1, 15));
    }

    @Test
    void careAndMealsAreSummedApartNetOfReversals() {
        CostCertificate c =
                certificate(
                        List.of(
                                line("CARE", "2026-09-01", "-14.40"),
                                line("MEAL", "2026-09-01", "-8.00"),
                                line("CARE", "2026-09-02", "-14.40"),
                                line("MEAL", "2026-09-02", "-8.00"),
                                line("ABSENCE", "2026-09-03", "-22.40"),
                                line("ABSENCE", "2026-09-03", "22.40"),
                                line("EXTRA_CARE", "2026-09-04", "-25.30"),
                                line("HOLIDAY_CARE", "2026-10-19", "-49.30")));
        assertThat(c.care()).isEqualByComparingTo("103.40");
        assertThat(c.meals()).isEqualByComparingTo("16.00");
        assertThat(c.total()).isEqualByComparingTo("119.40");
        // the reversed absence day does not count
        assertThat(c.days()).isEqualTo(4);
    }

    @Test
    void aYearWithoutCareIsZero() {
        CostCertificate c = certificate(List.of());
        assertThat(c.total()).isEqualByComparingTo("0.00");
        assertThat(c.days()).isZero();
    }

    @Test
    void thePdfSaysWhoWhatAndHowMuch() throws Exception {
        byte[] pdf =
                certificate(
                                List.of(
                                        line("CARE", "2026-09-01", "-1234.40"),
                                        line("MEAL", "2026-09-01", "-8.00")))
                        .pdf(LABELS);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        if (!Files.isExecutable(pdftotext)) {
            return;
        }
        Path file = Files.createTempFile("certificate", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder(pdftotext.toString(), file.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.delete(file);
        assertThat(text.replaceAll("\\s+", " "))
                .contains("Attestation des frais de garde 2026")
                .contains("Léa Favre")
                .contains("14.03.2018")
                .contains("Montants débités pour l'accueil de l'enfant en 2026")
                .contains("CHF 1'234.40")
                .contains("CHF 8.00")
                .contains("CHF 1'242.40")
                .contains("15.01.2027");
    }
}
