package ch.monportail.contract.control;

import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractTerms;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.platform.control.PdfFonts;
import ch.monportail.platform.control.SwissFormat;
import ch.monportail.structure.control.AnnualEstimate;
import ch.monportail.structure.entity.AgendaSettings;
import ch.monportail.structure.entity.CareUnit;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The contract as PDF (DESIGN §5, the guide: "cliquez sur l'imprimante pour que le contrat
 * apparaisse en PDF"): the commune's and the structure's header, the legal representatives, the
 * child, the period, the weekly schedule, the unit prices, the structure's absence rules (cut-off,
 * late percentage, illness, as the agenda applies them), « Montant total : CHF … » with the monthly
 * estimate and what is not included, and a signature block. The numbers come from {@link
 * ContractEstimate}, the same as on the page. Labels in the reader's language ({@code labels}: i18n
 * key → text; {@code contract.pdf.*}).
 */
public final class ContractPdf {

    private static final List<DayOfWeek> WEEKDAYS =
            List.of(
                    DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY);

    private ContractPdf() {}

    public static byte[] render(
            Contract contract,
            AnnualEstimate.Result estimate,
            String communeName,
            String serviceName,
            Locale locale,
            Function<String, String> labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContractTerms terms = contract.getCurrentTerms();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
                Document doc = new Document(pdf)) {
            pdf.getDocumentInfo().setTitle(labels.apply("contract.pdf.title"));
            pdf.getDocumentInfo().setCreator("MonPortail");
            PdfFont regular = PdfFonts.regular();
            PdfFont bold = PdfFonts.bold();
            doc.setFont(regular).setFontSize(9.5f);
            doc.add(new Paragraph(communeName + " · " + serviceName).setFont(bold).setFontSize(11));
            doc.add(
                    new Paragraph(
                            contract.getStructure().getName()
                                    + line(contract.getStructure().getStreet())
                                    + line(
                                            join(
                                                    contract.getStructure().getPostcode(),
                                                    contract.getStructure().getCity()))));
            doc.add(
                    new Paragraph(labels.apply("contract.pdf.title"))
                            .setFont(bold)
                            .setFontSize(16)
                            .setMarginTop(8));
            doc.add(
                    new Paragraph(
                            labels.apply("contract.pdf.number")
                                    + " "
                                    + contract.getId()
                                    + " · "
                                    + labels.apply("contract.pdf.schoolYear")
                                    + " "
                                    + contract.getSchoolYear().getLabel()));

            Table parties = new Table(UnitValue.createPercentArray(new float[] {30, 70}));
            parties.useAllAvailableWidth();
            row(
                    parties,
                    bold,
                    labels.apply("contract.pdf.child"),
                    contract.getChild().getDisplayName()
                            + ", "
                            + labels.apply("contract.pdf.born")
                            + " "
                            + SwissFormat.date(contract.getChild().getBirthDate()));
            for (LegalRepresentative r : contract.getChild().getFamily().getRepresentatives()) {
                row(
                        parties,
                        bold,
                        labels.apply("contract.pdf.representative"),
                        r.getDisplayName()
                                + line(r.getStreet())
                                + line(join(r.getPostcode(), r.getCity()))
                                + (r.getId().equals(terms.getHolder().getId())
                                        ? "\n" + labels.apply("contract.pdf.holder")
                                        : ""));
            }
            row(
                    parties,
                    bold,
                    labels.apply("contract.pdf.period"),
                    SwissFormat.date(contract.getStartsOn())
                            + " – "
                            + SwissFormat.date(contract.getEndsOn()));
            row(
                    parties,
                    bold,
                    labels.apply("contract.pdf.tariff"),
                    terms.getPercent().stripTrailingZeros().toPlainString()
                            + " % "
                            + labels.apply("contract.pdf.ofFullPrice")
                            + (terms.getSiblingRank() > 1
                                    ? ", "
                                            + labels.apply("contract.pdf.siblingRank")
                                            + " "
                                            + terms.getSiblingRank()
                                    : ""));
            doc.add(parties.setMarginTop(8));

            doc.add(
                    new Paragraph(labels.apply("contract.pdf.schedule"))
                            .setFont(bold)
                            .setMarginTop(10));
            Map<CareUnit, ContractUnit> byUnit = new LinkedHashMap<>();
            terms.getUnits().forEach(u -> byUnit.putIfAbsent(u.getCareUnit(), u));
            Table schedule =
                    new Table(UnitValue.createPercentArray(new float[] {30, 14, 14, 14, 14, 14}));
            schedule.useAllAvailableWidth();
            schedule.addHeaderCell(
                    new Cell().add(new Paragraph(labels.apply("contract.pdf.unit"))).setFont(bold));
            for (DayOfWeek day : WEEKDAYS) {
                schedule.addHeaderCell(
                        new Cell()
                                .add(new Paragraph(day.getDisplayName(TextStyle.SHORT, locale)))
                                .setFont(bold)
                                .setTextAlignment(TextAlignment.CENTER));
            }
            for (CareUnit unit : byUnit.keySet()) {
                schedule.addCell(new Cell().add(new Paragraph(unit.getLabel())));
                for (DayOfWeek day : WEEKDAYS) {
                    boolean booked =
                            terms.unitsOn(day).stream()
                                    .anyMatch(u -> u.getCareUnit().getId().equals(unit.getId()));
                    schedule.addCell(
                            new Cell()
                                    .add(new Paragraph(booked ? "●" : ""))
                                    .setTextAlignment(TextAlignment.CENTER));
                }
            }
            doc.add(schedule);

            doc.add(
                    new Paragraph(labels.apply("contract.pdf.prices"))
                            .setFont(bold)
                            .setMarginTop(10));
            Table prices = new Table(UnitValue.createPercentArray(new float[] {40, 20, 20, 20}));
            prices.useAllAvailableWidth();
            for (String key :
                    List.of(
                            "contract.pdf.unit",
                            "contract.pdf.care",
                            "contract.pdf.meal",
                            "contract.pdf.perDay")) {
                prices.addHeaderCell(
                        new Cell().add(new Paragraph(labels.apply(key))).setFont(bold));
            }
            for (ContractUnit u : byUnit.values()) {
                prices.addCell(new Cell().add(new Paragraph(u.getCareUnit().getName())));
                prices.addCell(money(u.getCarePrice()));
                prices.addCell(money(u.getMealPrice()));
                prices.addCell(money(u.getPrice()));
            }
            doc.add(prices);

            doc.add(
                    new Paragraph(labels.apply("contract.pdf.absenceRules"))
                            .setFont(bold)
                            .setMarginTop(10));
            doc.add(
                    new Paragraph(
                            absenceRules(
                                    contract.getStructure().getAgendaSettings(), locale, labels)));

            doc.add(
                    new Paragraph(
                                    labels.apply("contract.pdf.total")
                                            + " "
                                            + SwissFormat.money(estimate.total()))
                            .setFont(bold)
                            .setFontSize(13)
                            .setMarginTop(12)
                            .setBorderTop(
                                    new com.itextpdf.layout.borders.SolidBorder(
                                            ColorConstants.BLACK, 1)));
            doc.add(
                    new Paragraph(
                            labels.apply("contract.pdf.days")
                                    + " "
                                    + estimate.attendanceDays()
                                    + " · "
                                    + labels.apply("contract.pdf.monthly")
                                    + " "
                                    + SwissFormat.money(estimate.total())
                                    + " ÷ "
                                    + estimate.months().size()
                                    + " = "
                                    + SwissFormat.money(estimate.monthly())));
            doc.add(new Paragraph(labels.apply("contract.pdf.notIncluded")).setFontSize(8.5f));

            Table signatures = new Table(UnitValue.createPercentArray(new float[] {50, 50}));
            signatures.useAllAvailableWidth().setMarginTop(24);
            signatures.addCell(
                    signature(labels.apply("contract.pdf.signService") + "\n" + serviceName));
            signatures.addCell(
                    signature(
                            labels.apply("contract.pdf.signHolder")
                                    + "\n"
                                    + terms.getHolder().getDisplayName()));
            doc.add(signatures);
        }
        return out.toByteArray();
    }

    /**
     * The structure's own absence rules (its {@link AgendaSettings}, edited by the ADMIN and
     * applied by the agenda): the cut-off time of the previous working day, the share billed for a
     * late absence, the illness rule — in the reader's language.
     */
    static String absenceRules(
            AgendaSettings rules, Locale locale, Function<String, String> labels) {
        return format(
                        labels.apply("contract.pdf.absenceCutoff"),
                        locale,
                        rules.getAbsenceCutoff().format(DateTimeFormatter.ofPattern("HH:mm")))
                + " "
                + format(
                        labels.apply("contract.pdf.absenceLate"),
                        locale,
                        String.valueOf(rules.getLateAbsencePercent()))
                + " "
                + labels.apply("contract.pdf.illness." + rules.getIllnessRule().name());
    }

    private static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static Cell signature(String text) {
        return new Cell()
                .add(new Paragraph(text))
                .add(new Paragraph("\n\n____________________________"))
                .setBorder(com.itextpdf.layout.borders.Border.NO_BORDER);
    }

    private static Cell money(BigDecimal amount) {
        return new Cell()
                .add(new Paragraph(SwissFormat.money(amount)))
                .setTextAlignment(TextAlignment.RIGHT);
    }

    private static void row(Table table, PdfFont bold, String label, String value) {
        table.addCell(new Cell().add(new Paragraph(label)).setFont(bold));
        table.addCell(new Cell().add(new Paragraph(value)));
    }

    private static String line(String text) {
        return text == null || text.isBlank() ? "" : "\n" + text;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + " " + b;
    }
}
