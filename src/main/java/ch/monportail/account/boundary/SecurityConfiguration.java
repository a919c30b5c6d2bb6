package ch.monportail.account.boundary;

import ch.monportail.account.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's form login. The login page ({@code /login.xhtml}) authenticates through {@code
 * SecurityContext.authenticate} with the e-mail and password; the session then carries the identity
 * ({@link AutoApplySession}). An unauthenticated request for a protected page is sent to the login
 * page and the page asked for is remembered ({@link #CONTINUE_URL}), so the user continues there
 * after login.
 *
 * <p>Why not the built-in custom form mechanism: its "login to continue" left the session in a
 * state where, after one failed login, a protected page answered an empty 200 instead of the login
 * page. This mechanism is small enough to own.
 */
@AutoApplySession
@DeclareRoles({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration implements HttpAuthenticationMechanism {

    /** Session attribute: the path (with query) of the protected page first asked for. */
    public static final String CONTINUE_URL = "monportail.continueUrl";

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject private IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return AuthenticationStatus.SEND_FAILURE;
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
}
