package ch.monportail.account.boundary;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/** The code is wrong or was already used. */
public class InvalidCodeException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public InvalidCodeException() {
        super("secondFactor.invalidCode");
    }
}
