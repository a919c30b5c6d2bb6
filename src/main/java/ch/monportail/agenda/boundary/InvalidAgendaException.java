package ch.monportail.agenda.boundary;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/** An agenda request (absence, information) the rules refuse; the message key says why. */
public class InvalidAgendaException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public InvalidAgendaException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
