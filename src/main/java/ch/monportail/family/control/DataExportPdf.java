package ch.monportail.family.control;

import ch.monportail.platform.control.PdfFonts;
import ch.monportail.platform.control.SwissFormat;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;

/**
 * The readable copy of {@link DataExport}: a title, the date, one heading per section and a
 * two-column table (field, value) per item, labels in the reader's language ({@code labels} maps an
 * i18n key to its text: {@code export.section.NAME}, {@code export.field.NAME}), dates dd.MM.yyyy.
 */
public final class DataExportPdf {

    private DataExportPdf() {}

    public static byte[] render(
            DataExport export,
            String title,
            String subtitle,
            Function<String, String> labels,
            ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
                Document document = new Document(pdf)) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(title);
            info.setCreator("MonPortail");
            PdfFont regular = PdfFonts.regular();
            PdfFont bold = PdfFonts.bold();
            document.setFont(regular).setFontSize(10);
            document.add(new Paragraph(title).setFont(bold).setFontSize(16));
            document.add(
                    new Paragraph(
                            subtitle
                                    + " "
                                    + SwissFormat.dateTime(
                                            LocalDateTime.ofInstant(
                                                    export.getGeneratedAt(), zone))));
            for (DataExport.Section section : export.getSections()) {
                document.add(
                        new Paragraph(labels.apply("export.section." + section.name()))
                                .setFont(bold)
                                .setFontSize(13)
                                .setMarginTop(12));
                if (section.items().isEmpty()) {
                    document.add(new Paragraph(labels.apply("export.none")));
                }
                for (Map<String, Object> item : section.items()) {
                    Table table =
                            new Table(UnitValue.createPercentArray(new float[] {35, 65}))
                                    .useAllAvailableWidth()
                                    .setMarginBottom(6);
                    item.forEach(
                            (name, value) -> {
                                table.addCell(
                                        new Cell()
                                                .add(
                                                        new Paragraph(
                                                                labels.apply(
                                                                        "export.field." + name)))
                                                .setFont(bold));
                                table.addCell(
                                        new Cell().add(new Paragraph(text(value, zone, labels))));
                            });
                    document.add(table);
                }
            }
        }
        return out.toByteArray();
    }

    private static String text(Object value, ZoneId zone, Function<String, String> labels) {
        if (value == null) {
            return "—";
        }
        if (value instanceof LocalDate date) {
            return SwissFormat.date(date);
        }
        if (value instanceof Instant instant) {
            return SwissFormat.dateTime(LocalDateTime.ofInstant(instant, zone));
        }
        if (value instanceof BigDecimal amount) {
            return SwissFormat.money(amount);
        }
        if (value instanceof Boolean flag) {
            return labels.apply(flag ? "export.yes" : "export.no");
        }
        return value.toString();
    }
}
