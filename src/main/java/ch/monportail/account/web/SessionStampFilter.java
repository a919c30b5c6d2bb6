package ch.monportail.account.web;

import ch.monportail.account.boundary.Accounts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;

/**
 * Ends a session opened before the account's password changed (reset or change from another
 * session, DESIGN §2: "after a reset other sessions end"): the session's security stamp no longer
 * matches the account's. One primary-key read per private page, which works across instances of a
 * deployment group without any shared session registry.
 */
@WebFilter(urlPatterns = {"/parent/*", "/staff/*", "/admin/*", "/account/*"})
public class SessionStampFilter extends HttpFilter {

    @Serial private static final long serialVersionUID = 1L;

    @Inject private transient ActiveUser activeUser;

    @Inject private transient Accounts accounts;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null
                && activeUser.isLoggedIn()
                && activeUser.getSecurityStamp() != accounts.currentSecurityStamp()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
