package ch.monportail.agenda.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.monportail.contract.entity.Contract;
import ch.monportail.family.entity.Child;
import ch.monportail.structure.entity.CareUnit;
import ch.monportail.structure.entity.SchoolYear;
import ch.monportail.structure.entity.Structure;
import ch.monportail.testing.TestEntities;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExtraCareTest {

    private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    private static final Instant REQUESTED = Instant.parse("2026-09-07T19:20:00Z");
    private static final Instant DECIDED = Instant.parse("2026-09-08T07:10:00Z");
    private static final Instant LATER = Instant.parse("2026-09-08T09:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-09-10");
    private static final BigDecimal PRICE = new BigDecimal("23.50");

    private final Child child = TestEntities.favre(NOW).child();
    private final Structure structure = TestEntities.structure("UAPE Les Marmottes", 5L);
    private final CareUnit afternoon =
            TestEntities.careUnit(
                    structure, "Après-midi", "13:45", "18:00", "35.00", null, true, false, 3);
    private final Contract contract =
            new Contract(
                    child,
                    structure,
                    new SchoolYear(2026),
                    LocalDate.parse("2026-08-17"),
                    LocalDate.parse("2027-06-25"),
                    NOW);

    private ExtraCare request(String note) {
        return new ExtraCare(child, contract, afternoon, DAY, PRICE, note, REQUESTED, 3L);
    }

    private ExtraCare request() {
        return request("Rendez-vous chez le dentiste");
    }

    @Test
    void aRequestKeepsWhatItWasCreatedWithAndIsPending() {
        ExtraCare request = request("  Rendez-vous chez le dentiste \n");

        assertThat(request.getChild()).isSameAs(child);
        assertThat(request.getContract()).isSameAs(contract);
        assertThat(request.getCareUnit()).isSameAs(afternoon);
        assertThat(request.getDay()).isEqualTo(DAY);
        assertThat(request.getPrice()).isEqualTo(PRICE);
        assertThat(request.getNote()).isEqualTo("Rendez-vous chez le dentiste");
        assertThat(request.getRequestedAt()).isEqualTo(REQUESTED);
        assertThat(request.getRequestedBy()).isEqualTo(3L);
        assertThat(request.getStatus()).isEqualTo(ExtraCareStatus.PENDING);
        assertThat(request.getDecidedAt()).isNull();
        assertThat(request.getDecisionNote()).isNull();
        assertThat(request.getId()).isNull();
    }

    @Test
    void aBlankNoteIsStoredAsNull() {
        assertThat(request(null).getNote()).isNull();
        assertThat(request("").getNote()).isNull();
        assertThat(request("  \t\n ").getNote()).isNull();
    }

    @Test
    void anApprovedRequestKeepsTheStrippedReason() {
        ExtraCare request = request();

        request.approve(DECIDED, 42L, "  Une place est libre  ");

        assertThat(request.getStatus()).isEqualTo(ExtraCareStatus.APPROVED);
        assertThat(request.getDecidedAt()).isEqualTo(DECIDED);
        assertThat(request.getDecisionNote()).isEqualTo("Une place est libre");
    }

    @Test
    void aRefusedRequestKeepsTheStrippedReason() {
        ExtraCare request = request();

        request.refuse(DECIDED, 42L, "\tGroupe complet ce jour-là \n");

        assertThat(request.getStatus()).isEqualTo(ExtraCareStatus.REFUSED);
        assertThat(request.getDecidedAt()).isEqualTo(DECIDED);
        assertThat(request.getDecisionNote()).isEqualTo("Groupe complet ce jour-là");
    }

    @Test
    void aBlankOrMissingDecisionReasonIsStoredAsNull() {
        ExtraCare approved = request();
        ExtraCare refused = request();
        ExtraCare approvedWithoutReason = request();

        approved.approve(DECIDED, 42L, "   ");
        refused.refuse(DECIDED, 42L, "");
        approvedWithoutReason.approve(DECIDED, 42L, null);

        assertThat(approved.getDecisionNote()).isNull();
        assertThat(refused.getDecisionNote()).isNull();
        assertThat(approvedWithoutReason.getDecisionNote()).isNull();
    }

    @Test
    void theParentCancelsAPendingRequest() {
        ExtraCare request = request();

        request.cancel(DECIDED, 3L);

        assertThat(request.getStatus()).isEqualTo(ExtraCareStatus.CANCELLED);
        assertThat(request.getDecidedAt()).isEqualTo(DECIDED);
        assertThat(request.getDecisionNote()).isNull();
        assertThat(request.getNote()).isEqualTo("Rendez-vous chez le dentiste");
    }

    @Test
    void anApprovedRequestCannotBeDecidedAgain() {
        ExtraCare request = request();
        request.approve(DECIDED, 42L, "Une place est libre");

        assertThatThrownBy(() -> request.refuse(LATER, 43L, "Finalement complet"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("extraCare.invalid.decided");
        assertThatThrownBy(() -> request.approve(LATER, 43L, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("extraCare.invalid.decided");
        assertThatThrownBy(() -> request.cancel(LATER, 3L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("extraCare.invalid.decided");
        assertThat(request.getStatus()).isEqualTo(ExtraCareStatus.APPROVED);
        assertThat(request.getDecidedAt()).isEqualTo(DECIDED);
        assertThat(request.getDecisionNote()).isEqualTo("Une place est libre");
    }

    @Test
    void aRefusedRequestCannotBeDecidedAgain() {
        ExtraCare request = request();
        request.refuse(DECIDED, 42L, "Groupe complet");

        assertThatThrownBy(() -> request.approve(LATER, 43L, "Une place s'est libérée"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("extraCare.invalid.decided");
        assertThat(request.getStatus()).isEqualTo(ExtraCareStatus.REFUSED);
        assertThat(request.getDecidedAt()).isEqualTo(DECIDED);
        assertThat(request.getDecisionNote()).isEqualTo("Groupe complet");
    }

    @Test
    void aCancelledRequestCannotBeDecidedNorCancelledAgain() {
        ExtraCare request = request();
        request.cancel(DECIDED, 3L);

        assertThatThrownBy(() -> request.approve(LATER, 42L, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("extraCare.invalid.decided");
        assertThatThrownBy(() -> request.cancel(LATER, 3L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("extraCare.invalid.decided");
        assertThat(request.getStatus()).isEqualTo(ExtraCareStatus.CANCELLED);
        assertThat(request.getDecidedAt()).isEqualTo(DECIDED);
    }

    @Test
    void onlyAPendingOrApprovedRequestHoldsThePlace() {
        assertThat(ExtraCareStatus.PENDING.isActive()).isTrue();
        assertThat(ExtraCareStatus.APPROVED.isActive()).isTrue();
        assertThat(ExtraCareStatus.REFUSED.isActive()).isFalse();
        assertThat(ExtraCareStatus.CANCELLED.isActive()).isFalse();
        assertThat(ExtraCareStatus.values()).hasSize(4);
    }
}
