package ch.monportail.document.boundary;

import ch.monportail.account.entity.Role;
import ch.monportail.contract.entity.ContractStatus;
import ch.monportail.document.control.FileCheck;
import ch.monportail.document.control.FileName;
import ch.monportail.document.entity.PublicationCategory;
import ch.monportail.document.entity.PublishedDocument;
import ch.monportail.document.entity.StoredFile;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.platform.boundary.Clocks;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.structure.entity.Structure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The documents the service publishes (DESIGN §8): the ADMIN publishes one (title, category,
 * audience, language, validity, file — checked by content like the parents' uploads), replaces it
 * with a new version, withdraws it. A parent sees the current documents valid today for all
 * families or for a structure where one of their children has a contract, in their language or for
 * all; an educator those of the structures they work in. Anybody else asking for a document's id
 * gets "not found".
 */
@Stateless
@RolesAllowed({Role.PARENT_NAME, Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class Publications {

    public static final String DOCUMENT_PUBLISHED = "DOCUMENT_PUBLISHED";
    public static final String DOCUMENT_REPLACED = "DOCUMENT_REPLACED";
    public static final String DOCUMENT_WITHDRAWN = "DOCUMENT_WITHDRAWN";

    @PersistenceContext private EntityManager em;

    @Inject private Clock clock;

    @Inject private FamilyAccess access;

    @Inject private AuditLog audit;

    /** What the ADMIN fills in to publish a document. */
    public record Draft(
            String title,
            PublicationCategory category,
            Long structureId,
            String language,
            LocalDate validFrom,
            LocalDate validUntil) {}

    @RolesAllowed(Role.ADMIN_NAME)
    public PublishedDocument publish(Draft draft, String fileName, byte[] content) {
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() || title.length() > PublishedDocument.MAX_TITLE) {
            throw new InvalidDocumentException("publication.invalid.title");
        }
        if (draft.category() == null) {
            throw new InvalidDocumentException("document.invalid.category");
        }
        String language =
                draft.language() == null || draft.language().isBlank() ? null : draft.language();
        if (language != null && !List.of("fr", "de", "en").contains(language)) {
            throw new InvalidDocumentException("publication.invalid.language");
        }
        Structure structure = null;
        if (draft.structureId() != null) {
            structure = em.find(Structure.class, draft.structureId());
            if (structure == null) {
                throw new NotFoundException();
            }
        }
        if (draft.validFrom() != null
                && draft.validUntil() != null
                && draft.validUntil().isBefore(draft.validFrom())) {
            throw new InvalidDocumentException("publication.invalid.validity");
        }
        FileCheck.Verdict verdict = checked(content);
        StoredFile file = store(verdict, content);
        PublishedDocument document =
                new PublishedDocument(
                        title,
                        draft.category(),
                        structure,
                        language,
                        draft.validFrom(),
                        draft.validUntil(),
                        FileName.clean(fileName, verdict.type()),
                        file,
                        clock.instant(),
                        access.callerId());
        em.persist(document);
        em.flush();
        record(DOCUMENT_PUBLISHED, document);
        return document;
    }

    /** A new version of a current document (same title, audience and dates). */
    @RolesAllowed(Role.ADMIN_NAME)
    public PublishedDocument replace(long publishedDocumentId, String fileName, byte[] content) {
        PublishedDocument old = adminFind(publishedDocumentId);
        FileCheck.Verdict verdict = checked(content);
        StoredFile file = store(verdict, content);
        PublishedDocument next;
        try {
            next =
                    old.newVersion(
                            FileName.clean(fileName, verdict.type()),
                            file,
                            clock.instant(),
                            access.callerId());
        } catch (IllegalStateException e) {
            throw new InvalidDocumentException(e.getMessage());
        }
        em.persist(next);
        em.flush();
        record(DOCUMENT_REPLACED, next);
        return next;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void withdraw(long publishedDocumentId) {
        PublishedDocument document = adminFind(publishedDocumentId);
        try {
            document.withdraw(clock.instant(), access.callerId());
        } catch (IllegalStateException e) {
            throw new InvalidDocumentException(e.getMessage());
        }
        record(DOCUMENT_WITHDRAWN, document);
    }

    /** The ADMIN's list: every current document, then the withdrawn ones, newest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<PublishedDocument> all() {
        return em
                .createQuery(
                        "select d from PublishedDocument d join fetch d.file left join fetch"
                                + " d.structure where d.replacedBy is null"
                                + " order by d.publishedAt desc",
                        PublishedDocument.class)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(d -> d.getWithdrawnAt() != null))
                .toList();
    }

    /** The documents the caller sees today, by category then title. */
    public List<PublishedDocument> forMe() {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.COMMUNE_ZONE));
        Set<Long> structures = myStructures();
        String language = access.caller().getLanguage();
        return em
                .createQuery(
                        "select d from PublishedDocument d join fetch d.file left join fetch"
                                + " d.structure where d.replacedBy is null and d.withdrawnAt is null"
                                + " order by d.category, d.title",
                        PublishedDocument.class)
                .getResultList()
                .stream()
                .filter(d -> d.isValidOn(today))
                .filter(d -> d.getLanguage() == null || d.getLanguage().equals(language))
                .filter(d -> access.isAdmin() || visibleIn(d, structures))
                .toList();
    }

    /** A document's file, for those who may see it (current and valid, or the ADMIN). */
    public Uploads.FileContent file(long publishedDocumentId) {
        PublishedDocument d = em.find(PublishedDocument.class, publishedDocumentId);
        if (d == null) {
            throw new NotFoundException();
        }
        if (!access.isAdmin()) {
            LocalDate today = LocalDate.now(clock.withZone(Clocks.COMMUNE_ZONE));
            if (!d.isValidOn(today) || !visibleIn(d, myStructures())) {
                throw new NotFoundException();
            }
        }
        StoredFile file = d.getFile();
        return new Uploads.FileContent(d.getOriginalName(), file.getMimeType(), file.getContent());
    }

    private static boolean visibleIn(PublishedDocument d, Set<Long> structures) {
        return d.getStructure() == null || structures.contains(d.getStructure().getId());
    }

    /** The structures of the caller: a parent's children's contracts, an educator's own. */
    private Set<Long> myStructures() {
        if (access.isAdmin()) {
            return Set.of();
        }
        var parent = access.callerRepresentative();
        if (parent.isPresent()) {
            return em.createQuery(
                            "select distinct c.structure.id from Contract c"
                                    + " where c.child.familyId = :f and c.status <> :draft",
                            Long.class)
                    .setParameter("f", parent.get().getFamily().getId())
                    .setParameter("draft", ContractStatus.DRAFT)
                    .getResultStream()
                    .collect(Collectors.toSet());
        }
        return em.createQuery(
                        "select s.id from Structure s join s.educators e where e.id = :a",
                        Long.class)
                .setParameter("a", access.callerId())
                .getResultStream()
                .collect(Collectors.toSet());
    }

    private PublishedDocument adminFind(long id) {
        PublishedDocument d = em.find(PublishedDocument.class, id);
        if (d == null) {
            throw new NotFoundException();
        }
        return d;
    }

    private static FileCheck.Verdict checked(byte[] content) {
        FileCheck.Verdict verdict = FileCheck.check(content);
        if (!verdict.isAccepted()) {
            throw new InvalidDocumentException(verdict.refusal());
        }
        return verdict;
    }

    private StoredFile store(FileCheck.Verdict verdict, byte[] content) {
        StoredFile file = new StoredFile(verdict.type().mimeType(), content, clock.instant());
        em.persist(file);
        return file;
    }

    private void record(String action, PublishedDocument d) {
        audit.record(
                access.callerId(),
                access.caller().getEmail(),
                action,
                d.getTitle() + " (" + d.getCategory() + ", " + d.getOriginalName() + ")",
                null);
    }
}
