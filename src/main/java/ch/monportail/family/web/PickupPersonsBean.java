package ch.monportail.family.web;

import ch.monportail.family.boundary.ConcurrentChangeException;
import ch.monportail.family.boundary.FamilyData;
import ch.monportail.family.boundary.PickupPersons;
import ch.monportail.family.control.PhoneNumbers;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.PickupData;
import ch.monportail.family.entity.PickupPerson;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * « Personnes autorisées à venir chercher votre enfant », one child at a time ({@code ?child=}),
 * for a parent (their children) and the ADMIN (any child). Each save names the child's version the
 * page showed: when the other parent saved in between, the save is refused, the message says so and
 * the list is reloaded.
 */
@Named
@ViewScoped
public class PickupPersonsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private FamilyData familyData;

    @Inject private PickupPersons pickupPersons;

    private Long childId;
    private Child child;
    private List<Child> children;
    private List<Child> siblings;
    private List<PickupPerson> persons;
    private Long editingId;
    private boolean editing;
    private String firstName;
    private String lastName;
    private String relationship;
    private String phone;
    private String note;

    /** View action: the child asked for (checked by the service), else the first child. */
    public void load() {
        boolean admin =
                FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
        if (childId == null) {
            children = admin ? List.of() : familyData.myChildren();
            child = children.isEmpty() ? null : children.get(0);
        } else {
            child = familyData.child(childId);
            children =
                    admin
                            ? familyData.family(child.getFamily().getId()).getChildren()
                            : familyData.myChildren();
        }
        siblings =
                children.stream()
                        .filter(c -> child != null && !c.getId().equals(child.getId()))
                        .toList();
        if (child != null) {
            childId = child.getId();
            persons = pickupPersons.of(childId);
        } else {
            persons = List.of();
        }
    }

    public void add() {
        editing = true;
        editingId = null;
        firstName = lastName = relationship = phone = note = null;
    }

    public void edit(PickupPerson person) {
        editing = true;
        editingId = person.getId();
        firstName = person.getFirstName();
        lastName = person.getLastName();
        relationship = person.getRelationship();
        phone = PhoneNumbers.display(person.getPhone());
        note = person.getNote();
    }

    public void cancel() {
        editing = false;
        editingId = null;
    }

    public void save() {
        PickupData data = new PickupData(firstName, lastName, relationship, phone, note);
        try {
            if (editingId == null) {
                pickupPersons.add(childId, child.getVersion(), data);
            } else {
                pickupPersons.update(editingId, child.getVersion(), data);
            }
            Texts.info("pickup.saved");
            editing = false;
        } catch (ConcurrentChangeException e) {
            Texts.error(e);
            editing = false;
        } catch (BusinessException e) {
            FamilyMessages.error(e);
            return;
        }
        load();
    }

    public void remove(long personId) {
        try {
            pickupPersons.remove(personId, child.getVersion());
            Texts.info("pickup.removed");
        } catch (ConcurrentChangeException e) {
            Texts.error(e);
        }
        load();
    }

    public void copy(long personId, Child sibling) {
        boolean copied = pickupPersons.copyToSibling(personId, sibling.getId());
        Texts.info(copied ? "pickup.copied" : "pickup.alreadyThere", sibling.getFirstName());
        load();
    }

    public List<Child> getSiblings() {
        return siblings;
    }

    public Long getChildId() {
        return childId;
    }

    public void setChildId(Long childId) {
        this.childId = childId;
    }

    public Child getChild() {
        return child;
    }

    public List<Child> getChildren() {
        return children;
    }

    public List<PickupPerson> getPersons() {
        return persons;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
