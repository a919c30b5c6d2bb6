package ch.monportail.document.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The original name of an uploaded file, kept as data and shown back — never used as a path (files
 * live in the database under a generated key). Cleaned of what could break a page, a header or a
 * file system: any folder part ({@code ../}, {@code C:\}), control characters and line breaks,
 * quotes and the characters Windows refuses; at most 120 characters; its extension the one of its
 * real type. {@link #contentDisposition} writes it into the header as RFC 6266 asks: an ASCII
 * fallback and the UTF-8 name.
 */
public final class FileName {

    static final int MAX_LENGTH = 120;

    private FileName() {}

    /** The name to keep: cleaned, with the extension of the file's real type. */
    public static String clean(String original, FileCheck.Type type) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        // the last part of any path, whichever separator the client's system uses
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name =
                name.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u200B-\\u200F\\u202A-\\u202E]", "")
                        .replaceAll("[\"'`<>:|?*;%]", "_")
                        .replaceAll("\\s+", " ")
                        .strip();
        String base = name;
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            base = name.substring(0, dot);
        }
        base = base.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (base.isEmpty()) {
            base = "document";
        }
        String extension = "." + type.extension();
        if (base.length() + extension.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH - extension.length()).strip();
        }
        return base + extension;
    }

    /**
     * The {@code Content-Disposition} header value ({@code inline} to preview, {@code attachment}
     * to download) for a cleaned name.
     */
    public static String contentDisposition(boolean inline, String cleanName) {
        String ascii =
                Normalizer.normalize(cleanName, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .replaceAll("[^\\x20-\\x7E]", "_")
                        .replace("\\", "_")
                        .replace("\"", "_");
        String utf8 = URLEncoder.encode(cleanName, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment")
                + "; filename=\""
                + ascii
                + "\"; filename*=UTF-8''"
                + utf8;
    }
}
