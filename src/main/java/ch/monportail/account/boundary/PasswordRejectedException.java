package ch.monportail.account.boundary;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/** A new password breaks the policy, or the current password given is wrong. */
public class PasswordRejectedException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public PasswordRejectedException(String messageKey) {
        super(messageKey);
    }
}
