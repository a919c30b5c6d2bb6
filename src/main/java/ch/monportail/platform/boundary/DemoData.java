package ch.monportail.platform.boundary;

import ch.monportail.platform.control.DemoSeed;
import ch.monportail.platform.control.SchemaMigrated;
import ch.monportail.platform.control.Settings;
import ch.monportail.platform.entity.Municipality;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Seeds the demo municipality on the first start on an empty database when the demo switch ({@code
 * monportail.demo} / {@code MONPORTAIL_DEMO}) is on — on in the embedded run, off by default, so a
 * production database never gets demo accounts. "Empty" means: no municipality yet. Each feature
 * observes {@link DemoSeed} and adds its part in this one transaction; the logins are printed.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject private Municipalities municipalities;

    @PersistenceContext private EntityManager em;

    @Inject private Event<DemoSeed> seedEvent;

    private boolean seededNow;

    /**
     * Whether this start seeded the demo (features whose demo needs the seed committed first, such
     * as the billing's debit runs, start after this bean and ask).
     */
    public boolean isSeededNow() {
        return seededNow;
    }

    @Inject private Migrations migrations;

    @PostConstruct
    void start() {
        if (migrations.isMigrated()) {
            seed();
        }
    }

    /** The start-up waited for its database: seeds now (see {@link Migrations}). */
    public void seedLater(@Observes @Priority(SchemaMigrated.DEMO_DATA) SchemaMigrated migrated) {
        seed();
    }

    private void seed() {
        boolean demo = Settings.flag("monportail.demo");
        LOG.info(() -> "Demo switch (monportail.demo / MONPORTAIL_DEMO): " + demo);
        if (!demo) {
            return;
        }
        if (municipalities.find().isPresent()) {
            LOG.info("Demo switch on; the database already holds data, nothing seeded.");
            return;
        }
        em.persist(
                new Municipality(
                        "Commune de Conthey (démo)",
                        "Service générations",
                        "027 345 56 20",
                        "structure.accueil@conthey.example"));
        DemoSeed seed = new DemoSeed();
        seedEvent.fire(seed);
        seededNow = true;
        StringBuilder banner =
                new StringBuilder("\n\n  MonPortail demo data seeded. Demo logins:\n");
        seed.getLogins()
                .forEach(
                        login ->
                                banner.append(
                                        String.format(
                                                "    %-28s %-34s %s%n",
                                                login.description(),
                                                login.email(),
                                                login.password())));
        LOG.info(banner.toString());
    }
}
