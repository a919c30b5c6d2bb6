package ch.monportail.platform.web;

import ch.monportail.platform.control.SwissFormat;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/** Shows a {@link BigDecimal} amount as {@code CHF 1'234.50}. Output only. */
@FacesConverter("money")
public class MoneyConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("output only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return SwissFormat.money(value);
    }
}
