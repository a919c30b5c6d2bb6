package ch.monportail.structure.boundary;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/** A value of a structure or care-unit form that the rules refuse; the key says which. */
public class InvalidStructureDataException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public InvalidStructureDataException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
