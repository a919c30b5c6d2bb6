package ch.monportail.structure.web;

import ch.monportail.structure.boundary.Structures;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * The structures each educator works in, for the ADMIN's account list (the account feature does not
 * know structures; the page combines both): {@code #{educatorStructuresBean.names[a.id]}}.
 */
@Named
@ViewScoped
public class EducatorStructuresBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Structures structures;

    private Map<Long, String> names;

    @PostConstruct
    void load() {
        names = structures.structureNamesByEducator();
    }

    public Map<Long, String> getNames() {
        return names;
    }
}
