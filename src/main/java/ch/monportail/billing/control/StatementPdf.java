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
import java.util.function.Function;

/**
 * The account statement for a period as a PDF (DESIGN §7): the holder, the reference, the balance
 * before, every line with the balance after it, the totals and the balance at the end. A4, fonts
 * embedded.
 */
public final class StatementPdf {

    private StatementPdf() {}

    public static byte[] render(
            Statement statement, String commune, Function<String, String> labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
                Document doc = new Document(pdf, PageSize.A4)) {
            String title = labels.apply("transactions.statement");
            pdf.getDocumentInfo().setTitle(title);
            pdf.getDocumentInfo().setCreator("MonPortail");
            doc.setFont(PdfFonts.regular()).setFontSize(9);
            doc.add(new Paragraph(commune).setFont(PdfFonts.bold()).setFontSize(10));
            doc.add(new Paragraph(title).setFont(PdfFonts.bold()).setFontSize(15));
            doc.add(
                    new Paragraph(
                            statement.holder()
                                    + "\n"
                                    + labels.apply("payments.reference")
                                    + " "
                                    + statement.reference()
                                    + "\n"
                                    + labels.apply("transactions.period")
                                    + " "
                                    + SwissFormat.date(statement.from())
                                    + " – "
                                    + SwissFormat.date(statement.to())));
            Table table =
                    new Table(UnitValue.createPercentArray(new float[] {12, 12, 13, 33, 14, 16}));
            table.useAllAvailableWidth();
            // 9 pt: a balance like "CHF -12'345.65" stays on one line in its column
            table.setFontSize(9);
            for (String h :
                    new String[] {
                        "transactions.date",
                        "transactions.valueDate",
                        "transactions.child",
                        "transactions.description",
                        "transactions.amount",
                        "transactions.balance"
                    }) {
                table.addHeaderCell(
                        new Cell().add(new Paragraph(labels.apply(h)).setFont(PdfFonts.bold())));
            }
            row(
                    table,
                    "",
                    "",
                    "",
                    labels.apply("transactions.opening"),
                    "",
                    money(statement.opening()));
            for (Statement.Line l : statement.lines()) {
                row(
                        table,
                        SwissFormat.date(l.getDate()),
                        SwissFormat.date(l.valueOn()),
                        l.child() == null ? "" : l.child(),
                        l.describe(labels),
                        SwissFormat.amount(l.amount()),
                        SwissFormat.amount(l.balance()));
            }
            row(
                    table,
                    "",
                    "",
                    "",
                    labels.apply("transactions.closing"),
                    "",
                    money(statement.closing()));
            doc.add(table);
            doc.add(
                    new Paragraph(
                                    labels.apply("transactions.totalDebits")
                                            + " "
                                            + money(statement.debits())
                                            + " · "
                                            + labels.apply("transactions.totalCredits")
                                            + " "
                                            + money(statement.credits()))
                            .setMarginTop(8));
            doc.add(new Paragraph(labels.apply("transactions.balanceNote")).setFontSize(8));
        }
        return out.toByteArray();
    }

    private static String money(java.math.BigDecimal amount) {
        return SwissFormat.money(amount);
    }

    private static void row(Table table, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            Paragraph p = new Paragraph(cells[i]);
            if (i >= 4) {
                p.setTextAlignment(TextAlignment.RIGHT);
            }
            table.addCell(new Cell().add(p));
        }
    }
}
