package ch.monportail.platform.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * CDI event fired once, on the first start on an empty database with the demo switch on. Each
 * feature observes it, seeds its own demo data and lists the logins it created, which the start-up
 * banner prints (and the README repeats).
 */
public final class DemoSeed {

    /** A demo login: who it is, the e-mail and the password the README lists. */
    public record Login(String description, String email, String password) {}

    private final List<Login> logins = new ArrayList<>();

    public void addLogin(String description, String email, String password) {
        logins.add(new Login(description, email, password));
    }

    public List<Login> getLogins() {
        return Collections.unmodifiableList(logins);
    }
}
