package ch.monportail.document.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A one-page PDF with a line of text: the demo's documents and the tests' samples (a certificate, a
 * programme). The standard Helvetica has no glyph for some characters: they are written plainly (é
 * → e, — → -).
 */
public final class OnePagePdf {

    private OnePagePdf() {}

    public static byte[] of(String line) {
        return of(line, null);
    }

    /** The same, with a change to the document before it is saved (e.g. a script, a password). */
    public static byte[] of(String line, Consumer<PDDocument> change) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(60, 720);
                text.showText(plain(line));
                text.endText();
            }
            if (change != null) {
                change.accept(document);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(String line) {
        return java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[\\u2013\\u2014]", "-")
                .replaceAll("[^\\x20-\\x7E]", "?");
    }
}
