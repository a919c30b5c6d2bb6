package ch.monportail.billing.control;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.billing.control.HolderOn.Change;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolderOnTest {

    @Test
    void withoutChangesTheFamilysHolderPaysEveryDay() {
        HolderOn<String> holder = new HolderOn<>("Claire", List.of());
        assertThat(holder.on(LocalDate.of(2026, 8, 17))).isEqualTo("Claire");
        assertThat(holder.on(LocalDate.of(2027, 7, 31))).isEqualTo("Claire");
    }

    @Test
    void aChangeIsEffectiveFromItsDayOn_theDaysBeforeStayWithTheFormerHolder() {
        HolderOn<String> holder =
                new HolderOn<>(
                        "Marc", List.of(new Change<>(LocalDate.of(2027, 1, 1), "Claire", "Marc")));
        assertThat(holder.on(LocalDate.of(2026, 12, 31))).isEqualTo("Claire");
        assertThat(holder.on(LocalDate.of(2027, 1, 1))).isEqualTo("Marc");
        assertThat(holder.on(LocalDate.of(2027, 3, 9))).isEqualTo("Marc");
    }

    @Test
    void severalChangesOneAfterTheOther() {
        HolderOn<String> holder =
                new HolderOn<>(
                        "Claire",
                        List.of(
                                new Change<>(LocalDate.of(2027, 1, 1), "Claire", "Marc"),
                                new Change<>(LocalDate.of(2027, 4, 1), "Marc", "Claire")));
        assertThat(holder.on(LocalDate.of(2026, 11, 2))).isEqualTo("Claire");
        assertThat(holder.on(LocalDate.of(2027, 2, 28))).isEqualTo("Marc");
        assertThat(holder.on(LocalDate.of(2027, 4, 1))).isEqualTo("Claire");
    }

    @Test
    void aLaterDecisionOverridesAScheduledChange() {
        // made first: Claire → Marc from 1 March; made then: back to Claire from 1 February
        HolderOn<String> holder =
                new HolderOn<>(
                        "Claire",
                        List.of(
                                new Change<>(LocalDate.of(2027, 3, 1), "Claire", "Marc"),
                                new Change<>(LocalDate.of(2027, 2, 1), "Marc", "Claire")));
        assertThat(holder.on(LocalDate.of(2027, 1, 25))).isEqualTo("Claire");
        assertThat(holder.on(LocalDate.of(2027, 2, 15))).isEqualTo("Claire");
        assertThat(holder.on(LocalDate.of(2027, 3, 15))).isEqualTo("Claire");
    }

    @Test
    void aFamilyWithoutHolderHasNone() {
        assertThat(new HolderOn<String>(null, List.of()).on(LocalDate.of(2027, 3, 9))).isNull();
    }
}
