package ch.monportail.document.entity;

import ch.monportail.structure.entity.Structure;
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
 * A document the service publishes for the families: title, category, audience (all families, or
 * the families of one structure), language (or all), validity dates, the file. A new version
 * replaces it (this row stays, marked replaced); a withdrawn one is no longer shown.
 */
@Entity
@Table(name = "published_document")
public class PublishedDocument {

    public static final int MAX_TITLE = 200;

    @Id
    @SequenceGenerator(
            name = "published_document_seq",
            sequenceName = "published_document_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "published_document_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PublicationCategory category;

    /** Null: every family. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "structure_id", updatable = false)
    private Structure structure;

    /** Null: every language. */
    @Column(updatable = false)
    private String language;

    @Column(name = "valid_from", updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", updatable = false)
    private LocalDate validUntil;

    @Column(name = "original_name", nullable = false, updatable = false)
    private String originalName;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id", updatable = false)
    private StoredFile file;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", updatable = false)
    private Long publishedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by_id")
    private PublishedDocument replacedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Version private long version;

    protected PublishedDocument() {}

    public PublishedDocument(
            String title,
            PublicationCategory category,
            Structure structure,
            String language,
            LocalDate validFrom,
            LocalDate validUntil,
            String originalName,
            StoredFile file,
            Instant publishedAt,
            Long publishedBy) {
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("publication.invalid.validity");
        }
        this.title = title;
        this.category = category;
        this.structure = structure;
        this.language = language;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.originalName = originalName;
        this.file = file;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    /** A new version with the same title, audience and dates, and another file. */
    public PublishedDocument newVersion(String name, StoredFile newFile, Instant at, Long by) {
        if (!isCurrent()) {
            throw new IllegalStateException("publication.invalid.notCurrent");
        }
        PublishedDocument next =
                new PublishedDocument(
                        title,
                        category,
                        structure,
                        language,
                        validFrom,
                        validUntil,
                        name,
                        newFile,
                        at,
                        by);
        replacedBy = next;
        return next;
    }

    public void withdraw(Instant at, Long by) {
        if (!isCurrent()) {
            throw new IllegalStateException("publication.invalid.notCurrent");
        }
        withdrawnAt = at;
        withdrawnBy = by;
    }

    /** Neither replaced nor withdrawn. */
    public boolean isCurrent() {
        return replacedBy == null && withdrawnAt == null;
    }

    /** Shown on the day: current and within its validity. */
    public boolean isValidOn(LocalDate day) {
        return isCurrent()
                && (validFrom == null || !day.isBefore(validFrom))
                && (validUntil == null || !day.isAfter(validUntil));
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public PublicationCategory getCategory() {
        return category;
    }

    public Structure getStructure() {
        return structure;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getOriginalName() {
        return originalName;
    }

    public StoredFile getFile() {
        return file;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
