package ch.monportail.document.web;

import ch.monportail.document.boundary.Publications;
import ch.monportail.document.entity.PublicationCategory;
import ch.monportail.document.entity.PublishedDocument;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The documents at the families' disposal (*Téléchargements*), grouped by category. */
@Named
@RequestScoped
public class PublicationsBean {

    /** One category and its documents. */
    public record Group(PublicationCategory category, List<PublishedDocument> documents) {}

    @Inject private Publications publications;

    private List<Group> groups;

    @PostConstruct
    void load() {
        Map<PublicationCategory, List<PublishedDocument>> by = new LinkedHashMap<>();
        for (PublishedDocument d : publications.forMe()) {
            by.computeIfAbsent(d.getCategory(), k -> new ArrayList<>()).add(d);
        }
        groups = by.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    public List<Group> getGroups() {
        return groups;
    }
}
