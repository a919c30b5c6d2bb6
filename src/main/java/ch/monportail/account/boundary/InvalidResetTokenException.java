package ch.monportail.account.boundary;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/** The reset link is unknown, expired or already used. */
public class InvalidResetTokenException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public InvalidResetTokenException() {
        super("reset.invalidLink");
    }
}
