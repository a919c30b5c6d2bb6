package ch.monportail.platform.web;

import ch.monportail.platform.control.SwissFormat;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A {@link LocalDate} as dd.MM.yyyy, both ways. */
@FacesConverter("swissDate")
public class SwissDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), SwissFormat.DATE);
        } catch (DateTimeParseException e) {
            throw new ConverterException(Texts.get("error.date"));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : SwissFormat.date(value);
    }
}
