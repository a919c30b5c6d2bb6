package ch.monportail.billing.control;

import ch.monportail.platform.control.PdfFonts;
import ch.monportail.platform.control.SwissFormat;
import com.itextpdf.kernel.geom.PageSize;
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
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The yearly childcare-cost certificate of one child for the tax return (DESIGN §7): what the
 * account was debited for the child's care over a calendar year, net of reversals — care (the care
 * units, billed absences, extra and holiday care) apart from meals, which the tax rules usually do
 * not count as childcare costs — and the days of care. Signed by nobody: an issued statement with
 * its date.
 */
public record CostCertificate(
        int year,
        String commune,
        String service,
        String child,
        LocalDate birthDate,
        String holder,
        String holderAddress,
        BigDecimal care,
        BigDecimal meals,
        int days,
        LocalDate issuedOn) {

    public BigDecimal total() {
        return care.add(meals);
    }

    public byte[] pdf(Function<String, String> labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
                Document doc = new Document(pdf, PageSize.A4)) {
            String title = labels.apply("certificate.title") + " " + year;
            pdf.getDocumentInfo().setTitle(title);
            pdf.getDocumentInfo().setCreator("MonPortail");
            doc.setFont(PdfFonts.regular()).setFontSize(10);
            doc.add(new Paragraph(commune + "\n" + service).setFont(PdfFonts.bold()));
            doc.add(
                    new Paragraph(holder + "\n" + holderAddress)
                            .setMarginTop(24)
                            .setMarginLeft(280));
            doc.add(new Paragraph(title).setFont(PdfFonts.bold()).setFontSize(15).setMarginTop(24));
            doc.add(
                    new Paragraph(
                            labels.apply("certificate.child")
                                    + " "
                                    + child
                                    + (birthDate == null
                                            ? ""
                                            : ", "
                                                    + labels.apply("certificate.born")
                                                    + " "
                                                    + SwissFormat.date(birthDate))));
            doc.add(
                    new Paragraph(
                            java.text.MessageFormat.format(
                                    labels.apply("certificate.intro"), String.valueOf(year))));
            Table table = new Table(UnitValue.createPercentArray(new float[] {70, 30}));
            table.useAllAvailableWidth();
            row(table, labels.apply("certificate.care"), SwissFormat.money(care), false);
            row(table, labels.apply("certificate.meals"), SwissFormat.money(meals), false);
            row(table, labels.apply("certificate.total"), SwissFormat.money(total()), true);
            row(table, labels.apply("certificate.days"), String.valueOf(days), false);
            doc.add(table);
            doc.add(
                    new Paragraph(labels.apply("certificate.note"))
                            .setFontSize(8)
                            .setMarginTop(12));
            doc.add(
                    new Paragraph(
                                    labels.apply("certificate.issued")
                                            + " "
                                            + SwissFormat.date(issuedOn))
                            .setMarginTop(18));
        }
        return out.toByteArray();
    }

    private static void row(Table table, String label, String value, boolean bold) {
        Paragraph l = new Paragraph(label);
        Paragraph v = new Paragraph(value).setTextAlignment(TextAlignment.RIGHT);
        if (bold) {
            l.setFont(PdfFonts.bold());
            v.setFont(PdfFonts.bold());
        }
        table.addCell(new Cell().add(l));
        table.addCell(new Cell().add(v));
    }

    /** The sums of a child's lines: kinds with signed amounts (debits negative). */
    public static CostCertificate of(
            int year,
            String commune,
            String service,
            String child,
            LocalDate birthDate,
            String holder,
            String holderAddress,
            List<Line> lines,
            LocalDate issuedOn) {
        BigDecimal care = BigDecimal.ZERO.setScale(2);
        BigDecimal meals = BigDecimal.ZERO.setScale(2);
        java.util.Map<LocalDate, BigDecimal> careByDay = new java.util.HashMap<>();
        for (Line l : lines) {
            BigDecimal cost = l.amount().negate();
            if ("MEAL".equals(l.kind())) {
                meals = meals.add(cost);
            } else {
                care = care.add(cost);
                careByDay.merge(l.day(), cost, BigDecimal::add);
            }
        }
        int days = (int) careByDay.values().stream().filter(c -> c.signum() > 0).count();
        return new CostCertificate(
                year,
                commune,
                service,
                child,
                birthDate,
                holder,
                holderAddress,
                care,
                meals,
                days,
                issuedOn);
    }

    /** A service line: its kind (for a reversal, the kind it reverses), day and signed amount. */
    public record Line(String kind, LocalDate day, BigDecimal amount) {}
}
