package ch.monportail.document.boundary;

import ch.monportail.account.boundary.AccountDemoData;
import ch.monportail.document.control.OnePagePdf;
import ch.monportail.document.entity.ParentUpload;
import ch.monportail.document.entity.PublicationCategory;
import ch.monportail.document.entity.PublishedDocument;
import ch.monportail.document.entity.StoredFile;
import ch.monportail.document.entity.UploadCategory;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.platform.boundary.DemoData;
import ch.monportail.platform.control.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import javax.imageio.ImageIO;

/**
 * The demo documents, after the billing's demo: the regulations for all families and the UAPE's
 * menus (in French); in the inbox, a medical certificate Claire Favre sent for Noé (ill on his last
 * day of care, still to be accepted) and the Rossi family's tax assessment (a photo).
 */
@Singleton
@Startup
@DependsOn("BillingDemoData")
public class DocumentDemoData {

    @Inject private DemoData demoData;

    @Inject private Clock clock;

    @PersistenceContext private EntityManager em;

    /** The start-up waited for its database: seeds now, after the billing's demo. */
    public void seedLater(
            @Observes @Priority(SchemaMigrated.DOCUMENT_DEMO) SchemaMigrated migrated) {
        seed();
    }

    @PostConstruct
    void seed() {
        if (!demoData.isSeededNow()) {
            return;
        }
        publish(
                "Règlement des structures d'accueil 2026-2027",
                PublicationCategory.REGULATIONS,
                null,
                null,
                "reglement-accueil-2026-2027.pdf",
                OnePagePdf.of("Commune de Conthey - Reglement des structures d'accueil 2026-2027"));
        em.createQuery(
                        "select s from Structure s where s.name = :n",
                        ch.monportail.structure.entity.Structure.class)
                .setParameter("n", "UAPE Les Écureuils")
                .getResultStream()
                .findFirst()
                .ifPresent(
                        uape ->
                                publish(
                                        "Menus de la semaine",
                                        PublicationCategory.MENUS,
                                        uape,
                                        "fr",
                                        "menus-uape.pdf",
                                        OnePagePdf.of("UAPE Les Ecureuils - Menus de la semaine")));
        LegalRepresentative claire = representative(AccountDemoData.PARENT_EMAIL);
        upload(
                child(claire, "Noé"),
                UploadCategory.MEDICAL_CERTIFICATE,
                "Fièvre, certificat du Dr Rey",
                "certificat Noé.pdf",
                "application/pdf",
                OnePagePdf.of(
                        "Dr. med. A. Rey, Conthey — Certificat médical — Noé Favre — incapacité 1 jour"),
                claire,
                Duration.ofHours(20));
        LegalRepresentative luca = representative(AccountDemoData.OTHER_FAMILY_EMAIL);
        em
                .createQuery("select c from Child c where c.family = :f order by c.id", Child.class)
                .setParameter("f", luca.getFamily())
                .getResultList()
                .stream()
                .findFirst()
                .ifPresent(
                        child ->
                                upload(
                                        child,
                                        UploadCategory.INCOME_PROOF,
                                        null,
                                        "IMG_2043.png",
                                        "image/png",
                                        png(),
                                        luca,
                                        Duration.ofDays(3)));
    }

    private void upload(
            Child child,
            UploadCategory category,
            String comment,
            String name,
            String mimeType,
            byte[] content,
            LegalRepresentative by,
            Duration ago) {
        StoredFile file = new StoredFile(mimeType, content, clock.instant().minus(ago));
        em.persist(file);
        em.persist(
                new ParentUpload(
                        child,
                        category,
                        comment,
                        name,
                        file,
                        by.getAccount().getId(),
                        clock.instant().minus(ago)));
    }

    private void publish(
            String title,
            PublicationCategory category,
            ch.monportail.structure.entity.Structure structure,
            String language,
            String name,
            byte[] content) {
        StoredFile file = new StoredFile("application/pdf", content, clock.instant());
        em.persist(file);
        em.persist(
                new PublishedDocument(
                        title,
                        category,
                        structure,
                        language,
                        null,
                        null,
                        name,
                        file,
                        clock.instant(),
                        null));
    }

    private LegalRepresentative representative(String email) {
        return em.createQuery(
                        "select r from LegalRepresentative r where r.account.email = :e",
                        LegalRepresentative.class)
                .setParameter("e", email)
                .getSingleResult();
    }

    private Child child(LegalRepresentative parent, String firstName) {
        return em.createQuery(
                        "select c from Child c where c.family = :f and c.firstName = :n",
                        Child.class)
                .setParameter("f", parent.getFamily())
                .setParameter("n", firstName)
                .getSingleResult();
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Avis de taxation 2025 - Rossi", 20, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
