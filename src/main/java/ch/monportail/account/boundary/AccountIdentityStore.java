package ch.monportail.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The portal's identity store. It accepts only a {@code LOGIN} ticket, issued once every login step
 * is done (password, and the second factor where it applies, see {@link SecondFactors}) — so no
 * code path can open a session with a password alone for an account that has a second factor. The
 * caller principal is the account id (stable when the e-mail changes); the group is the role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject private SecondFactors secondFactors;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof LoginTicketCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return secondFactors
                .redeemLogin(login.ticket())
                .map(
                        a ->
                                new CredentialValidationResult(
                                        String.valueOf(a.getId()), Set.of(a.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
