package ch.monportail.document.boundary;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.agenda.boundary.CertificateAccepted;
import ch.monportail.document.control.ClamAvClient;
import ch.monportail.document.control.FileCheck;
import ch.monportail.document.control.FileName;
import ch.monportail.document.entity.ParentUpload;
import ch.monportail.document.entity.StoredFile;
import ch.monportail.document.entity.UploadCategory;
import ch.monportail.document.entity.UploadStatus;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.family.boundary.FamilyAudit;
import ch.monportail.family.entity.Child;
import ch.monportail.platform.boundary.Outbox;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.control.SwissFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The files parents send "pour la structure d'accueil concernant votre enfant" and the staff's
 * inbox (DESIGN §8). A parent sends for a child of their family: the file is checked by content
 * ({@link FileCheck}), optionally scanned ({@link VirusScan}), stored in the database under a
 * generated id with its cleaned original name, and logged. Both parents see the family's uploads
 * with their status. The ADMIN sees every upload; an educator the medical certificates of the
 * children in their care. Accepting a medical certificate, with the days it covers, makes the
 * child's illness absences of those days not billed (the agenda, then the billing reversing what
 * was debited); the parent who sent the file is told the outcome by e-mail. Anybody else asking for
 * an upload's id gets "not found".
 */
@Stateless
@RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class Uploads {

    public static final String DOCUMENT_UPLOADED = "DOCUMENT_UPLOADED";
    public static final String DOCUMENT_REFUSED = "DOCUMENT_REFUSED";
    public static final String DOCUMENT_ACCEPTED = "DOCUMENT_ACCEPTED";
    public static final String DOCUMENT_REJECTED = "DOCUMENT_REJECTED";

    /** The longest period one medical certificate covers. */
    static final int MAX_CERTIFICATE_DAYS = 92;

    private static final Logger LOG = Logger.getLogger(Uploads.class.getName());

    @PersistenceContext private EntityManager em;

    @Inject private Clock clock;

    @Inject private FamilyAccess access;

    @Inject private FamilyAudit audit;

    @Inject private Outbox outbox;

    @Inject private VirusScan virusScan;

    @Inject private Event<CertificateAccepted> certificateAccepted;

    /** What a download sends: the cleaned name, the real type, the bytes. */
    public record FileContent(String name, String mimeType, byte[] content) {}

    /** A parent sends a file for a child of the family; refused with the reason, nothing stored. */
    @RolesAllowed(Role.PARENT_NAME)
    public ParentUpload send(
            long childId,
            UploadCategory category,
            String comment,
            String fileName,
            byte[] content) {
        Child child = access.childToEdit(childId);
        if (category == null) {
            throw new InvalidDocumentException("document.invalid.category");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > ParentUpload.MAX_NOTE) {
            throw new InvalidDocumentException("document.invalid.comment", ParentUpload.MAX_NOTE);
        }
        FileCheck.Verdict verdict = FileCheck.check(content);
        if (!verdict.isAccepted()) {
            throw new InvalidDocumentException(verdict.refusal());
        }
        ClamAvClient.Result scan = virusScan.scan(content);
        if (!scan.clean()) {
            LOG.warning(() -> "Upload refused by the virus scan: " + scan.finding());
            // written in its own transaction: this one rolls back with the refusal
            audit.recordNow(
                    child.getFamily(),
                    DOCUMENT_REFUSED,
                    child.getDisplayName() + ": " + scan.finding());
            throw new InvalidDocumentException("document.invalid.virus");
        }
        String name = FileName.clean(fileName, verdict.type());
        StoredFile file = new StoredFile(verdict.type().mimeType(), content, clock.instant());
        em.persist(file);
        ParentUpload upload =
                new ParentUpload(
                        child, category, note, name, file, access.callerId(), clock.instant());
        em.persist(upload);
        em.flush();
        audit.record(
                child.getFamily(),
                DOCUMENT_UPLOADED,
                child.getDisplayName()
                        + ": "
                        + category
                        + " "
                        + name
                        + " ("
                        + content.length
                        + " bytes, sha256 "
                        + file.getSha256()
                        + ")");
        return upload;
    }

    /** The uploads of the caller's family, newest first (both parents see them). */
    @RolesAllowed(Role.PARENT_NAME)
    public List<ParentUpload> ofMyFamily() {
        long family = access.ownRepresentative().getFamily().getId();
        return em.createQuery(
                        "select u from ParentUpload u join fetch u.child c join fetch u.file"
                                + " where c.familyId = :f order by u.uploadedAt desc, u.id desc",
                        ParentUpload.class)
                .setParameter("f", family)
                .getResultList();
    }

    /**
     * The staff's inbox, oldest first among the received ones: the ADMIN every upload, an educator
     * the medical certificates of the children in their care.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
    public List<ParentUpload> inbox(UploadStatus status) {
        String order = status == UploadStatus.RECEIVED ? "asc" : "desc";
        if (access.isAdmin()) {
            return em.createQuery(
                            "select u from ParentUpload u join fetch u.child join fetch u.file"
                                    + " where u.status = :s order by u.uploadedAt "
                                    + order,
                            ParentUpload.class)
                    .setParameter("s", status)
                    .setMaxResults(500)
                    .getResultList();
        }
        Set<Long> inCare = access.childrenInCareOfCaller();
        if (inCare.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select u from ParentUpload u join fetch u.child c join fetch u.file"
                                + " where u.status = :s and u.category = :medical"
                                + " and c.id in :children order by u.uploadedAt "
                                + order,
                        ParentUpload.class)
                .setParameter("s", status)
                .setParameter("medical", UploadCategory.MEDICAL_CERTIFICATE)
                .setParameter("children", inCare)
                .setMaxResults(500)
                .getResultList();
    }

    /**
     * An upload the caller may see: a parent of the child's family, the ADMIN, an educator for a
     * medical certificate of a child in their care; anybody else: not found.
     */
    public ParentUpload find(long parentUploadId) {
        ParentUpload upload = em.find(ParentUpload.class, parentUploadId);
        if (upload == null) {
            throw new NotFoundException();
        }
        if (access.isAdmin() || isStaffOf(upload)) {
            return upload;
        }
        // a parent: the child of their family (an educator who is no parent of it: not found)
        access.childToEdit(upload.getChild().getId());
        return upload;
    }

    /** The file of an upload, for the callers of {@link #find}. */
    public FileContent file(long parentUploadId) {
        ParentUpload upload = find(parentUploadId);
        StoredFile file = upload.getFile();
        return new FileContent(upload.getOriginalName(), file.getMimeType(), file.getContent());
    }

    /**
     * Accepts an upload; a medical certificate with the days it covers, whose illness absences are
     * then not billed. Returns how many absences the certificate covers.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
    public long accept(long parentUploadId, LocalDate from, LocalDate to, String note) {
        ParentUpload upload = staffFind(parentUploadId);
        boolean medical = upload.getCategory() == UploadCategory.MEDICAL_CERTIFICATE;
        if (medical
                && (from == null
                        || to == null
                        || to.isBefore(from)
                        || ChronoUnit.DAYS.between(from, to) >= MAX_CERTIFICATE_DAYS)) {
            throw new InvalidDocumentException("document.invalid.period", MAX_CERTIFICATE_DAYS);
        }
        try {
            upload.accept(
                    access.callerId(),
                    clock.instant(),
                    medical ? from : null,
                    medical ? to : null,
                    blankToNull(note));
        } catch (IllegalStateException e) {
            throw new InvalidDocumentException(e.getMessage());
        }
        em.flush();
        long covered = 0;
        if (medical) {
            certificateAccepted.fire(
                    new CertificateAccepted(upload.getChild().getId(), from, to, upload.getId()));
            covered =
                    em.createQuery(
                                    "select count(a) from Absence a where a.certificateId = :u",
                                    Long.class)
                            .setParameter("u", upload.getId())
                            .getSingleResult();
        }
        tell(upload, "documentAccepted", null);
        audit.record(
                upload.getChild().getFamily(),
                DOCUMENT_ACCEPTED,
                upload.getChild().getDisplayName()
                        + ": "
                        + upload.getCategory()
                        + " "
                        + upload.getOriginalName()
                        + (medical
                                ? " "
                                        + SwissFormat.date(from)
                                        + "–"
                                        + SwissFormat.date(to)
                                        + ", "
                                        + covered
                                        + " absence(s)"
                                : ""));
        return covered;
    }

    /** Rejects an upload with the reason the parent is told. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
    public void reject(long parentUploadId, String reason) {
        ParentUpload upload = staffFind(parentUploadId);
        String why = blankToNull(reason);
        if (why == null || why.length() > ParentUpload.MAX_NOTE) {
            throw new InvalidDocumentException("document.invalid.reason");
        }
        try {
            upload.reject(access.callerId(), clock.instant(), why);
        } catch (IllegalStateException e) {
            throw new InvalidDocumentException(e.getMessage());
        }
        tell(upload, "documentRejected", why);
        audit.record(
                upload.getChild().getFamily(),
                DOCUMENT_REJECTED,
                upload.getChild().getDisplayName() + ": " + upload.getOriginalName() + ": " + why);
    }

    private ParentUpload staffFind(long parentUploadId) {
        ParentUpload upload = em.find(ParentUpload.class, parentUploadId);
        if (upload == null || !(access.isAdmin() || isStaffOf(upload))) {
            throw new NotFoundException();
        }
        return upload;
    }

    /** An educator's: a medical certificate of a child in their care. */
    private boolean isStaffOf(ParentUpload upload) {
        return upload.getCategory() == UploadCategory.MEDICAL_CERTIFICATE
                && access.childrenInCareOfCaller().contains(upload.getChild().getId());
    }

    /** The parent who sent the file gets the outcome (in their language). */
    private void tell(ParentUpload upload, String template, String reason) {
        Account parent = em.find(Account.class, upload.getUploadedBy());
        if (parent == null || parent.getEmail() == null) {
            return;
        }
        outbox.send(
                template,
                parent.getLanguage(),
                parent.getEmail(),
                parent.getFirstName(),
                upload.getChild().getFirstName(),
                upload.getOriginalName(),
                SwissFormat.date(
                        LocalDate.ofInstant(
                                upload.getUploadedAt(),
                                ch.monportail.platform.boundary.Clocks.COMMUNE_ZONE)),
                reason == null ? "" : reason);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
