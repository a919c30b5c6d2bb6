package ch.monportail.billing.boundary;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/** A billing request the rules refuse; the key names the translated message. */
public class InvalidBillingException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public InvalidBillingException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
