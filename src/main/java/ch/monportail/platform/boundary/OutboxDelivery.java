package ch.monportail.platform.boundary;

import ch.monportail.platform.entity.OutboxMessage;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends due outbox messages through {@code mail/monportail}, one transaction per message. The row
 * is locked while it is sent, so two instances (or two timer ticks) never send it both; a failure
 * is recorded with its error and the next attempt is scheduled by {@link
 * ch.monportail.platform.control.RetryBackoff}. If the server dies between the SMTP hand-over and
 * the commit, the message is sent again at the next tick: delivery is at least once, and each
 * message carries a stable Message-ID so that a duplicate is recognisable.
 */
@Stateless
@PermitAll
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext private EntityManager em;

    @Resource(lookup = "mail/monportail")
    private Session mailSession;

    @Inject private Clock clock;

    public List<Long> dueIds(int max) {
        return em.createQuery(
                        "select m.id from OutboxMessage m where m.status = :pending"
                                + " and m.nextAttemptAt <= :now order by m.id",
                        Long.class)
                .setParameter("pending", OutboxMessage.Status.PENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.isDue(clock.instant())) {
            return false;
        }
        try {
            Transport.send(toMime(message));
            message.sent(clock.instant());
            return true;
        } catch (MessagingException | RuntimeException e) {
            message.failed(clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.warning(
                    () ->
                            "Outbox message "
                                    + id
                                    + " not sent (attempt "
                                    + message.getAttempts()
                                    + "): "
                                    + e.getMessage());
            return false;
        }
    }

    private MimeMessage toMime(OutboxMessage message) throws MessagingException {
        String host = mailSession.getProperty("mail.smtp.host");
        MimeMessage mime =
                new MimeMessage(mailSession) {
                    @Override
                    protected void updateMessageID() throws MessagingException {
                        setHeader(
                                "Message-ID",
                                "<outbox-"
                                        + message.getId()
                                        + "@"
                                        + (host == null ? "monportail" : host)
                                        + ">");
                    }
                };
        String from = mailSession.getProperty("mail.from");
        if (from != null && !from.isBlank()) {
            mime.setFrom(new InternetAddress(from));
        }
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient()));
        mime.setSubject(message.getSubject(), "UTF-8");
        mime.setSentDate(Date.from(clock.instant()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getBodyText(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(message.getBodyHtml(), "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        mime.setContent(alternative);
        return mime;
    }
}
