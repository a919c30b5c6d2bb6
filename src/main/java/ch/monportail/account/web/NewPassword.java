package ch.monportail.account.web;

import ch.monportail.account.control.PasswordPolicy;
import java.io.Serial;
import java.io.Serializable;

/**
 * The "new password + confirmation + strength hint" part of a form (password reset, change of
 * password). The typed values are never serialised with the session.
 */
public class NewPassword implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    private transient String password;
    private transient String confirmation;

    /** zxcvbn's 0–4, or -1 before anything is typed (no hint shown). */
    private int strength = -1;

    public void measure() {
        strength = password == null || password.isEmpty() ? -1 : PasswordPolicy.strength(password);
    }

    /** Both typed the same (and something was typed). */
    public boolean confirmed() {
        return password != null && password.equals(confirmation);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public int getStrength() {
        return strength;
    }
}
