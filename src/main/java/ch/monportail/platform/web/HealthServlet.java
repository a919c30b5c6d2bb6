package ch.monportail.platform.web;

import ch.monportail.platform.boundary.Readiness;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;

/**
 * {@code /health/live}: the application is deployed. {@code /health/ready}: it can serve requests
 * (the database answers) — 200 {@code {"status":"UP"}} or 503 {@code {"status":"DOWN"}}. No detail
 * that would help an attacker.
 */
@WebServlet(urlPatterns = {"/health/live", "/health/ready"})
public class HealthServlet extends HttpServlet {

    @Serial private static final long serialVersionUID = 1L;

    @Inject private transient Readiness readiness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean up = request.getServletPath().endsWith("/live") || readiness.databaseAnswers();
        response.setStatus(
                up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}
