package ch.monportail.document.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file's bytes, in the database (DESIGN §8: cluster-safe, one backup), under a generated id —
 * never a path. Its type is the one its content was recognised as. Never changed once stored.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @SequenceGenerator(
            name = "stored_file_seq",
            sequenceName = "stored_file_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
    private Long id;

    @Column(name = "mime_type", nullable = false, updatable = false)
    private String mimeType;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private int byteSize;

    @Column(nullable = false, updatable = false)
    private String sha256;

    /** Read only when the file is sent, never with a list. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoredFile() {}

    public StoredFile(String mimeType, byte[] content, Instant createdAt) {
        this.mimeType = mimeType;
        this.content = content.clone();
        this.byteSize = content.length;
        this.sha256 = sha256(content);
        this.createdAt = createdAt;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getMimeType() {
        return mimeType;
    }

    public int getByteSize() {
        return byteSize;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
