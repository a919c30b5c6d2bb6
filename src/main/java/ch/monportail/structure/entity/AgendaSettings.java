package ch.monportail.structure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalTime;

/**
 * A structure's agenda rules (DESIGN §6), data the ADMIN edits: the absence cut-off time of the
 * previous working day (18:00), the percentage billed for a late absence (100 %), how illness is
 * handled (billed as late unless a medical certificate is accepted), and the surcharge of extra
 * care (10 %).
 */
@Embeddable
public class AgendaSettings implements Serializable {

    public static final LocalTime DEFAULT_CUTOFF = LocalTime.of(18, 0);

    /** Illness handling: the DESIGN's default needs a certificate; a structure may waive it. */
    public enum IllnessRule {
        CERTIFICATE_REQUIRED,
        LIKE_OTHER_REASONS
    }

    @Column(name = "absence_cutoff", nullable = false)
    private LocalTime absenceCutoff = DEFAULT_CUTOFF;

    @Column(name = "late_absence_percent", nullable = false)
    private int lateAbsencePercent = 100;

    @Enumerated(EnumType.STRING)
    @Column(name = "illness_rule", nullable = false)
    private IllnessRule illnessRule = IllnessRule.CERTIFICATE_REQUIRED;

    @Column(name = "extra_care_surcharge_percent", nullable = false)
    private int extraCareSurchargePercent = 10;

    public AgendaSettings() {}

    public AgendaSettings(
            LocalTime absenceCutoff,
            int lateAbsencePercent,
            IllnessRule illnessRule,
            int extraCareSurchargePercent) {
        if (absenceCutoff == null
                || illnessRule == null
                || lateAbsencePercent < 0
                || lateAbsencePercent > 100
                || extraCareSurchargePercent < 0
                || extraCareSurchargePercent > 100) {
            throw new IllegalArgumentException("structure.invalid.agendaSettings");
        }
        this.absenceCutoff = absenceCutoff.withSecond(0).withNano(0);
        this.lateAbsencePercent = lateAbsencePercent;
        this.illnessRule = illnessRule;
        this.extraCareSurchargePercent = extraCareSurchargePercent;
    }

    public LocalTime getAbsenceCutoff() {
        return absenceCutoff;
    }

    public int getLateAbsencePercent() {
        return lateAbsencePercent;
    }

    public IllnessRule getIllnessRule() {
        return illnessRule;
    }

    public int getExtraCareSurchargePercent() {
        return extraCareSurchargePercent;
    }
}
