package ch.monportail.document.web;

import ch.monportail.document.boundary.Publications;
import ch.monportail.document.entity.PublicationCategory;
import ch.monportail.document.entity.PublishedDocument;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Texts;
import ch.monportail.structure.boundary.Structures;
import ch.monportail.structure.entity.Structure;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The ADMIN publishes documents for the families, replaces them with new versions, withdraws. */
@Named
@ViewScoped
public class AdminDocumentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Publications publications;

    @Inject private Structures structures;

    private List<PublishedDocument> documents;
    private List<Structure> allStructures;
    private String title;
    private PublicationCategory category;
    private Long structureId;
    private String language;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private transient Part file;
    private Long replaceId;
    private transient Part replacement;

    @PostConstruct
    void load() {
        documents = publications.all();
        allStructures = structures.all();
    }

    public void publish() {
        try {
            publications.publish(
                    new Publications.Draft(
                            title, category, structureId, language, validFrom, validUntil),
                    file == null ? null : file.getSubmittedFileName(),
                    bytes(file));
            Texts.info("publications.published", title);
            title = null;
            documents = publications.all();
        } catch (BusinessException e) {
            Texts.error(e);
        }
    }

    public void replace() {
        if (replaceId == null) {
            Texts.error("publication.invalid.choose");
            return;
        }
        try {
            publications.replace(
                    replaceId,
                    replacement == null ? null : replacement.getSubmittedFileName(),
                    bytes(replacement));
            Texts.info("publications.replaced");
            documents = publications.all();
        } catch (BusinessException e) {
            Texts.error(e);
        }
    }

    public void withdraw(long publishedDocumentId) {
        try {
            publications.withdraw(publishedDocumentId);
            Texts.info("publications.withdrawn");
            documents = publications.all();
        } catch (BusinessException e) {
            Texts.error(e);
        }
    }

    private static byte[] bytes(Part part) {
        if (part == null) {
            return new byte[0];
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    public PublicationCategory[] getCategories() {
        return PublicationCategory.values();
    }

    public List<PublishedDocument> getDocuments() {
        return documents;
    }

    public List<PublishedDocument> getCurrentDocuments() {
        return documents.stream().filter(PublishedDocument::isCurrent).toList();
    }

    public List<Structure> getStructures() {
        return allStructures;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public PublicationCategory getCategory() {
        return category;
    }

    public void setCategory(PublicationCategory category) {
        this.category = category;
    }

    public Long getStructureId() {
        return structureId;
    }

    public void setStructureId(Long structureId) {
        this.structureId = structureId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getReplaceId() {
        return replaceId;
    }

    public void setReplaceId(Long replaceId) {
        this.replaceId = replaceId;
    }

    public Part getReplacement() {
        return replacement;
    }

    public void setReplacement(Part replacement) {
        this.replacement = replacement;
    }
}
