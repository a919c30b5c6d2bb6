package ch.monportail.agenda.web;

import ch.monportail.agenda.boundary.AgendaFeeds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.Optional;

/**
 * The address a phone calendar subscribes to: {@code /feed/agenda.ics?token=…} (issue 6, item 6).
 * Outside the security constraints of {@code web.xml} on purpose: a calendar app cannot log in; the
 * token is the credential and {@link AgendaFeeds#feed} checks it. An unknown, malformed or revoked
 * token gets a bare 404, without the portal's error page, so the answer tells nothing and costs
 * nothing. Nothing is cached on the way ({@code no-store}): a revoked address must stop answering
 * at once.
 */
@WebServlet("/feed/agenda.ics")
public class AgendaFeedServlet extends HttpServlet {

    @Serial private static final long serialVersionUID = 1L;

    @Inject private transient AgendaFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<byte[]> calendar = feeds.feed(request.getParameter("token"), request.getLocale());
        if (calendar.isEmpty()) {
            // setStatus, not sendError: no error page, no detail
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentLength(0);
            return;
        }
        byte[] ics = calendar.get();
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"monportail-agenda.ics\"");
        response.setContentLength(ics.length);
        response.getOutputStream().write(ics);
    }
}
