package ch.monportail.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptimisticFlushTest {

    private final List<String> calls = new ArrayList<>();

    /** An EntityManager whose flush records the call and throws {@code failure} (null: none). */
    private EntityManager entityManager(RuntimeException failure) {
        return (EntityManager)
                Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {EntityManager.class},
                        (proxy, method, args) -> {
                            calls.add(method.getName());
                            if (method.getName().equals("flush") && failure != null) {
                                throw failure;
                            }
                            return null;
                        });
    }

    static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aFlushWithoutConflictPassesSilently() {
        OptimisticFlush.flush(entityManager(null), Refused::new);

        assertThat(calls).containsExactly("flush");
    }

    @Test
    void anOptimisticLockConflictBecomesTheFeaturesException() {
        OptimisticLockException conflict = new OptimisticLockException("stale");

        assertThatThrownBy(() -> OptimisticFlush.flush(entityManager(conflict), Refused::new))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(conflict));
    }

    @Test
    void otherPersistenceFailuresAreNotHiddenAsAConflict() {
        PersistenceException broken = new PersistenceException("connection lost");

        assertThatThrownBy(() -> OptimisticFlush.flush(entityManager(broken), Refused::new))
                .isSameAs(broken);
    }

    @Test
    void theChangesRunBeforeTheFlushAndTheirConflictIsTranslatedToo() {
        EntityManager em = entityManager(null);

        OptimisticFlush.flush(em, () -> calls.add("merge"), Refused::new);
        assertThat(calls).containsExactly("merge", "flush");

        assertThatThrownBy(
                        () ->
                                OptimisticFlush.flush(
                                        em,
                                        () -> {
                                            throw new OptimisticLockException();
                                        },
                                        Refused::new))
                .isInstanceOf(Refused.class);
    }
}
