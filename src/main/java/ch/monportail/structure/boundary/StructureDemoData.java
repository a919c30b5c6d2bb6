package ch.monportail.structure.boundary;

import ch.monportail.account.boundary.AccountDemoData;
import ch.monportail.account.entity.Account;
import ch.monportail.platform.control.DemoSeed;
import ch.monportail.platform.control.Settings;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.CareUnitData;
import ch.monportail.structure.entity.Structure;
import ch.monportail.structure.entity.StructureData;
import ch.monportail.structure.entity.StructureKind;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * The demo structures (DESIGN §4 examples): the UAPE « Les Écureuils » with morning, midday (with
 * meal) and afternoon units and a holiday-programme day, where the demo educator works, and the
 * crèche « Les Petits Loups » with day, morning-with-meal and afternoon units.
 */
@Stateless
public class StructureDemoData {

    @PersistenceContext private EntityManager em;

    @PermitAll
    public void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) DemoSeed seed) {
        if (!Settings.flag("monportail.demo")) {
            return;
        }
        Structure uape =
                structure(
                        "UAPE Les Écureuils",
                        StructureKind.UAPE,
                        "Route de l'École 3",
                        "+41273455621",
                        "uape.ecureuils@conthey.example");
        unit(uape, "Accueil du matin", "07:00", "08:00", "9.00", null, 24, true, false, 1);
        unit(uape, "Midi avec repas", "11:45", "13:45", "18.00", "8.00", 48, true, false, 2);
        unit(uape, "Après-midi", "15:30", "18:30", "21.00", null, 36, true, false, 3);
        unit(uape, "Journée vacances", "07:30", "18:00", "60.00", "8.00", 30, false, true, 4);
        uape.addEducator(
                em.createQuery("select a from Account a where a.email = :e", Account.class)
                        .setParameter("e", AccountDemoData.EDUCATOR_EMAIL)
                        .getSingleResult());
        Structure creche =
                structure(
                        "Crèche Les Petits Loups",
                        StructureKind.CRECHE,
                        "Rue Centrale 18",
                        "+41273455622",
                        "creche.petitsloups@conthey.example");
        unit(creche, "Journée", "07:00", "18:30", "120.00", "8.00", 22, true, true, 1);
        unit(creche, "Matin avec repas", "07:00", "13:30", "70.00", "8.00", 22, true, true, 2);
        unit(creche, "Après-midi", "13:30", "18:30", "55.00", null, 22, true, true, 3);
    }

    private Structure structure(
            String name, StructureKind kind, String street, String phone, String email) {
        Structure structure =
                new Structure(
                        new StructureData(name, kind, street, "1964", "Conthey", phone, email));
        em.persist(structure);
        return structure;
    }

    private void unit(
            Structure structure,
            String name,
            String from,
            String to,
            String price,
            String meal,
            int capacity,
            boolean schoolDays,
            boolean holidays,
            int order) {
        em.persist(
                new CareUnit(
                        structure,
                        new CareUnitData(
                                name,
                                LocalTime.parse(from),
                                LocalTime.parse(to),
                                new BigDecimal(price),
                                meal == null ? null : new BigDecimal(meal),
                                capacity,
                                schoolDays,
                                holidays,
                                order)));
    }
}
