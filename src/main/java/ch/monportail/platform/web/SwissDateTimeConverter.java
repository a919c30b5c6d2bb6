package ch.monportail.platform.web;

import ch.monportail.platform.boundary.Clocks;
import ch.monportail.platform.control.SwissFormat;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Shows an {@link Instant} (in the commune's zone), a {@link LocalDateTime} or a {@link LocalDate}
 * in the Swiss format ({@code 27.11.2026 14:05}, {@code 27.11.2026}). Output only.
 */
@FacesConverter("swissDateTime")
public class SwissDateTimeConverter implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("output only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value instanceof Instant instant) {
            return SwissFormat.dateTime(LocalDateTime.ofInstant(instant, Clocks.COMMUNE_ZONE));
        }
        if (value instanceof LocalDateTime dateTime) {
            return SwissFormat.dateTime(dateTime);
        }
        if (value instanceof LocalDate date) {
            return SwissFormat.date(date);
        }
        return value == null ? "" : value.toString();
    }
}
