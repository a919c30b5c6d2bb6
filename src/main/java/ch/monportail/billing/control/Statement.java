package ch.monportail.billing.control;

import ch.monportail.platform.control.Csv;
import ch.monportail.platform.control.SwissFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An account's lines over a period with the running balance (DESIGN §7 *Transactions*): the balance
 * before the period, each line with the balance after it, the balance at the end. The reference is
 * the payment reference as printed on the slips. The lines are in booking order (value date, then
 * line number), the order the balance moved in.
 */
public record Statement(
        String holder,
        String reference,
        LocalDate from,
        LocalDate to,
        BigDecimal opening,
        List<Line> lines,
        BigDecimal closing)
        implements java.io.Serializable {

    /**
     * One ledger line. {@code kind} is the entry kind's name; for a reversal {@code reversedKind}
     * names what it reverses. Amounts are signed (debit negative).
     */
    public record Line(
            long id,
            LocalDate valueOn,
            LocalDate serviceOn,
            String kind,
            String reversedKind,
            String child,
            String careUnit,
            String note,
            BigDecimal amount,
            BigDecimal balance)
            implements java.io.Serializable {

        /** The date the parent recognises: the day of the service, else the value date. */
        public LocalDate getDate() {
            return serviceOn != null ? serviceOn : valueOn;
        }

        /**
         * The line in words, e.g. "Accueil · Midi" or "Annulation : Accueil · Midi du 03.11.2026".
         */
        public String describe(Function<String, String> labels) {
            StringBuilder text = new StringBuilder();
            if ("REVERSAL".equals(kind)) {
                text.append(labels.apply("billing.reversalOf")).append(' ');
                text.append(service(reversedKind, labels));
                if (serviceOn != null) {
                    text.append(' ').append(SwissFormat.date(serviceOn));
                }
            } else {
                text.append(service(kind, labels));
            }
            if (note != null && !note.isBlank()) {
                text.append(" — ").append(note);
            }
            return text.toString();
        }

        private String service(String k, Function<String, String> labels) {
            String label = labels.apply("billing.kind." + (k == null ? "CORRECTION" : k));
            return careUnit == null ? label : label + " · " + careUnit;
        }

        public boolean isCredit() {
            return amount.signum() > 0;
        }
    }

    /** Builds the statement from the balance before {@code from} and the lines in order. */
    public static Statement of(
            String holder,
            String reference,
            LocalDate from,
            LocalDate to,
            BigDecimal opening,
            List<Line> lines) {
        List<Line> running = new ArrayList<>(lines.size());
        BigDecimal balance = opening;
        for (Line l : lines) {
            balance = balance.add(l.amount());
            running.add(
                    new Line(
                            l.id(),
                            l.valueOn(),
                            l.serviceOn(),
                            l.kind(),
                            l.reversedKind(),
                            l.child(),
                            l.careUnit(),
                            l.note(),
                            l.amount(),
                            balance));
        }
        return new Statement(holder, reference, from, to, opening, List.copyOf(running), balance);
    }

    /** The debits of the period (a positive sum). */
    public BigDecimal debits() {
        return lines.stream()
                .map(Line::amount)
                .filter(a -> a.signum() < 0)
                .reduce(new BigDecimal("0.00"), BigDecimal::add)
                .negate();
    }

    /** The credits of the period. */
    public BigDecimal credits() {
        return lines.stream()
                .map(Line::amount)
                .filter(a -> a.signum() > 0)
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    /** CSV for a spreadsheet: date, value date, child, description, amount, balance. */
    public String csv(Function<String, String> labels) {
        StringBuilder csv = new StringBuilder(Csv.BOM);
        csv.append(
                Csv.line(
                        List.of(
                                labels.apply("transactions.date"),
                                labels.apply("transactions.valueDate"),
                                labels.apply("transactions.child"),
                                labels.apply("transactions.description"),
                                labels.apply("transactions.amount"),
                                labels.apply("transactions.balance"))));
        for (Line l : lines) {
            csv.append(
                    Csv.line(
                            java.util.Arrays.asList(
                                    SwissFormat.date(l.getDate()),
                                    SwissFormat.date(l.valueOn()),
                                    l.child(),
                                    l.describe(labels),
                                    l.amount().toPlainString(),
                                    l.balance().toPlainString())));
        }
        return csv.toString();
    }
}
