package ch.monportail.agenda.web;

import ch.monportail.agenda.boundary.AgendaFeeds;
import ch.monportail.platform.web.BaseUrl;
import ch.monportail.platform.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * « L'agenda dans votre téléphone » (issue 6, item 6): switch the private calendar address on,
 * replace it, or revoke it. The address is shown once, right after it is made: only its hash is
 * stored, so the page cannot show it again — a lost address is replaced by a new one. The address
 * is kept {@code transient}: a secret has no business in a replicated session.
 */
@Named
@ViewScoped
public class AgendaFeedBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/feed/agenda.ics?token=";

    @Inject private AgendaFeeds feeds;

    private boolean enabled;
    private transient String url;

    public void load() {
        enabled = feeds.isEnabled();
    }

    /** Switches the feed on, or replaces its address (the page asked for confirmation). */
    public void enable() {
        boolean renewed = enabled;
        String token = feeds.enable();
        url = BaseUrl.of(FacesContext.getCurrentInstance().getExternalContext()) + PATH + token;
        enabled = true;
        Texts.info(renewed ? "agendaFeed.renewed" : "agendaFeed.enabled");
    }

    public void revoke() {
        feeds.revoke();
        enabled = false;
        url = null;
        Texts.info("agendaFeed.revoked");
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The full address, only right after it was made; else null. */
    public String getUrl() {
        return url;
    }

    /** The same address for the phone's calendar app ({@code webcal://} opens a subscription). */
    public String getWebcalUrl() {
        return url == null ? null : url.replaceFirst("^https?://", "webcal://");
    }
}
