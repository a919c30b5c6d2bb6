package ch.monportail.platform.control;

import java.io.Serial;

/**
 * What a caller gets for an id that does not exist <em>or</em> that they may not see: a parent
 * never learns whether another family's id exists (DESIGN §1).
 */
public class NotFoundException extends BusinessException {

    @Serial private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
