package ch.monportail.family.control;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/** A value of a family form that the rules refuse; the key says which and why. */
public class InvalidFamilyDataException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public InvalidFamilyDataException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
