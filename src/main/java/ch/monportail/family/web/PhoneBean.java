package ch.monportail.family.web;

import ch.monportail.family.control.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Shows a stored E.164 number the way people read it: {@code #{phone.show(p.phone)}}. */
@Named("phone")
@ApplicationScoped
public class PhoneBean {

    public String show(String e164) {
        return PhoneNumbers.display(e164);
    }

    /** A {@code tel:} link target. */
    public String dial(String e164) {
        return e164 == null ? "" : "tel:" + e164;
    }
}
