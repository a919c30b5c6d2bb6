package ch.monportail.document.entity;

import ch.monportail.family.entity.Child;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A file a parent sent "pour la structure d'accueil concernant votre enfant" (DESIGN §8): the
 * child, the category chosen in the drop-down, a comment, the original name (cleaned, kept as data)
 * and the stored file; then the staff's decision — received → accepted or rejected with a reason.
 * An accepted medical certificate carries the days it covers.
 */
@Entity
@Table(name = "parent_upload")
public class ParentUpload {

    public static final int MAX_NOTE = 1000;

    @Id
    @SequenceGenerator(
            name = "parent_upload_seq",
            sequenceName = "parent_upload_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parent_upload_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id", updatable = false)
    private Child child;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private UploadCategory category;

    @Column(name = "note", updatable = false)
    private String comment;

    @Column(name = "original_name", nullable = false, updatable = false)
    private String originalName;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id", updatable = false)
    private StoredFile file;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UploadStatus status = UploadStatus.RECEIVED;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "covers_from")
    private LocalDate coversFrom;

    @Column(name = "covers_to")
    private LocalDate coversTo;

    @Version private long version;

    protected ParentUpload() {}

    public ParentUpload(
            Child child,
            UploadCategory category,
            String comment,
            String originalName,
            StoredFile file,
            long uploadedBy,
            Instant uploadedAt) {
        this.child = child;
        this.category = category;
        this.comment = comment;
        this.originalName = originalName;
        this.file = file;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Accepted; a medical certificate with the days it covers. */
    public void accept(long by, Instant at, LocalDate from, LocalDate to, String note) {
        decide(UploadStatus.ACCEPTED, by, at, note);
        this.coversFrom = from;
        this.coversTo = to;
    }

    public void reject(long by, Instant at, String reason) {
        decide(UploadStatus.REJECTED, by, at, reason);
    }

    private void decide(UploadStatus to, long by, Instant at, String note) {
        if (status != UploadStatus.RECEIVED) {
            throw new IllegalStateException("document.invalid.decided");
        }
        status = to;
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }

    public Long getId() {
        return id;
    }

    public Child getChild() {
        return child;
    }

    public UploadCategory getCategory() {
        return category;
    }

    public String getComment() {
        return comment;
    }

    public String getOriginalName() {
        return originalName;
    }

    public StoredFile getFile() {
        return file;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public UploadStatus getStatus() {
        return status;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public LocalDate getCoversFrom() {
        return coversFrom;
    }

    public LocalDate getCoversTo() {
        return coversTo;
    }

    public boolean isImage() {
        return file.getMimeType().startsWith("image/");
    }
}
