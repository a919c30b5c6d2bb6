package ch.monportail.agenda.web;

import ch.monportail.agenda.boundary.PresenceLists;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.web.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The printer of the presence list: {@code /staff/presence.pdf?structure=N&day=yyyy-MM-dd}, for the
 * ADMIN and the educators of the structure (the service checks it; others get 404). Under {@code
 * /staff/*}: staff only.
 */
@WebServlet("/staff/presence.pdf")
public class PresenceListPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private transient PresenceLists presenceLists;

    @Inject private transient LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long structureId;
        LocalDate day;
        try {
            structureId = Long.parseLong(request.getParameter("structure"));
            day = LocalDate.parse(request.getParameter("day"));
        } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = presenceLists.pdf(structureId, day, localeBean.getLocale());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "inline; filename=\"presence-" + day + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(pdf);
    }
}
