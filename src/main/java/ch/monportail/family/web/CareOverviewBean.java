package ch.monportail.family.web;

import ch.monportail.family.boundary.CareOverview;
import ch.monportail.family.entity.Child;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The staff's list of children in care, with what matters at the door and in an emergency. */
@Named
@ViewScoped
public class CareOverviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CareOverview careOverview;

    private List<Child> children;

    @PostConstruct
    void load() {
        children = careOverview.childrenInCare();
    }

    public List<Child> getChildren() {
        return children;
    }
}
