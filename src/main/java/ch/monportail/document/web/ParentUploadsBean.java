package ch.monportail.document.web;

import ch.monportail.document.boundary.Uploads;
import ch.monportail.document.entity.ParentUpload;
import ch.monportail.document.entity.UploadCategory;
import ch.monportail.family.boundary.FamilyData;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The parent's side of *Téléchargements*: « transmettre des documents pour la structure d'accueil
 * concernant votre enfant en choisissant la liste déroulante concernée » — the child, the category,
 * a comment, then the files (dropped or chosen, several at once, each checked and stored on its
 * own), and the family's uploads with their status.
 */
@Named
@ViewScoped
public class ParentUploadsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Uploads uploads;

    @Inject private FamilyData familyData;

    private List<Child> children;
    private Long childId;
    private UploadCategory category;
    private String comment;
    private List<ParentUpload> sent;

    @PostConstruct
    void load() {
        children = familyData.myChildren();
        if (children.size() == 1) {
            childId = children.get(0).getId();
        }
        sent = uploads.ofMyFamily();
    }

    /** One file of the upload (PrimeFaces calls it once per file). */
    public void upload(FileUploadEvent event) throws IOException {
        String name = event.getFile().getFileName();
        if (childId == null || category == null) {
            Texts.error("document.invalid.choose", name);
            return;
        }
        try {
            uploads.send(childId, category, comment, name, event.getFile().getContent());
            Texts.info("document.sent", name);
            sent = uploads.ofMyFamily();
        } catch (BusinessException e) {
            Texts.error(
                    "document.refused",
                    name,
                    Texts.get(e.getMessageKey(), e.getArguments().toArray()));
        }
    }

    /**
     * The refusal of a file over 10 MB, told in the browser before it is sent (a phone should not
     * send 11 MB to hear "too large"); {@code {name}} stands for the file's name. The server checks
     * the limit again.
     */
    public String getTooLargeNotice() {
        return Texts.get("document.refused", "{name}", Texts.get("document.invalid.tooLarge"));
    }

    public UploadCategory[] getCategories() {
        return UploadCategory.values();
    }

    public List<Child> getChildren() {
        return children;
    }

    public Long getChildId() {
        return childId;
    }

    public void setChildId(Long childId) {
        this.childId = childId;
    }

    public UploadCategory getCategory() {
        return category;
    }

    public void setCategory(UploadCategory category) {
        this.category = category;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<ParentUpload> getSent() {
        return sent;
    }
}
