package ch.monportail.family.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The structures a family's children are cared for in, for the ADMIN's family search by structure
 * (issue "Families": search by representative, child, e-mail, structure). Structures and contracts
 * come after families in the dependency direction, so the family feature asks through this
 * interface and the contract feature implements it (like {@link ChildrenInCare}). As long as no
 * implementation is deployed there is no structure to choose and the filter is not offered.
 */
public interface FamilyStructures {

    /** A structure to choose in the search (getters: Faces EL does not read record components). */
    record Choice(long id, String name) implements Serializable {
        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    /** Every structure, by name. */
    List<Choice> structures();

    /**
     * Ids of the families with a child who has a contract in the structure that is not a draft
     * (active or ended: the service also finds the families of past school years; a draft is not
     * yet a place in the structure).
     */
    Set<Long> familyIdsIn(long structureId);
}
