package ch.monportail.billing.control;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/**
 * A bank file that {@link Camt054} cannot read: not well-formed XML, not a camt.054 notification,
 * or a credit it cannot trust (no amount, an amount with more than two decimals). The message key
 * says which; the cause, when there is one, tells a developer where in the file.
 */
public class InvalidCamtException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public InvalidCamtException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
