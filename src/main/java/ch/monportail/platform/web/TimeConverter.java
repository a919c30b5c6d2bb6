package ch.monportail.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A {@link LocalTime} as HH:mm ("07:00"), also accepting "7:00" and "7h00". */
@FacesConverter("time")
public class TimeConverter implements Converter<LocalTime> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("H:mm");

    @Override
    public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip().replace('h', ':').replace('.', ':'), FORMAT);
        } catch (DateTimeParseException e) {
            throw new ConverterException(
                    new jakarta.faces.application.FacesMessage(
                            jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                            Texts.get("error.time"),
                            null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
        return value == null ? "" : String.format("%02d:%02d", value.getHour(), value.getMinute());
    }
}
