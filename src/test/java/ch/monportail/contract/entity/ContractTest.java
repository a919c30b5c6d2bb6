package ch.monportail.contract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import ch.monportail.structure.entity.StructureData;
import ch.monportail.structure.entity.StructureKind;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractTest {

    private static final Instant CREATED = Instant.parse("2026-06-15T08:00:00Z");
    private static final Instant ACTIVATED = Instant.parse("2026-06-20T09:30:00Z");

    private final Family family = withId(new Family(CREATED), 1L);
    private final Household household = withId(new Household(family), 2L);
    private final LegalRepresentative holder =
            withId(new LegalRepresentative(family, household, account("claire")), 3L);
    private final Child child =
            withId(
                    new Child(
                            family,
                            new ChildData("Léa", "Favre", d("2018-03-14"), SchoolGrade.H4, "4H")),
                    4L);
    private final Structure structure =
            withId(
                    new Structure(
                            new StructureData(
                                    "UAPE Les Marmottes",
                                    StructureKind.UAPE,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null)),
                    5L);
    private final CareUnit morning = careUnit("Accueil du matin", "07:00", "08:00", 1);
    private final CareUnit midday = careUnit("Midi avec repas", "11:45", "13:45", 2);
    private final CareUnit afternoon = careUnit("Après-midi", "13:45", "18:00", 3);
    private final SchoolYear year = withId(new SchoolYear(2026), 6L);

    {
        family.holderIs(holder);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Account account(String first) {
        return new Account(first + "@example.ch", first, "Favre", Role.PARENT, "fr", Instant.EPOCH);
    }

    /** Entities get their id from JPA; a unit test sets it as the persistence provider would. */
    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private CareUnit careUnit(String name, String from, String to, int order) {
        return new CareUnit(
                structure,
                new CareUnitData(
                        name,
                        LocalTime.parse(from),
                        LocalTime.parse(to),
                        new BigDecimal("20.00"),
                        null,
                        20,
                        true,
                        false,
                        order));
    }

    private Contract contract(String from, String to) {
        return new Contract(child, structure, year, d(from), d(to), CREATED);
    }

    private static ContractUnit unit(DayOfWeek day, CareUnit careUnit) {
        return new ContractUnit(day, careUnit, new BigDecimal("12.35"), BigDecimal.ZERO);
    }

    private ContractTerms terms(Contract contract, String from) {
        ContractTerms terms =
                new ContractTerms(
                        contract,
                        d(from),
                        holder,
                        new BigDecimal("61.67"),
                        1,
                        new BigDecimal("85000.00"),
                        List.of(unit(DayOfWeek.MONDAY, midday)),
                        null,
                        99L,
                        CREATED);
        contract.getTerms().add(terms);
        return terms;
    }

    @Nested
    class Creation {

        @Test
        void aNewContractIsADraftWithoutTerms() {
            Contract contract = contract("2026-08-17", "2027-06-25");

            assertThat(contract.getStatus()).isEqualTo(ContractStatus.DRAFT);
            assertThat(contract.getChild()).isSameAs(child);
            assertThat(contract.getStructure()).isSameAs(structure);
            assertThat(contract.getSchoolYear()).isSameAs(year);
            assertThat(contract.getStartsOn()).isEqualTo(d("2026-08-17"));
            assertThat(contract.getEndsOn()).isEqualTo(d("2027-06-25"));
            assertThat(contract.getCreatedAt()).isEqualTo(CREATED);
            assertThat(contract.getActivatedAt()).isNull();
            assertThat(contract.getTerms()).isEmpty();
            assertThat(contract.getCurrentTerms()).isNull();
            assertThat(contract.termsOn(d("2026-09-01"))).isNull();
        }

        @Test
        void thePeriodMayBeTheWholeSchoolYear() {
            Contract contract = contract("2026-08-01", "2027-07-31");

            assertThat(contract.getStartsOn()).isEqualTo(year.getStart());
            assertThat(contract.getEndsOn()).isEqualTo(year.getEnd());
        }

        @Test
        void aOneDayPeriodIsAccepted() {
            Contract contract = contract("2026-09-01", "2026-09-01");

            assertThat(contract.covers(d("2026-09-01"))).isTrue();
        }

        @ParameterizedTest(name = "{0} – {1}")
        @CsvSource({
            "2026-07-31, 2027-06-25",
            "2026-08-17, 2027-08-01",
            "2025-08-18, 2026-06-26",
            "2027-08-16, 2028-06-23",
            "2026-07-01, 2027-08-31"
        })
        void thePeriodMustBeWithinTheSchoolYear(String from, String to) {
            assertThatThrownBy(() -> contract(from, to))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("contract.invalid.outsideYear");
        }

        @Test
        void anEndBeforeTheStartIsRefused() {
            assertThatThrownBy(() -> contract("2026-09-02", "2026-09-01"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("contract.invalid.period");
        }

        @Test
        void aPeriodNeedsBothEnds() {
            assertThatThrownBy(
                            () ->
                                    new Contract(
                                            child, structure, year, null, d("2027-06-25"), CREATED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("contract.invalid.period");
            assertThatThrownBy(
                            () ->
                                    new Contract(
                                            child, structure, year, d("2026-08-17"), null, CREATED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("contract.invalid.period");
        }
    }

    @Nested
    class Activation {

        @Test
        void aDraftWithTermsIsActivated() {
            Contract contract = contract("2026-08-17", "2027-06-25");
            terms(contract, "2026-08-17");

            contract.activate(ACTIVATED);

            assertThat(contract.getStatus()).isEqualTo(ContractStatus.ACTIVE);
            assertThat(contract.getActivatedAt()).isEqualTo(ACTIVATED);
        }

        @Test
        void aDraftWithoutTermsIsNotActivated() {
            Contract contract = contract("2026-08-17", "2027-06-25");

            assertThatThrownBy(() -> contract.activate(ACTIVATED))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("contract.invalid.activate");
            assertThat(contract.getStatus()).isEqualTo(ContractStatus.DRAFT);
            assertThat(contract.getActivatedAt()).isNull();
        }

        @Test
        void anActiveContractIsNotActivatedAgain() {
            Contract contract = contract("2026-08-17", "2027-06-25");
            terms(contract, "2026-08-17");
            contract.activate(ACTIVATED);

            assertThatThrownBy(() -> contract.activate(Instant.parse("2026-07-01T10:00:00Z")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("contract.invalid.activate");
            assertThat(contract.getActivatedAt()).isEqualTo(ACTIVATED);
        }

        @Test
        void anEndedContractIsNotActivated() {
            Contract contract = contract("2026-08-17", "2027-06-25");
            terms(contract, "2026-08-17");
            contract.activate(ACTIVATED);
            contract.terminate(d("2026-12-18"));

            assertThatThrownBy(() -> contract.activate(ACTIVATED))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("contract.invalid.activate");
            assertThat(contract.getStatus()).isEqualTo(ContractStatus.ENDED);
        }
    }

    @Nested
    class Termination {

        private final Contract contract = active();

        private Contract active() {
            Contract c = contract("2026-08-17", "2027-06-25");
            terms(c, "2026-08-17");
            c.activate(ACTIVATED);
            return c;
        }

        @Test
        void terminatingEndsThePeriodOnTheLastDay() {
            contract.terminate(d("2026-12-18"));

            assertThat(contract.getStatus()).isEqualTo(ContractStatus.ENDED);
            assertThat(contract.getEndsOn()).isEqualTo(d("2026-12-18"));
            assertThat(contract.getStartsOn()).isEqualTo(d("2026-08-17"));
            assertThat(contract.covers(d("2026-12-18"))).isTrue();
            assertThat(contract.covers(d("2026-12-19"))).isFalse();
        }

        @Test
        void theFirstAndTheLastDayOfThePeriodAreAccepted() {
            Contract other = active();

            contract.terminate(d("2026-08-17"));
            other.terminate(d("2027-06-25"));

            assertThat(contract.getEndsOn()).isEqualTo(d("2026-08-17"));
            assertThat(other.getEndsOn()).isEqualTo(d("2027-06-25"));
            assertThat(other.getStatus()).isEqualTo(ContractStatus.ENDED);
        }

        @Test
        void aLastDayOutsideThePeriodIsRefused() {
            assertThatThrownBy(() -> contract.terminate(d("2026-08-16")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("contract.invalid.terminate");
            assertThatThrownBy(() -> contract.terminate(d("2027-06-26")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("contract.invalid.terminate");
            assertThatThrownBy(() -> contract.terminate(null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("contract.invalid.terminate");

            assertThat(contract.getStatus()).isEqualTo(ContractStatus.ACTIVE);
            assertThat(contract.getEndsOn()).isEqualTo(d("2027-06-25"));
        }

        @Test
        void anEndedContractIsNotTerminatedAgain() {
            contract.terminate(d("2026-12-18"));

            assertThatThrownBy(() -> contract.terminate(d("2026-11-30")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("contract.invalid.terminate");
            assertThat(contract.getEndsOn()).isEqualTo(d("2026-12-18"));
        }
    }

    @Nested
    class Terms {

        @Test
        void termsOnPicksTheLatestEffectiveTerms() {
            Contract contract = contract("2026-08-17", "2027-06-25");
            ContractTerms signed = terms(contract, "2026-08-17");
            ContractTerms november = terms(contract, "2026-11-02");
            ContractTerms february = terms(contract, "2027-02-15");

            assertThat(contract.termsOn(d("2026-08-16"))).isNull();
            assertThat(contract.termsOn(d("2026-08-17"))).isSameAs(signed);
            assertThat(contract.termsOn(d("2026-11-01"))).isSameAs(signed);
            assertThat(contract.termsOn(d("2026-11-02"))).isSameAs(november);
            assertThat(contract.termsOn(d("2027-02-14"))).isSameAs(november);
            assertThat(contract.termsOn(d("2027-02-15"))).isSameAs(february);
            assertThat(contract.termsOn(d("2027-06-25"))).isSameAs(february);
            assertThat(contract.getCurrentTerms()).isSameAs(february);
        }

        @Test
        void termsKeepWhatTheyWereGiven() {
            Contract contract = contract("2026-08-17", "2027-06-25");
            ContractTerms terms = terms(contract, "2026-08-17");

            assertThat(terms.getContract()).isSameAs(contract);
            assertThat(terms.getEffectiveFrom()).isEqualTo(d("2026-08-17"));
            assertThat(terms.getHolder()).isSameAs(holder);
            assertThat(terms.getPercent()).isEqualTo(new BigDecimal("61.67"));
            assertThat(terms.getSiblingRank()).isEqualTo(1);
            assertThat(terms.getIncomeBasis()).isEqualTo(new BigDecimal("85000.00"));
            assertThat(terms.getReason()).isNull();
            assertThat(terms.getCreatedAt()).isEqualTo(CREATED);
        }

        @Test
        void theUnitsAreSortedByWeekdayThenTime() {
            Contract contract = contract("2026-08-17", "2027-06-25");
            ContractTerms terms =
                    new ContractTerms(
                            contract,
                            d("2026-08-17"),
                            holder,
                            new BigDecimal("61.67"),
                            1,
                            null,
                            List.of(
                                    unit(DayOfWeek.THURSDAY, midday),
                                    unit(DayOfWeek.MONDAY, afternoon),
                                    unit(DayOfWeek.MONDAY, morning),
                                    unit(DayOfWeek.MONDAY, midday)),
                            null,
                            null,
                            CREATED);

            assertThat(terms.getUnits())
                    .extracting(u -> u.getWeekday() + " " + u.getCareUnit().getName())
                    .containsExactly(
                            "MONDAY Accueil du matin",
                            "MONDAY Midi avec repas",
                            "MONDAY Après-midi",
                            "THURSDAY Midi avec repas");
            assertThat(terms.unitsOn(DayOfWeek.MONDAY))
                    .extracting(u -> u.getCareUnit().getName())
                    .containsExactly("Accueil du matin", "Midi avec repas", "Après-midi");
            assertThat(terms.unitsOn(DayOfWeek.FRIDAY)).isEmpty();
        }

        @Test
        void aUnitPriceIsCarePlusMeal() {
            ContractUnit unit =
                    new ContractUnit(
                            DayOfWeek.TUESDAY,
                            midday,
                            new BigDecimal("18.50"),
                            new BigDecimal("8.00"));

            assertThat(unit.getWeekday()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(unit.getCareUnit()).isSameAs(midday);
            assertThat(unit.getPrice()).isEqualTo(new BigDecimal("26.50"));
        }

        @Test
        void termsNeedAtLeastOneUnit() {
            Contract contract = contract("2026-08-17", "2027-06-25");

            assertThatThrownBy(
                            () ->
                                    new ContractTerms(
                                            contract,
                                            d("2026-08-17"),
                                            holder,
                                            BigDecimal.ONE,
                                            1,
                                            null,
                                            List.of(),
                                            null,
                                            null,
                                            CREATED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("contract.invalid.emptyPattern");
        }

        @Test
        void theHolderMustBeOfTheChildsFamily() {
            Contract contract = contract("2026-08-17", "2027-06-25");
            Family other = withId(new Family(CREATED), 10L);
            LegalRepresentative stranger =
                    withId(
                            new LegalRepresentative(other, new Household(other), account("marc")),
                            11L);

            assertThatThrownBy(
                            () ->
                                    new ContractTerms(
                                            contract,
                                            d("2026-08-17"),
                                            stranger,
                                            BigDecimal.ONE,
                                            1,
                                            null,
                                            List.of(unit(DayOfWeek.MONDAY, midday)),
                                            null,
                                            null,
                                            CREATED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("contract.invalid.holder");
        }
    }

    @Test
    void coversTheDaysOfItsPeriodBothEndsIncluded() {
        Contract contract = contract("2026-08-17", "2027-06-25");

        assertThat(contract.covers(d("2026-08-16"))).isFalse();
        assertThat(contract.covers(d("2026-08-17"))).isTrue();
        assertThat(contract.covers(d("2026-12-25"))).isTrue();
        assertThat(contract.covers(d("2027-06-25"))).isTrue();
        assertThat(contract.covers(d("2027-06-26"))).isFalse();
    }
}
