package ch.monportail.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Test-only: {@code /it/log?marker=X} writes one application log line holding X; with {@code
 * &fail=true} the request then fails with an unexpected exception (the general error page).
 */
@WebServlet("/it/log")
public class LogLineServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(LogLineServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String marker = request.getParameter("marker").replaceAll("[^A-Za-z0-9-]", "");
        LOG.info(() -> "log line for the operations test: " + marker);
        if ("true".equals(request.getParameter("fail"))) {
            throw new IllegalStateException("SELECT secret FROM account -- failure for " + marker);
        }
        response.setContentType("text/plain");
        response.getWriter().println("logged");
    }
}
