package ch.monportail.account.boundary;

import ch.monportail.account.control.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One {@link PasswordHasher} per application: it is thread-safe and its decoy hash costs once. */
@ApplicationScoped
public class PasswordHashing {

    @Produces
    @Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }
}
