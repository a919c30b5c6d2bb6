package ch.monportail.platform.web;

import ch.monportail.platform.boundary.Outbox;
import ch.monportail.platform.entity.OutboxMessage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The ADMIN's view of the mail outbox: pending, sent and failed messages; send again. */
@Named
@RequestScoped
public class OutboxBean {

    static final int LINES = 200;

    @Inject private Outbox outbox;

    private List<OutboxMessage> messages = List.of();
    private boolean bodiesVisible;

    @PostConstruct
    void load() {
        messages = outbox.latest(LINES);
        bodiesVisible = outbox.bodiesVisible();
    }

    public String retry(long id) {
        outbox.retryNow(id);
        Texts.info("outbox.retried");
        return "/admin/outbox.xhtml?faces-redirect=true";
    }

    public List<OutboxMessage> getMessages() {
        return messages;
    }

    public boolean isBodiesVisible() {
        return bodiesVisible;
    }
}
