package ch.monportail.account.boundary;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/** The e-mail address is not one, or a name is missing. */
public class InvalidAccountException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public InvalidAccountException() {
        super("accounts.invalid");
    }
}
