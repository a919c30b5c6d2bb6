package ch.monportail.account.boundary;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/** Another account already uses this e-mail address (compared trimmed and lower-cased). */
public class DuplicateEmailException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public DuplicateEmailException() {
        super("accounts.duplicateEmail");
    }
}
