package ch.monportail.platform.control;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF: DejaVu Sans, embedded (subset). The standard PDF fonts only cover
 * Latin-1; a contract or a copy under the right of access must keep every letter of a name (Łukasz,
 * Đorđević) and the Swiss apostrophe of amounts.
 */
public final class PdfFonts {

    private PdfFonts() {}

    public static PdfFont regular() {
        return font("DejaVuSans.ttf");
    }

    public static PdfFont bold() {
        return font("DejaVuSans-Bold.ttf");
    }

    private static PdfFont font(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/ch/monportail/fonts/" + name)) {
            if (in == null) {
                throw new IOException("font missing: " + name);
            }
            return PdfFontFactory.createFont(
                    in.readAllBytes(),
                    PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.PREFER_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
