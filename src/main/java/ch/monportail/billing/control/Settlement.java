package ch.monportail.billing.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What booking a day needs so that the ledger matches what was consumed (DESIGN §7): a debit for
 * each service not yet booked; a reversal for each booked debit that is no longer due (an absence
 * excused or covered by a medical certificate after the debit, a contract ended retroactively); for
 * a booked debit whose amount changed (a contract amended from a past day), its reversal and a new
 * debit; nothing for what is booked right. Each booking of a service has its own key — the
 * service's key ({@link #key}) for the first, then {@code #2}, {@code #3}… after each reversal —
 * and each key is booked at most once and reversed at most once (both unique in the database): the
 * next key follows from what is booked, so two runs settling the same day at once compute the same
 * keys and the second one's collide. Pure: the run gives what is due and what is booked, and books
 * what this returns.
 */
public final class Settlement {

    private static final char VERSION = '#';

    /** A service due under its key (the debit to book carries the key of its booking). */
    public record Due<S>(String key, LocalDate day, BigDecimal amount, S service) {}

    /**
     * A debit already booked under {@code key}: its amount (positive), reversed or not — by the
     * ADMIN's hand (a reason given) or by a run.
     */
    public record Booked<E>(
            String key, BigDecimal amount, boolean reversed, boolean byHand, E entry) {

        public Booked(String key, BigDecimal amount, boolean reversed, E entry) {
            this(key, amount, reversed, false, entry);
        }
    }

    /**
     * The bookings to make: debits with the keys to book them under, reversals, how many services
     * were booked again at a new amount, and the services due but held: reversed by the ADMIN's
     * hand, never booked again by a run (the run reports them).
     */
    public record Result<S, E>(
            List<Due<S>> debits, List<Booked<E>> reversals, int repriced, List<Due<S>> held) {}

    private Settlement() {}

    /**
     * @param due what is due, by service key
     * @param booked every service debit booked for the services in question (all their versions,
     *     reversed or not), by booking key
     */
    public static <S, E> Result<S, E> of(Map<String, Due<S>> due, Map<String, Booked<E>> booked) {
        Map<String, List<Booked<E>>> byService = new HashMap<>();
        for (Booked<E> b : booked.values()) {
            byService.computeIfAbsent(serviceKey(b.key()), k -> new ArrayList<>()).add(b);
        }
        List<Due<S>> debits = new ArrayList<>();
        List<Booked<E>> reversals = new ArrayList<>();
        List<Due<S>> held = new ArrayList<>();
        int repriced = 0;
        for (Due<S> d : due.values()) {
            List<Booked<E>> bookings = byService.getOrDefault(d.key(), List.of());
            List<Booked<E>> standing = bookings.stream().filter(b -> !b.reversed()).toList();
            boolean right =
                    standing.size() == 1 && standing.get(0).amount().compareTo(d.amount()) == 0;
            if (right) {
                continue;
            }
            if (standing.isEmpty() && bookings.stream().anyMatch(Booked::byHand)) {
                held.add(d);
                continue;
            }
            // a wrong amount, or (never expected) two standing bookings: reverse and book anew
            reversals.addAll(standing);
            if (!standing.isEmpty()) {
                repriced++;
            }
            debits.add(
                    new Due<>(
                            bookingKey(d.key(), bookings.size() + 1),
                            d.day(),
                            d.amount(),
                            d.service()));
        }
        byService.forEach(
                (service, bookings) -> {
                    if (!due.containsKey(service)) {
                        bookings.stream().filter(b -> !b.reversed()).forEach(reversals::add);
                    }
                });
        return new Result<>(debits, reversals, repriced, held);
    }

    /** The source key of a service (and of its first booking). */
    public static String key(long childId, LocalDate day, long careUnitId, String kind) {
        return "D:" + childId + ":" + day + ":" + careUnitId + ":" + kind;
    }

    /** The key of the n-th booking of a service (1 = the service's own key). */
    static String bookingKey(String serviceKey, int n) {
        return n == 1 ? serviceKey : serviceKey + VERSION + n;
    }

    /** The service a booking key books. */
    public static String serviceKey(String bookingKey) {
        int at = bookingKey.indexOf(VERSION);
        return at < 0 ? bookingKey : bookingKey.substring(0, at);
    }
}
