package ch.monportail.it;

import ch.monportail.account.control.PasswordHasher;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only, the load benchmark's helpers inside the server (after {@link BillingBenchmarkServlet}
 * generated the municipality):
 *
 * <ul>
 *   <li>{@code ?step=passwords&password=…}: gives every generated parent ({@code
 *       bench<n>@bench.example}) that password, hashed once with the production hasher (each login
 *       still verifies it at the production cost);
 *   <li>{@code ?step=heap}: the heap in use after full collections, and the open HTTP sessions.
 * </ul>
 */
@WebServlet("/it/bench/load")
public class LoadBenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private transient PasswordHasher hasher;

    @PersistenceContext private transient EntityManager em;

    @Resource private transient jakarta.transaction.UserTransaction transaction;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        PrintWriter out = response.getWriter();
        try {
            switch (String.valueOf(request.getParameter("step"))) {
                case "passwords" -> passwords(request.getParameter("password"), out);
                case "heap" -> heap(out);
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (Exception e) {
            out.println("ERROR " + e);
            e.printStackTrace(out);
        }
    }

    private void passwords(String password, PrintWriter out) throws Exception {
        String hash = hasher.hash(password.toCharArray());
        transaction.begin();
        int updated =
                em.createNativeQuery(
                                "update account set password_hash = ?1"
                                        + " where email like '%@bench.example'")
                        .setParameter(1, hash)
                        .executeUpdate();
        transaction.commit();
        out.println("passwords " + updated);
    }

    /** Used heap after full collections (the collector settles within a few calls). */
    private static void heap(PrintWriter out) throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        out.println("heap " + used + " sessions " + Sessions.OPEN.get());
    }

    /** Counts the open HTTP sessions of the application. */
    @WebListener
    public static class Sessions implements HttpSessionListener {

        static final AtomicInteger OPEN = new AtomicInteger();

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            OPEN.incrementAndGet();
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            OPEN.decrementAndGet();
        }
    }
}
