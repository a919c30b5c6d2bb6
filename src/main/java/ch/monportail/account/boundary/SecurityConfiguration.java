package ch.monportail.account.boundary;

import ch.monportail.account.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on the portal's own Faces page. An unauthenticated request for a protected page is
 * redirected to {@code /login.xhtml} and, after login, continues to the page asked for.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue =
                @LoginToContinue(
                        loginPage = "/login.xhtml",
                        useForwardToLogin = false,
                        errorPage = ""))
@DeclareRoles({Role.PARENT_NAME, Role.EDUCATOR_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {}
