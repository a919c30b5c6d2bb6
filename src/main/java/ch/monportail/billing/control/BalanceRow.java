package ch.monportail.billing.control;

import ch.monportail.platform.control.Csv;
import ch.monportail.platform.control.SwissFormat;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One account in the ADMIN's balance overview (and its CSV export). */
public record BalanceRow(
        long accountId,
        String holder,
        String email,
        String reference,
        BigDecimal balance,
        LocalDate belowSince,
        LocalDate remindedOn)
        implements Serializable {

    /** CSV for a spreadsheet: holder, e-mail, reference, balance, below since, reminded on. */
    public static String csv(List<BalanceRow> rows, Function<String, String> labels) {
        StringBuilder csv = new StringBuilder(Csv.BOM);
        csv.append(
                Csv.line(
                        List.of(
                                labels.apply("billing.holder"),
                                labels.apply("billing.email"),
                                labels.apply("payments.reference"),
                                labels.apply("transactions.balance"),
                                labels.apply("billing.belowSince"),
                                labels.apply("billing.remindedOn"))));
        for (BalanceRow r : rows) {
            csv.append(
                    Csv.line(
                            Arrays.asList(
                                    r.holder(),
                                    r.email(),
                                    r.reference(),
                                    r.balance().toPlainString(),
                                    SwissFormat.date(r.belowSince()),
                                    SwissFormat.date(r.remindedOn()))));
        }
        return csv.toString();
    }
}
