package ch.monportail.account.boundary;

import ch.monportail.platform.control.BusinessException;
import java.io.Serial;

/** Staff must keep a second factor. */
public class SecondFactorRequiredException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public SecondFactorRequiredException() {
        super("secondFactor.required");
    }
}
