package ch.monportail.platform.boundary;

import ch.monportail.platform.control.Mail;
import ch.monportail.platform.control.MailComposer;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.control.Settings;
import ch.monportail.platform.entity.Municipality;
import ch.monportail.platform.entity.OutboxMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * The transactional mail outbox (DESIGN §2). {@link #send} stores the message in the caller's
 * transaction — it leaves only if the action that caused it commits — and {@link OutboxDelivery}
 * sends it later, with retries. In demo mode (no SMTP server in the embedded run) the text of each
 * message, links included, is also written to the server log so that a newcomer can follow a reset
 * link; never in production, where a reset link in a log would be a key to an account.
 */
@Stateless
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext private EntityManager em;

    @Inject private Clock clock;

    @Inject private Municipalities municipalities;

    /** Composes a message from its template in the recipient's language and queues it. */
    @PermitAll
    public void send(String template, String language, String recipient, Object... arguments) {
        queue(composer().compose(template, language, recipient, arguments));
    }

    @PermitAll
    public void queue(Mail mail) {
        em.persist(new OutboxMessage(mail, clock.instant()));
        if (Settings.flag("monportail.demo")) {
            LOG.info(
                    () ->
                            "Outbox (demo mode, shown because no SMTP server may run): to "
                                    + mail.recipient()
                                    + " — "
                                    + mail.subject()
                                    + "\n"
                                    + mail.text());
        }
    }

    private MailComposer composer() {
        Municipality municipality = municipalities.find().orElse(null);
        if (municipality == null) {
            return new MailComposer("MonPortail", "");
        }
        return new MailComposer(
                municipality.getName(),
                String.join(
                        ", ",
                        municipality.getServiceName(),
                        municipality.getServicePhone(),
                        municipality.getServiceEmail()));
    }

    @RolesAllowed("ADMIN")
    public List<OutboxMessage> latest(int max) {
        return em.createQuery(
                        "select m from OutboxMessage m order by m.id desc", OutboxMessage.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** Whether the ADMIN may read message bodies (demo mode only: they may hold reset links). */
    @RolesAllowed("ADMIN")
    public boolean bodiesVisible() {
        return Settings.flag("monportail.demo");
    }

    @RolesAllowed("ADMIN")
    public void retryNow(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            throw new NotFoundException();
        }
        message.retryNow(clock.instant());
    }
}
