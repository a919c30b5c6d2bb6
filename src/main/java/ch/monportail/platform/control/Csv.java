package ch.monportail.platform.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for spreadsheet users in Switzerland: semicolon-separated (what Excel expects with Swiss
 * regional settings), every field quoted when needed (RFC 4180 quoting), UTF-8 with a byte-order
 * mark so that accents open correctly, and fields starting with {@code = + - @} prefixed with an
 * apostrophe so that a crafted value cannot run as a formula (CSV injection).
 */
public final class Csv {

    public static final String BOM = "\uFEFF";
    private static final char SEPARATOR = ';';

    /** A plain signed number (an amount) is no formula and stays a number for the spreadsheet. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {}

    public static String line(List<String> fields) {
        return fields.stream()
                        .map(Csv::field)
                        .collect(Collectors.joining(String.valueOf(SEPARATOR)))
                + "\r\n";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe =
                !value.isEmpty()
                                && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
                                && !NUMBER.matcher(value).matches()
                        ? "'" + value
                        : value;
        boolean quote =
                safe.indexOf(SEPARATOR) >= 0
                        || safe.indexOf('"') >= 0
                        || safe.indexOf('\n') >= 0
                        || safe.indexOf('\r') >= 0
                        || !safe.equals(value);
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
