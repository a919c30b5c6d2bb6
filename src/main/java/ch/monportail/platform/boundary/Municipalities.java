package ch.monportail.platform.boundary;

import ch.monportail.platform.entity.Municipality;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The municipality's settings. Readable by everyone: the login page shows the commune's name. */
@Stateless
@PermitAll
public class Municipalities {

    @PersistenceContext private EntityManager em;

    public Optional<Municipality> find() {
        return Optional.ofNullable(em.find(Municipality.class, Municipality.ID));
    }
}
