package ch.monportail.it;

import ch.monportail.platform.boundary.Clocks;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;

/**
 * Test-only: {@code /it/clock?at=2027-03-10T17:00} sets the application's clock ({@link ItClock})
 * to that local time of the commune; {@code /it/clock} without {@code at} puts it back to now.
 */
@WebServlet("/it/clock")
public class ItClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String at = request.getParameter("at");
        if (at == null || at.isBlank()) {
            ItClock.reset();
        } else {
            ItClock.set(LocalDateTime.parse(at).atZone(Clocks.COMMUNE_ZONE).toInstant());
        }
        response.setContentType("text/plain");
        response.getWriter().println("ok");
    }
}
