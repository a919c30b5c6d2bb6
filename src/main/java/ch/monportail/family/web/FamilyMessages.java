package ch.monportail.family.web;

import ch.monportail.family.control.InvalidFamilyDataException;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;

/**
 * Shows a refused family form: a message naming the field in the reader's language ("Téléphone
 * portable : numéro non valable"), the field names of the rules being translated here.
 */
final class FamilyMessages {

    private FamilyMessages() {}

    static void error(BusinessException e) {
        if (e instanceof InvalidFamilyDataException && !e.getArguments().isEmpty()) {
            Object[] arguments = e.getArguments().toArray();
            arguments[0] = Texts.get("family.field." + arguments[0]);
            Texts.error(e.getMessageKey(), arguments);
        } else {
            Texts.error(e);
        }
    }
}
