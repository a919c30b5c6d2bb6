package ch.monportail.account.boundary;

import ch.monportail.account.entity.Account;
import ch.monportail.platform.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's identity store: e-mail + password against the {@code account} table. The caller
 * principal is the account id (stable when the e-mail changes); the group is the role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject private Accounts accounts;

    @Inject private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> account =
                accounts.authenticate(
                        login.getCaller(),
                        login.getPassword().getValue(),
                        ClientAddress.of(request));
        return account.map(
                        a ->
                                new CredentialValidationResult(
                                        String.valueOf(a.getId()), Set.of(a.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
