package ch.monportail.account.boundary;

import ch.monportail.account.control.PasswordHasher;
import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.platform.control.DemoSeed;
import ch.monportail.platform.control.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The demo logins (README "Demo logins"): an ADMIN of the service générations, an EDUCATOR and the
 * two legal representatives of the demo family — Claire Favre (French, account holder) and Markus
 * Favre (German) — plus a parent of a second family, for the "other family" checks.
 */
@Stateless
public class AccountDemoData {

    public static final String ADMIN_EMAIL = "admin@demo.monportail.ch";
    public static final String EDUCATOR_EMAIL = "educatrice@demo.monportail.ch";
    public static final String PARENT_EMAIL = "claire.favre@demo.monportail.ch";
    public static final String SECOND_PARENT_EMAIL = "markus.favre@demo.monportail.ch";
    public static final String OTHER_FAMILY_EMAIL = "luca.rossi@demo.monportail.ch";

    public static final String ADMIN_PASSWORD = "Admin-Demo-2026";
    public static final String EDUCATOR_PASSWORD = "Educ-Demo-2026";
    public static final String PARENT_PASSWORD = "Parent-Demo-2026";

    /**
     * Second-factor keys of the demo staff (staff must use one): add them to an authenticator app,
     * or get the current code with {@code oathtool --totp -b KEY}. Demo only, like the passwords.
     */
    public static final String ADMIN_TOTP_KEY = "MONPORTAILDEMOADMINKEYAAAAAAAAAA";

    public static final String EDUCATOR_TOTP_KEY = "MONPORTAILDEMOEDUCATORKEYAAAAAAA";

    @PersistenceContext private EntityManager em;

    @Inject private PasswordHasher hasher;

    @Inject private Clock clock;

    @PermitAll
    public void seed(@Observes DemoSeed seed) {
        if (!Settings.flag("monportail.demo")) {
            return;
        }
        create(seed, "ADMIN", ADMIN_EMAIL, "Sophie", "Berthod", Role.ADMIN, "fr", ADMIN_PASSWORD);
        create(
                seed,
                "EDUCATOR",
                EDUCATOR_EMAIL,
                "Julie",
                "Evéquoz",
                Role.EDUCATOR,
                "fr",
                EDUCATOR_PASSWORD);
        create(
                seed,
                "PARENT (account holder)",
                PARENT_EMAIL,
                "Claire",
                "Favre",
                Role.PARENT,
                "fr",
                PARENT_PASSWORD);
        create(
                seed,
                "PARENT (second parent, de)",
                SECOND_PARENT_EMAIL,
                "Markus",
                "Favre",
                Role.PARENT,
                "de",
                PARENT_PASSWORD);
        create(
                seed,
                "PARENT (other family)",
                OTHER_FAMILY_EMAIL,
                "Luca",
                "Rossi",
                Role.PARENT,
                "fr",
                PARENT_PASSWORD);
    }

    private void create(
            DemoSeed seed,
            String description,
            String email,
            String firstName,
            String lastName,
            Role role,
            String language,
            String password) {
        Account account = new Account(email, firstName, lastName, role, language, clock.instant());
        account.setPasswordHash(hasher.hash(password.toCharArray()));
        if (role == Role.ADMIN) {
            account.enableSecondFactor(ADMIN_TOTP_KEY, 0L, clock.instant());
        } else if (role == Role.EDUCATOR) {
            account.enableSecondFactor(EDUCATOR_TOTP_KEY, 0L, clock.instant());
        }
        em.persist(account);
        seed.addLogin(description, email, password);
    }
}
