package ch.monportail.platform.web;

import ch.monportail.platform.control.SwissFormat;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** A {@link LocalDate} with its weekday in the reader's language: "Lundi 30.11.2026" (output). */
@FacesConverter("swissWeekdayDate")
public class SwissWeekdayDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("output only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        if (value == null) {
            return "";
        }
        Locale locale = context.getViewRoot().getLocale();
        String weekday = value.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
        return weekday.substring(0, 1).toUpperCase(locale)
                + weekday.substring(1)
                + " "
                + SwissFormat.date(value);
    }
}
