package ch.monportail.document.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.Tika;

/**
 * What an uploaded file really is (DESIGN §8): a PDF, a JPEG or a PNG recognised by its content —
 * never by its name or the type the browser declares — complete and readable, at most 10 MB.
 * Everything else is refused with the reason, and nothing is stored:
 *
 * <ul>
 *   <li>empty; larger than 10 MB;
 *   <li>another type (Apache Tika's detection by magic bytes: an executable renamed {@code .pdf} is
 *       an executable);
 *   <li>cut short or with data after its end (a PDF without its {@code %%EOF}, a PNG whose last
 *       chunk is not {@code IEND}, a JPEG not ending with its end-of-image marker) — which also
 *       refuses the polyglots that hide a second file (a ZIP, an executable) behind an image or a
 *       PDF;
 *   <li>a PDF that carries scripts or launch actions, or is encrypted (the staff could not read
 *       it), or that PDFBox cannot open; an image that cannot be decoded.
 * </ul>
 *
 * Pure: the upload service calls it before storing anything.
 */
public final class FileCheck {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The accepted types, with their MIME type and the extension of their storage name. */
    public enum Type {
        PDF("application/pdf", "pdf"),
        JPEG("image/jpeg", "jpg"),
        PNG("image/png", "png");

        private final String mimeType;
        private final String extension;

        Type(String mimeType, String extension) {
            this.mimeType = mimeType;
            this.extension = extension;
        }

        public String mimeType() {
            return mimeType;
        }

        public String extension() {
            return extension;
        }

        public boolean isImage() {
            return this != PDF;
        }
    }

    /** The verdict: the type, or the bundle key of the reason for refusing. */
    public record Verdict(Type type, String refusal) {

        static Verdict accepted(Type type) {
            return new Verdict(type, null);
        }

        static Verdict refused(String key) {
            return new Verdict(null, key);
        }

        public boolean isAccepted() {
            return type != null;
        }
    }

    private static final Tika TIKA = new Tika();

    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** PDF names of active content (scripts, launch actions, embedded files, XFA forms). */
    private static final java.util.regex.Pattern ACTIVE_PDF =
            java.util.regex.Pattern.compile(
                    "/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA)(?![A-Za-z0-9])");

    /** A {@code #xx} escape in a PDF name (how {@code /JavaScript} is spelt to hide it). */
    private static final java.util.regex.Pattern NAME_ESCAPE =
            java.util.regex.Pattern.compile("#([0-9A-Fa-f]{2})");

    private FileCheck() {}

    public static Verdict check(byte[] content) {
        if (content == null || content.length == 0) {
            return Verdict.refused("document.invalid.empty");
        }
        if (content.length > MAX_BYTES) {
            return Verdict.refused("document.invalid.tooLarge");
        }
        Optional<Type> type = detect(content);
        if (type.isEmpty()) {
            return Verdict.refused("document.invalid.type");
        }
        return switch (type.get()) {
            case PDF -> pdf(content);
            case JPEG -> image(content, Type.JPEG, endsWithJpegEnd(content));
            case PNG -> image(content, Type.PNG, endsWithPngEnd(content));
        };
    }

    /** The type by content (Tika's magic bytes), if it is one of the accepted ones. */
    static Optional<Type> detect(byte[] content) {
        String mime = TIKA.detect(content);
        for (Type t : Type.values()) {
            if (t.mimeType().equals(mime)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Verdict pdf(byte[] content) {
        if (!startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))
                || !endsWithPdfEof(content)) {
            return Verdict.refused("document.invalid.incomplete");
        }
        String text =
                NAME_ESCAPE
                        .matcher(new String(content, StandardCharsets.ISO_8859_1))
                        // a decoded '\\' or '$' is text, not a group reference
                        .replaceAll(
                                m ->
                                        java.util.regex.Matcher.quoteReplacement(
                                                String.valueOf(
                                                        (char) Integer.parseInt(m.group(1), 16))));
        if (ACTIVE_PDF.matcher(text).find()) {
            return Verdict.refused("document.invalid.active");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                return Verdict.refused("document.invalid.encrypted");
            }
            // what hides in compressed object streams, seen through the parsed catalog
            var catalog = document.getDocumentCatalog();
            var names = catalog.getNames();
            if ((names != null
                            && (names.getJavaScript() != null || names.getEmbeddedFiles() != null))
                    || catalog.getOpenAction()
                            instanceof org.apache.pdfbox.pdmodel.interactive.action.PDAction
                    || (catalog.getAcroForm() != null && catalog.getAcroForm().hasXFA())) {
                return Verdict.refused("document.invalid.active");
            }
            if (document.getNumberOfPages() < 1) {
                return Verdict.refused("document.invalid.unreadable");
            }
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            return Verdict.refused("document.invalid.encrypted");
        } catch (IOException | RuntimeException e) {
            return Verdict.refused("document.invalid.unreadable");
        }
        return Verdict.accepted(Type.PDF);
    }

    private static Verdict image(byte[] content, Type type, boolean complete) {
        if (!complete) {
            return Verdict.refused("document.invalid.incomplete");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                return Verdict.refused("document.invalid.unreadable");
            }
        } catch (IOException | RuntimeException e) {
            return Verdict.refused("document.invalid.unreadable");
        }
        return Verdict.accepted(type);
    }

    /** {@code %%EOF} in the last 1,024 bytes, followed only by line ends and spaces. */
    static boolean endsWithPdfEof(byte[] content) {
        int from = Math.max(0, content.length - 1024);
        for (int i = content.length - PDF_EOF.length; i >= from; i--) {
            if (regionMatches(content, i, PDF_EOF)) {
                for (int j = i + PDF_EOF.length; j < content.length; j++) {
                    byte b = content[j];
                    if (b != '\r' && b != '\n' && b != ' ' && b != '\t' && b != 0) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The end-of-image marker {@code FF D9} as the last two bytes. */
    static boolean endsWithJpegEnd(byte[] c) {
        return c.length >= 4
                && (c[c.length - 2] & 0xff) == 0xff
                && (c[c.length - 1] & 0xff) == 0xd9;
    }

    /** The {@code IEND} chunk (length 0, type, CRC) as the last 12 bytes. */
    static boolean endsWithPngEnd(byte[] c) {
        return c.length >= 20
                && regionMatches(c, c.length - 8, "IEND".getBytes(StandardCharsets.US_ASCII))
                && c[c.length - 12] == 0
                && c[c.length - 11] == 0
                && c[c.length - 10] == 0
                && c[c.length - 9] == 0;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && regionMatches(content, 0, prefix);
    }

    private static boolean regionMatches(byte[] content, int at, byte[] part) {
        if (at < 0 || at + part.length > content.length) {
            return false;
        }
        for (int i = 0; i < part.length; i++) {
            if (content[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }
}
