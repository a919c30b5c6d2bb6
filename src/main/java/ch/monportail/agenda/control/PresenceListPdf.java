package ch.monportail.agenda.control;

import ch.monportail.agenda.boundary.PresenceList;
import ch.monportail.platform.control.PdfFonts;
import ch.monportail.platform.control.SwissFormat;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.time.LocalTime;
import java.util.function.Function;

/**
 * The printable presence list (DESIGN §6) for the door of the structure: per care unit, each child
 * with allergies, who may pick them up, the absences, and empty boxes to tick arrival and departure
 * by hand (or the times already recorded). Landscape A4, fonts embedded.
 */
public final class PresenceListPdf {

    private PresenceListPdf() {}

    public static byte[] render(PresenceList list, Function<String, String> labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
                Document doc = new Document(pdf, PageSize.A4.rotate())) {
            pdf.getDocumentInfo().setTitle(labels.apply("presence.title"));
            pdf.getDocumentInfo().setCreator("MonPortail");
            PdfFont regular = PdfFonts.regular();
            PdfFont bold = PdfFonts.bold();
            doc.setFont(regular).setFontSize(9.5f);
            doc.add(
                    new Paragraph(
                                    labels.apply("presence.title")
                                            + " · "
                                            + list.structure()
                                            + " · "
                                            + SwissFormat.date(list.day()))
                            .setFont(bold)
                            .setFontSize(14));
            for (PresenceList.Unit unit : list.units()) {
                doc.add(
                        new Paragraph(
                                        unit.name()
                                                + "  "
                                                + time(unit.starts())
                                                + "–"
                                                + time(unit.ends())
                                                + " · "
                                                + labels.apply("presence.expected")
                                                + " "
                                                + unit.getExpected()
                                                + " / "
                                                + unit.capacity())
                                .setFont(bold)
                                .setFontSize(11)
                                .setMarginTop(10));
                Table table =
                        new Table(UnitValue.createPercentArray(new float[] {22, 24, 34, 10, 10}));
                table.useAllAvailableWidth();
                for (String header :
                        new String[] {
                            "presence.child",
                            "presence.diet",
                            "presence.pickups",
                            "presence.in",
                            "presence.out"
                        }) {
                    table.addHeaderCell(
                            new Cell().add(new Paragraph(labels.apply(header)).setFont(bold)));
                }
                for (PresenceList.Row row : unit.rows()) {
                    String child = row.child();
                    if (row.isAbsent()) {
                        child += "\n" + labels.apply("absence.reason." + row.absenceReason());
                    }
                    table.addCell(new Cell().add(new Paragraph(child)));
                    table.addCell(
                            new Cell()
                                    .add(
                                            new Paragraph(
                                                    (row.diet() == null ? "" : row.diet())
                                                            + (row.medicalNotes()
                                                                    ? "\n"
                                                                            + labels.apply(
                                                                                    "presence.medicalNotes")
                                                                    : ""))));
                    table.addCell(new Cell().add(new Paragraph(row.pickups())));
                    table.addCell(
                            new Cell()
                                    .add(
                                            new Paragraph(
                                                    row.isAbsent() ? "—" : time(row.checkedIn()))));
                    table.addCell(
                            new Cell()
                                    .add(
                                            new Paragraph(
                                                    row.isAbsent()
                                                            ? "—"
                                                            : time(row.checkedOut()))));
                }
                doc.add(table);
            }
            if (list.units().isEmpty()) {
                doc.add(new Paragraph(labels.apply("presence.nobody")));
            }
        }
        return out.toByteArray();
    }

    private static String time(LocalTime time) {
        return time == null ? "" : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
