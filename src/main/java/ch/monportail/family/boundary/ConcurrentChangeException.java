package ch.monportail.family.boundary;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/**
 * Somebody else (the other parent, the service) saved the same data since this page was loaded:
 * nothing is overwritten, the page reloads the current state (issue "Families", concurrency).
 */
public class ConcurrentChangeException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("family.concurrentChange");
    }

    /** With the message of another feature's page. */
    public ConcurrentChangeException(String messageKey) {
        super(messageKey);
    }
}
