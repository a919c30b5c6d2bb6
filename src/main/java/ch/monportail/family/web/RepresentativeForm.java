package ch.monportail.family.web;

import ch.monportail.account.entity.Account;
import ch.monportail.family.boundary.Families;
import java.io.Serializable;

/**
 * The fields of a representative's account as the ADMIN types them (new family, second
 * representative, correction of name, e-mail and language): the form state of {@code
 * WEB-INF/includes/representative-fields.xhtml}.
 */
public class RepresentativeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String firstName;
    private String lastName;
    private String language = "fr";

    /** The current data of an account, to correct them. */
    static RepresentativeForm of(Account account) {
        RepresentativeForm form = new RepresentativeForm();
        form.email = account.getEmail();
        form.firstName = account.getFirstName();
        form.lastName = account.getLastName();
        form.language = account.getLanguage();
        return form;
    }

    Families.NewRepresentative data() {
        return new Families.NewRepresentative(email, firstName, lastName, language);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
