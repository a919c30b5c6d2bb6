package ch.monportail.agenda.boundary;

import ch.monportail.agenda.entity.AbsenceBilling;
import ch.monportail.agenda.entity.AbsenceReason;
import ch.monportail.structure.control.SchoolCalendar.DayKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One day of a child's agenda with what the caller may do now (DESIGN §6): each planned unit with
 * its absence if any, whether an absence can still be announced or withdrawn and until when it is
 * free, and the information items of the day.
 */
public record AgendaDay(
        LocalDate day,
        DayKind kind,
        String label,
        List<Unit> units,
        List<Information> information,
        List<Extra> extras,
        List<ExtraCares.Option> extraOptions,
        List<HolidayCare.Offer> holidays)
        implements Serializable {

    /** An extra-care request of the day, whatever its status. */
    public record Extra(
            long id,
            String name,
            LocalTime starts,
            LocalTime ends,
            ch.monportail.agenda.entity.ExtraCareStatus status,
            BigDecimal price,
            String decisionNote,
            boolean canCancel)
            implements Serializable {
        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public LocalTime getStarts() {
            return starts;
        }

        public LocalTime getEnds() {
            return ends;
        }

        public ch.monportail.agenda.entity.ExtraCareStatus getStatus() {
            return status;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public String getDecisionNote() {
            return decisionNote;
        }

        public boolean isCanCancel() {
            return canCancel;
        }
    }

    /** A planned care unit of the day. */
    public record Unit(
            long careUnitId,
            String name,
            String structure,
            LocalTime starts,
            LocalTime ends,
            BigDecimal price,
            ZonedDateTime cutoff,
            Long absenceId,
            AbsenceReason absenceReason,
            AbsenceBilling absenceBilling,
            boolean absenceBilled,
            BigDecimal billedAmount,
            boolean canAnnounce,
            boolean canWithdraw)
            implements Serializable {

        public boolean isAbsent() {
            return absenceId != null;
        }

        public long getCareUnitId() {
            return careUnitId;
        }

        public String getName() {
            return name;
        }

        public String getStructure() {
            return structure;
        }

        public LocalTime getStarts() {
            return starts;
        }

        public LocalTime getEnds() {
            return ends;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public ZonedDateTime getCutoff() {
            return cutoff;
        }

        public java.time.LocalDateTime getCutoffLocal() {
            return cutoff == null ? null : cutoff.toLocalDateTime();
        }

        public Long getAbsenceId() {
            return absenceId;
        }

        public AbsenceReason getAbsenceReason() {
            return absenceReason;
        }

        public AbsenceBilling getAbsenceBilling() {
            return absenceBilling;
        }

        public boolean isAbsenceBilled() {
            return absenceBilled;
        }

        public BigDecimal getBilledAmount() {
            return billedAmount;
        }

        public boolean isCanAnnounce() {
            return canAnnounce;
        }

        public boolean isCanWithdraw() {
            return canWithdraw;
        }
    }

    /** An information item shown on the day. */
    public record Information(long id, String title, String body, String scope)
            implements Serializable {
        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getBody() {
            return body;
        }

        public String getScope() {
            return scope;
        }
    }

    public boolean isAnyAnnounceable() {
        return units.stream().anyMatch(Unit::canAnnounce);
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public List<Unit> getUnits() {
        return units;
    }

    public List<Information> getInformation() {
        return information;
    }

    public List<Extra> getExtras() {
        return extras;
    }

    public List<ExtraCares.Option> getExtraOptions() {
        return extraOptions;
    }

    public List<HolidayCare.Offer> getHolidays() {
        return holidays;
    }
}
