package ch.monportail.family.boundary;

import java.util.Set;

/**
 * Which children an EDUCATOR looks after: those with a contract in a structure the educator serves.
 * Structures and contracts come after families in the dependency direction, so the family feature
 * asks through this interface and the contract feature implements it (an arrow the other way goes
 * through CDI). As long as no implementation is deployed, an educator sees no child.
 */
public interface ChildrenInCare {

    /**
     * Ids of the children currently in care in the structures of the calling educator (empty for
     * anybody else). The caller, never an id given by a client: nobody can ask for another
     * educator's children.
     */
    Set<Long> childIdsInCareOfCaller();
}
