package ch.monportail.contract.boundary;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/** A contract request the rules refuse; the key says why. */
public class InvalidContractException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public InvalidContractException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
