package ch.monportail.platform.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The Swiss formats people read, the same in every language of the portal (DESIGN §9): dates {@code
 * 27.11.2026}, date-times {@code 27.11.2026 14:05}, money {@code CHF 1'234.50} with the apostrophe
 * as grouping separator and the minus sign before the currency-less number ({@code CHF -12.30}).
 * Money is always shown with two decimals; rounding to CHF 0.05 is a billing rule, not a display
 * rule.
 */
public final class SwissFormat {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    public static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private SwissFormat() {}

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    /** {@code CHF 1'234.50}; {@code null} gives an empty string. */
    public static String money(BigDecimal amount) {
        return amount == null ? "" : "CHF " + amount(amount);
    }

    /** {@code 1'234.50} without the currency, for table columns headed "CHF". */
    public static String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('\'');
        symbols.setDecimalSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** An IBAN in groups of four, as printed on a bill: {@code CH44 3199 9123 0008 8901 2}. */
    public static String iban(String iban) {
        return iban == null ? "" : iban.replace(" ", "").replaceAll("(.{4})(?!$)", "$1 ");
    }

    /**
     * An amount as people type it in Switzerland — {@code 1'234.50}, {@code 1234,50}, {@code 1 234}
     * — or null when blank.
     *
     * @throws NumberFormatException when it is not a number
     */
    public static BigDecimal parseAmount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain =
                typed.strip()
                        .replace("'", "")
                        .replace("’", "")
                        .replace(" ", "")
                        .replace("\u00a0", "")
                        .replace("\u202f", "");
        if (plain.matches(".*[.,].*[.,].*")) {
            throw new NumberFormatException("two decimal separators: " + typed);
        }
        return new BigDecimal(plain.replace(",", "."));
    }
}
