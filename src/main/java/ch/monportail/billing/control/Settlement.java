package ch.monportail.billing.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What booking a day needs so that the ledger matches what was consumed (DESIGN §7): a debit for
 * each service not yet booked; a reversal for each booked debit that is no longer due (an absence
 * excused or covered by a medical certificate after the debit, a contract ended retroactively) or
 * whose amount changed; nothing for what is booked right. A key is booked at most once and reversed
 * at most once (both unique in the database), so a service reversed earlier that is due again
 * cannot be re-booked under its key: it is reported as an anomaly for the ADMIN to correct by hand.
 * Pure: the run gives what is expected and what is booked, and books what this returns.
 */
public final class Settlement {

    /** A service due: its key, the day, the amount (positive) and who pays it. */
    public record Due<S>(String key, LocalDate day, BigDecimal amount, S service) {}

    /** A debit already booked under {@code key}: its amount (positive), reversed or not. */
    public record Booked<E>(String key, BigDecimal amount, boolean reversed, E entry) {}

    /** The bookings to make. */
    public record Result<S, E>(
            List<Due<S>> debits, List<Booked<E>> reversals, List<String> anomalies) {}

    private Settlement() {}

    public static <S, E> Result<S, E> of(Map<String, Due<S>> due, Map<String, Booked<E>> booked) {
        List<Due<S>> debits = new ArrayList<>();
        List<Booked<E>> reversals = new ArrayList<>();
        List<String> anomalies = new ArrayList<>();
        for (Due<S> d : due.values()) {
            Booked<E> b = booked.get(d.key());
            if (b == null) {
                debits.add(d);
            } else if (b.reversed()) {
                anomalies.add(d.key() + " due again after its reversal");
            } else if (b.amount().compareTo(d.amount()) != 0) {
                reversals.add(b);
                anomalies.add(
                        d.key()
                                + " booked at "
                                + b.amount()
                                + ", now due at "
                                + d.amount()
                                + ": reversed, to be corrected by hand");
            }
        }
        for (Booked<E> b : booked.values()) {
            if (!b.reversed() && !due.containsKey(b.key())) {
                reversals.add(b);
            }
        }
        return new Result<>(debits, reversals, anomalies);
    }

    /** The source key of a service debit. */
    public static String key(long childId, LocalDate day, long careUnitId, String kind) {
        return "D:" + childId + ":" + day + ":" + careUnitId + ":" + kind;
    }
}
