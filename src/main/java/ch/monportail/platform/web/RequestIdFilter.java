package ch.monportail.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id that ties its log lines together and that a user can quote: the id of a
 * proxy in front ({@code X-Request-Id}, when it looks like one) or a fresh random one. It is sent
 * back in the {@code X-Request-Id} response header, shown on the error page as the reference to
 * give the commune, and — for the length of the request — appended to the worker thread's name,
 * which every line of the server log carries ({@code _ThreadName} in the JSON format of {@code
 * server-config/logging.asadmin}), so the application's, EclipseLink's and the container's lines of
 * one request are found with one search. JUL has no per-request context; the thread name is the one
 * field every Payara log formatter writes.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class RequestIdFilter extends HttpFilter {

    @Serial private static final long serialVersionUID = 1L;

    public static final String HEADER = "X-Request-Id";

    /** The request attribute holding the id (the error pages read it). */
    public static final String ATTRIBUTE = "monportail.requestId";

    /** What an id from a proxy may look like: no spaces, quotes or line breaks in the log. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    /** The caller's id when acceptable, otherwise 16 random hex digits. */
    static String idFor(String incoming) {
        if (incoming != null && ACCEPTED.matcher(incoming).matches()) {
            return incoming;
        }
        // a correlation id, not a secret: no SecureRandom, whose shared generator every request
        // would wait for under load
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** The worker thread's name during the request. */
    static String threadName(String original, String id) {
        return original + " req=" + id;
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = idFor(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        Thread thread = Thread.currentThread();
        String original = thread.getName();
        thread.setName(threadName(original, id));
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setName(original);
        }
    }
}
