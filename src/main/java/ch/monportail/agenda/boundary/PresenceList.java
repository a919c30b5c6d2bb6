package ch.monportail.agenda.boundary;

import ch.monportail.agenda.entity.AbsenceReason;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A structure's presence list for a day (DESIGN §6): per care unit, the children expected (contract
 * + registrations + approved extra care − absences) and those announced absent, with what the
 * educator needs at the door — allergies, medical notes, who may pick the child up — and the
 * check-in and check-out times.
 */
public record PresenceList(long structureId, String structure, LocalDate day, List<Unit> units)
        implements Serializable {

    /** One care unit of the day. */
    public record Unit(
            long careUnitId,
            String name,
            LocalTime starts,
            LocalTime ends,
            int capacity,
            List<Row> rows)
            implements Serializable {

        public long getExpected() {
            return rows.stream().filter(r -> !r.isAbsent()).count();
        }

        public long getPresent() {
            return rows.stream().filter(r -> r.checkedIn() != null).count();
        }

        public long getCareUnitId() {
            return careUnitId;
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

        public int getCapacity() {
            return capacity;
        }

        public List<Row> getRows() {
            return rows;
        }
    }

    /** A child on the list. {@code late}: expected, not checked in, and the unit has started. */
    public record Row(
            long childId,
            String child,
            String diet,
            boolean medicalNotes,
            String pickups,
            Long absenceId,
            AbsenceReason absenceReason,
            boolean absenceBilled,
            LocalTime checkedIn,
            LocalTime checkedOut,
            boolean late)
            implements Serializable {

        public boolean isAbsent() {
            return absenceId != null;
        }

        public long getChildId() {
            return childId;
        }

        public String getChild() {
            return child;
        }

        public String getDiet() {
            return diet;
        }

        public boolean isMedicalNotes() {
            return medicalNotes;
        }

        public String getPickups() {
            return pickups;
        }

        public Long getAbsenceId() {
            return absenceId;
        }

        public AbsenceReason getAbsenceReason() {
            return absenceReason;
        }

        public boolean isAbsenceBilled() {
            return absenceBilled;
        }

        public LocalTime getCheckedIn() {
            return checkedIn;
        }

        public LocalTime getCheckedOut() {
            return checkedOut;
        }

        public boolean isLate() {
            return late;
        }
    }

    public long getStructureId() {
        return structureId;
    }

    public String getStructure() {
        return structure;
    }

    public LocalDate getDay() {
        return day;
    }

    public List<Unit> getUnits() {
        return units;
    }
}
