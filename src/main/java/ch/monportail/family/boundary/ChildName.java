package ch.monportail.family.boundary;

import ch.monportail.family.entity.Child;
import java.io.Serializable;
import java.util.List;

/**
 * A child as a page keeps it between requests (a child switcher, a choice list): the id and the
 * names, not the entity — a view-scoped bean holding entities keeps their whole graph (family,
 * parents, accounts) in every session.
 */
public record ChildName(long id, String firstName, String displayName) implements Serializable {

    public static ChildName of(Child child) {
        return new ChildName(child.getId(), child.getFirstName(), child.getDisplayName());
    }

    public static List<ChildName> of(List<Child> children) {
        return children.stream().map(ChildName::of).toList();
    }

    // getters for the pages' expressions (Jakarta Expression Language 5 reads no record components)

    public long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getDisplayName() {
        return displayName;
    }
}
