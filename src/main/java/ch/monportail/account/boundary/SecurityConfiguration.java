package ch.monportail.account.boundary;

import ch.monportail.account.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/**
 * The portal's form login. The login page ({@code /login.xhtml}) authenticates through {@code
 * SecurityContext.authenticate} with the e-mail and password; the session then carries the caller
 * ({@link Caller}: the account id and its groups), applied to each request of the session. An
 * unauthenticated request for a protected page is sent to the login page and the page asked for is
 * remembered ({@link #CONTINUE_URL}), so the user continues there after login.
 *
 * <p>Why not the built-in custom form mechanism: its "login to continue" left the session in a
 * state where, after one failed login, a protected page answered an empty 200 instead of the login
 * page. This mechanism is small enough to own.
 *
 * <p>Why not {@code @AutoApplySession}: it hands the container only the principal and lets Payara
 * find the groups in a thread-bound security context, which under load is another request's —
 * parents got « Accès refusé » (403) on their own pages in the load benchmark (about 1 request in
 * 60 with 8 parents; Payara issue 6145) — and which a second instance of a deployment group does
 * not have at all (Payara issue 6342). The groups kept in the session are given explicitly each
 * time, and replicated with the session.
 */
@DeclareRoles({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration implements HttpAuthenticationMechanism {

    /** Session attribute: the path (with query) of the protected page first asked for. */
    public static final String CONTINUE_URL = "monportail.continueUrl";

    /** Session attribute: the signed-in {@link Caller}. */
    static final String CALLER = "monportail.caller";

    public static final String LOGIN_PAGE = "/login.xhtml";

    /** Who is signed in in a session: the account id (the principal's name) and its groups. */
    record Caller(String name, Set<String> groups) implements Serializable {
        @Serial private static final long serialVersionUID = 1L;
    }

    @Inject private IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession(true)
                        .setAttribute(
                                CALLER,
                                new Caller(
                                        result.getCallerPrincipal().getName(),
                                        Set.copyOf(result.getCallerGroups())));
                return context.notifyContainerAboutLogin(result);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                String query = request.getQueryString();
                request.getSession(true)
                        .setAttribute(CONTINUE_URL, query == null ? path : path + "?" + query);
            }
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // an ajax request (e.g. a table's paginator) after the session expired: a plain 302
                // would be followed silently by the browser; Faces needs a partial-response
                // redirect
                try {
                    response.setContentType("text/xml");
                    response.setCharacterEncoding("UTF-8");
                    response.getWriter()
                            .write(
                                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                            + request.getContextPath()
                                            + LOGIN_PAGE
                                            + "\"/></partial-response>");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** {@code request.logout()}: the session no longer carries the caller. */
    @Override
    public void cleanSubject(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.removeAttribute(CALLER);
            } catch (IllegalStateException invalidated) {
                // already ended
            }
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
