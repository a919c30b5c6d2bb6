package ch.monportail.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;

/**
 * Writes the pending changes now, so that a concurrent commit of the same rows (their {@code
 * Version}) is reported to the user in this request as the feature's own business exception
 * ("somebody else saved this meanwhile, nothing was overwritten") instead of surfacing at commit as
 * a rollback the page cannot explain. One helper for every service that saves with optimistic
 * locking (families, pickup persons, structures, billing settings), so they all react the same.
 */
public final class OptimisticFlush {

    private OptimisticFlush() {}

    /** Flushes {@code em}; an optimistic-lock conflict becomes {@code conflict.get()}. */
    public static void flush(EntityManager em, Supplier<? extends RuntimeException> conflict) {
        flush(em, () -> {}, conflict);
    }

    /**
     * Runs {@code changes} (e.g. a {@code merge} of a detached entity, which may itself detect a
     * stale version) and flushes {@code em}; an optimistic-lock conflict in either becomes {@code
     * conflict.get()}.
     */
    public static void flush(
            EntityManager em, Runnable changes, Supplier<? extends RuntimeException> conflict) {
        try {
            changes.run();
            em.flush();
        } catch (OptimisticLockException e) {
            RuntimeException failure = conflict.get();
            failure.addSuppressed(e);
            throw failure;
        }
    }
}
