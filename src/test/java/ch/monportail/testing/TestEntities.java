package ch.monportail.testing;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.ChildData;
import ch.monportail.family.entity.Family;
import ch.monportail.family.entity.Household;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.family.entity.SchoolGrade;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.CareUnitData;
import ch.monportail.structure.entity.Structure;
import ch.monportail.structure.entity.StructureData;
import ch.monportail.structure.entity.StructureKind;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Entities for the unit tests of the rules, built as the application builds them, with the ids JPA
 * would give them: a family (the Favres: Claire holds the account, Léa is the child), a structure
 * and its care units.
 */
public final class TestEntities {

    private TestEntities() {}

    /** A family with one household, its account holder and one child, ids 1–4. */
    public record Favre(
            Family family, Household household, LegalRepresentative holder, Child child) {}

    public static Favre favre(Instant created) {
        Family family = withId(new Family(created), 1L);
        Household household = withId(new Household(family), 2L);
        LegalRepresentative holder =
                withId(
                        new LegalRepresentative(
                                family,
                                household,
                                new Account(
                                        "claire.favre@example.ch",
                                        "Claire",
                                        "Favre",
                                        Role.PARENT,
                                        "fr",
                                        created)),
                        3L);
        Child child =
                withId(
                        new Child(
                                family,
                                new ChildData(
                                        "Léa",
                                        "Favre",
                                        LocalDate.parse("2018-03-14"),
                                        SchoolGrade.H4,
                                        "4H")),
                        4L);
        family.holderIs(holder);
        return new Favre(family, household, holder, child);
    }

    /** A UAPE without address. */
    public static Structure structure(String name, long id) {
        return withId(
                new Structure(
                        new StructureData(name, StructureKind.UAPE, null, null, null, null, null)),
                id);
    }

    /** A care unit of the structure, capacity 20; {@code mealPrice} may be null. */
    public static CareUnit careUnit(
            Structure structure,
            String name,
            String from,
            String to,
            String fullPrice,
            String mealPrice,
            boolean onSchoolDays,
            boolean inHolidays,
            int order) {
        return new CareUnit(
                structure,
                new CareUnitData(
                        name,
                        LocalTime.parse(from),
                        LocalTime.parse(to),
                        new BigDecimal(fullPrice),
                        mealPrice == null ? null : new BigDecimal(mealPrice),
                        20,
                        onSchoolDays,
                        inHolidays,
                        order));
    }

    /** Entities get their id from JPA; a unit test sets it as the persistence provider would. */
    /** The "Midi avec repas" unit (id 20) of a structure: CHF 30.00 care, 8.00 meal, 2 places. */
    public static CareUnit midday(Structure structure) {
        return withId(
                careUnit(
                        structure,
                        "Midi avec repas",
                        "11:45",
                        "13:45",
                        "30.00",
                        "8.00",
                        true,
                        false,
                        2),
                20L);
    }

    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
