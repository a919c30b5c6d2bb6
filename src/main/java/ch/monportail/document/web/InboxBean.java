package ch.monportail.document.web;

import ch.monportail.document.boundary.Uploads;
import ch.monportail.document.entity.ParentUpload;
import ch.monportail.document.entity.UploadCategory;
import ch.monportail.document.entity.UploadStatus;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The staff's inbox of the parents' uploads (ADMIN: all; educator: the medical certificates of the
 * children in their care): by status, a file opened in the browser, accepted — a medical
 * certificate with the days it covers — or rejected with the reason the parent is told.
 */
@Named
@ViewScoped
public class InboxBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Uploads uploads;

    private UploadStatus status = UploadStatus.RECEIVED;
    private List<ParentUpload> rows;
    private ParentUpload selected;
    private LocalDate coversFrom;
    private LocalDate coversTo;
    private String note;

    @PostConstruct
    void load() {
        rows = uploads.inbox(status);
    }

    public void show() {
        rows = uploads.inbox(status);
        selected = null;
    }

    public void select(long parentUploadId) {
        selected = uploads.find(parentUploadId);
        coversFrom = null;
        coversTo = null;
        note = null;
    }

    public void accept() {
        try {
            long covered = uploads.accept(selected.getId(), coversFrom, coversTo, note);
            if (selected.getCategory() == UploadCategory.MEDICAL_CERTIFICATE) {
                Texts.info("inbox.acceptedCertificate", covered);
            } else {
                Texts.info("inbox.accepted");
            }
            show();
        } catch (BusinessException e) {
            Texts.error(e);
        }
    }

    public void reject() {
        try {
            uploads.reject(selected.getId(), note);
            Texts.info("inbox.rejected");
            show();
        } catch (BusinessException e) {
            Texts.error(e);
        }
    }

    public UploadStatus[] getStatuses() {
        return UploadStatus.values();
    }

    public UploadStatus getStatus() {
        return status;
    }

    public void setStatus(UploadStatus status) {
        this.status = status == null ? UploadStatus.RECEIVED : status;
    }

    public List<ParentUpload> getRows() {
        return rows;
    }

    public ParentUpload getSelected() {
        return selected;
    }

    public boolean isMedical() {
        return selected != null && selected.getCategory() == UploadCategory.MEDICAL_CERTIFICATE;
    }

    public LocalDate getCoversFrom() {
        return coversFrom;
    }

    public void setCoversFrom(LocalDate coversFrom) {
        this.coversFrom = coversFrom;
    }

    public LocalDate getCoversTo() {
        return coversTo;
    }

    public void setCoversTo(LocalDate coversTo) {
        this.coversTo = coversTo;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
