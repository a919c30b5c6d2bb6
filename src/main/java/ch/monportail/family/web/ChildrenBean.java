package ch.monportail.family.web;

import ch.monportail.family.boundary.ConcurrentChangeException;
import ch.monportail.family.boundary.FamilyData;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parent's children: their data as the service recorded it, and the diet/allergies and medical
 * notes the parent keeps up to date (a change is flagged for the service and educators).
 */
@Named
@ViewScoped
public class ChildrenBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private FamilyData familyData;

    private List<Child> children;
    private final Map<Long, Health> health = new HashMap<>();

    /** The health fields of one child as typed, with the version they were loaded at. */
    public static class Health implements Serializable {
        private static final long serialVersionUID = 1L;
        private String diet;
        private String medicalNotes;
        private long version;

        public String getDiet() {
            return diet;
        }

        public void setDiet(String diet) {
            this.diet = diet;
        }

        public String getMedicalNotes() {
            return medicalNotes;
        }

        public void setMedicalNotes(String medicalNotes) {
            this.medicalNotes = medicalNotes;
        }
    }

    @PostConstruct
    void load() {
        children = familyData.myChildren();
        health.clear();
        for (Child child : children) {
            Health h = new Health();
            h.diet = child.getDiet();
            h.medicalNotes = child.getMedicalNotes();
            h.version = child.getVersion();
            health.put(child.getId(), h);
        }
    }

    public void save(long childId) {
        Health h = health.get(childId);
        try {
            familyData.updateHealth(childId, h.diet, h.medicalNotes, h.version);
            Texts.info("children.saved");
        } catch (ConcurrentChangeException e) {
            Texts.error(e);
        } catch (BusinessException e) {
            FamilyMessages.error(e);
            return;
        }
        load();
    }

    public List<Child> getChildren() {
        return children;
    }

    public Map<Long, Health> getHealth() {
        return health;
    }
}
