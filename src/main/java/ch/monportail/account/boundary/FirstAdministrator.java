package ch.monportail.account.boundary;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.control.SchemaMigrated;
import ch.monportail.platform.control.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The first ADMIN of a new production database: when no ADMIN account exists and {@code
 * monportail.admin-email} ({@code MONPORTAIL_ADMIN_EMAIL}) is set, an ADMIN account with that
 * e-mail and no password is created at start-up; its owner sets a password with « Mot de passe
 * oublié » like every user. Nothing happens once an ADMIN exists, so the setting can stay.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext private EntityManager em;

    @Inject private AuditLog auditLog;

    @Inject private Clock clock;

    @Inject private ch.monportail.platform.boundary.Migrations migrations;

    /** The start-up waited for its database: creates the ADMIN now. */
    public void ensureLater(
            @Observes @Priority(SchemaMigrated.FIRST_ADMINISTRATOR) SchemaMigrated migrated) {
        ensure();
    }

    @PostConstruct
    void ensure() {
        if (!migrations.isMigrated()) {
            return;
        }
        var email = Settings.value("monportail.admin-email");
        if (email.isEmpty()) {
            return;
        }
        long admins =
                em.createQuery("select count(a) from Account a where a.role = :r", Long.class)
                        .setParameter("r", Role.ADMIN)
                        .getSingleResult();
        if (admins > 0) {
            return;
        }
        Account admin =
                new Account(
                        email.get(),
                        "Administrateur",
                        "MonPortail",
                        Role.ADMIN,
                        "fr",
                        clock.instant());
        em.persist(admin);
        em.flush();
        auditLog.record(
                null, admin.getEmail(), AccountAdministration.ACCOUNT_CREATED, "first ADMIN", null);
        LOG.info(
                () ->
                        "First ADMIN account created for "
                                + admin.getEmail()
                                + ": set its password with « Mot de passe oublié » on the login page.");
    }
}
