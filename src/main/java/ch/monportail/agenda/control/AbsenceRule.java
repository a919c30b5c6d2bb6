package ch.monportail.agenda.control;

import ch.monportail.agenda.entity.AbsenceBilling;
import ch.monportail.agenda.entity.AbsenceReason;
import ch.monportail.structure.control.Rounding;
import ch.monportail.structure.control.SchoolCalendar;
import ch.monportail.structure.entity.AgendaSettings;
import ch.monportail.structure.entity.AgendaSettings.IllnessRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The absence rule of DESIGN §6, the one the agenda shows and the billing applies:
 *
 * <ul>
 *   <li>announced strictly before the cut-off — by default 18:00 of the previous <em>working</em>
 *       day (weekends and public holidays skipped), in the commune's time zone, whatever the
 *       daylight-saving change in between — the absence is not billed;
 *   <li>later, it is billed at the structure's late percentage (100 %) of the unit's frozen price
 *       (care and meal), rounded to CHF 0.05;
 *   <li>illness is billed as late unless a medical certificate is accepted (the structure may treat
 *       illness like the other reasons);
 *   <li>an absence the staff record (nobody announced it) is billed in full;
 *   <li>an announced absence can be withdrawn until its cut-off.
 * </ul>
 */
public final class AbsenceRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The decision for one care unit on one day, with the amount billed (0.00 when not). */
    public record Consequence(AbsenceBilling billing, BigDecimal amount) {
        public Consequence {
            Objects.requireNonNull(billing, "billing");
            Objects.requireNonNull(amount, "amount");
        }

        public boolean isBilled() {
            return billing != AbsenceBilling.NOT_BILLED;
        }

        public AbsenceBilling getBilling() {
            return billing;
        }

        public BigDecimal getAmount() {
            return amount;
        }
    }

    private final AgendaSettings settings;
    private final SchoolCalendar calendar;
    private final ZoneId zone;

    public AbsenceRule(AgendaSettings settings, SchoolCalendar calendar, ZoneId zone) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The last moment (exclusive) to announce an absence on {@code day} without it being billed.
     */
    public ZonedDateTime cutoff(LocalDate day) {
        return ZonedDateTime.of(
                calendar.previousWorkingDay(day), settings.getAbsenceCutoff(), zone);
    }

    public boolean beforeCutoff(LocalDate day, Instant at) {
        return at.isBefore(cutoff(day).toInstant());
    }

    /** An absence announced by a parent at {@code at}, for a unit whose frozen price is given. */
    public Consequence announced(
            LocalDate day,
            Instant at,
            AbsenceReason reason,
            BigDecimal unitPrice,
            boolean certificateAccepted) {
        if (!reason.announcedByParent()) {
            return unannounced(unitPrice);
        }
        if (reason == AbsenceReason.ILLNESS
                && settings.getIllnessRule() == IllnessRule.CERTIFICATE_REQUIRED) {
            return certificateAccepted
                    ? notBilled()
                    : new Consequence(AbsenceBilling.ILLNESS, late(unitPrice));
        }
        if (reason == AbsenceReason.ILLNESS && certificateAccepted) {
            return notBilled();
        }
        return beforeCutoff(day, at)
                ? notBilled()
                : new Consequence(AbsenceBilling.LATE, late(unitPrice));
    }

    /** An absence nobody announced, recorded by the staff: the full price. */
    public Consequence unannounced(BigDecimal unitPrice) {
        return new Consequence(AbsenceBilling.UNANNOUNCED, Rounding.toFiveCentimes(unitPrice));
    }

    /** Whether a parent may still withdraw an announced absence (until its cut-off). */
    public boolean canWithdraw(LocalDate day, Instant now) {
        return beforeCutoff(day, now);
    }

    private BigDecimal late(BigDecimal unitPrice) {
        return Rounding.toFiveCentimes(
                unitPrice
                        .multiply(BigDecimal.valueOf(settings.getLateAbsencePercent()))
                        .divide(HUNDRED, 4, RoundingMode.HALF_UP));
    }

    private static Consequence notBilled() {
        return new Consequence(AbsenceBilling.NOT_BILLED, new BigDecimal("0.00"));
    }
}
