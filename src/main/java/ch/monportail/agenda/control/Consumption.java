package ch.monportail.agenda.control;

import ch.monportail.agenda.entity.Absence;
import ch.monportail.agenda.entity.ExtraCare;
import ch.monportail.agenda.entity.ExtraCareStatus;
import ch.monportail.agenda.entity.HolidayRegistration;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.structure.control.Rounding;
import ch.monportail.structure.entity.CareUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a child consumed on one day, the services the daily debit run bills (DESIGN §7): each unit
 * the contract planned, as care and meal at its frozen prices — unless an absence was announced or
 * recorded for it, then the absence's amount if it is still billed (late, illness without
 * certificate, unannounced) and nothing otherwise; each approved extra care at its price; each
 * holiday-care registration that is billed (registered, or cancelled after the deadline) at its
 * price. Amounts are rounded to CHF 0.05 (they were at the source; rounding again is a no-op that
 * keeps a wrong source from reaching the ledger); zero amounts are not services.
 */
public final class Consumption {

    /** The kinds of consumed services, one debit each. */
    public enum Kind {
        CARE,
        MEAL,
        ABSENCE,
        EXTRA_CARE,
        HOLIDAY_CARE
    }

    /** A unit the contract planned that day. */
    public record Planned(Contract contract, ContractUnit unit) {}

    /** One consumed service; {@code contract} is the contract it falls under. */
    public record Service(Kind kind, CareUnit careUnit, BigDecimal amount, Contract contract) {}

    private Consumption() {}

    /**
     * The services of one child-day.
     *
     * @param planned the units planned that day ({@link CarePlan})
     * @param absencesByUnit the child's absences that day by care-unit id
     * @param extraCares the child's extra-care requests for that day (any status)
     * @param holidayRegistrations the child's holiday registrations for that day (any status)
     */
    public static List<Service> of(
            Collection<Planned> planned,
            Map<Long, Absence> absencesByUnit,
            Collection<ExtraCare> extraCares,
            Collection<HolidayRegistration> holidayRegistrations) {
        List<Service> services = new ArrayList<>();
        for (Planned p : planned) {
            CareUnit unit = p.unit().getCareUnit();
            Absence absence = absencesByUnit.get(unit.getId());
            if (absence == null) {
                add(services, Kind.CARE, unit, p.unit().getCarePrice(), p.contract());
                add(services, Kind.MEAL, unit, p.unit().getMealPrice(), p.contract());
            } else if (absence.isBilled()) {
                add(services, Kind.ABSENCE, unit, absence.getBilledAmount(), p.contract());
            }
        }
        for (ExtraCare e : extraCares) {
            if (e.getStatus() == ExtraCareStatus.APPROVED) {
                add(services, Kind.EXTRA_CARE, e.getCareUnit(), e.getPrice(), e.getContract());
            }
        }
        for (HolidayRegistration r : holidayRegistrations) {
            if (r.isBilled()) {
                add(
                        services,
                        Kind.HOLIDAY_CARE,
                        r.getDay().getProgramme().getCareUnit(),
                        r.getPrice(),
                        r.getContract());
            }
        }
        return services;
    }

    private static void add(
            List<Service> services,
            Kind kind,
            CareUnit unit,
            BigDecimal amount,
            Contract contract) {
        if (amount == null) {
            return;
        }
        BigDecimal rounded = Rounding.toFiveCentimes(amount);
        if (rounded.signum() > 0) {
            services.add(new Service(kind, unit, rounded, contract));
        }
    }
}
