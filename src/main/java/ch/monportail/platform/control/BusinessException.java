package ch.monportail.platform.control;

import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.List;

/**
 * Base of every business failure. Rolls the transaction back and carries the key of a translated
 * message (i18n bundle {@code ch.monportail.i18n.messages}) with its arguments, so the user reads a
 * message in their language and never a stack trace.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    @Serial private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
