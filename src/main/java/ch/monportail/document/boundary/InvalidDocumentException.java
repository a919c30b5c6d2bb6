package ch.monportail.document.boundary;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/** A file or a decision refused, with the message key for the user. */
public class InvalidDocumentException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public InvalidDocumentException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
