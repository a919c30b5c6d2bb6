package ch.monportail.family.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the portal holds about a family, for the right of access of the Swiss data protection
 * act (nLPD art. 25): named sections of items, each item an ordered set of fields. The same content
 * gives the machine-readable JSON ({@link #toJson()}, ISO dates, plain numbers) and the readable
 * PDF ({@link DataExportPdf}). Later features add their sections (contracts, agenda, ledger,
 * documents) through the export event, so the copy stays complete as the product grows.
 */
public final class DataExport {

    /** One section: a name (a stable JSON key, and the i18n key of its PDF title) and items. */
    public record Section(String name, List<Map<String, Object>> items) {}

    private final Instant generatedAt;
    private final List<Section> sections = new ArrayList<>();

    public DataExport(Instant generatedAt) {
        this.generatedAt = generatedAt;
    }

    /** Starts a section (or continues one of the same name) and returns it for items. */
    public Section section(String name) {
        for (Section section : sections) {
            if (section.name().equals(name)) {
                return section;
            }
        }
        Section section = new Section(name, new ArrayList<>());
        sections.add(section);
        return section;
    }

    /**
     * Adds an item of alternating field names and values: {@code item("x", "firstName", "Léa")}.
     */
    public void item(String section, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        section(section).items().add(fields);
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public List<Section> getSections() {
        return Collections.unmodifiableList(sections);
    }

    public String toJson() {
        JsonObjectBuilder root = Json.createObjectBuilder();
        root.add("format", "monportail-family-data/1");
        root.add("generatedAt", generatedAt.toString());
        JsonObjectBuilder all = Json.createObjectBuilder();
        for (Section section : sections) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (Map<String, Object> item : section.items()) {
                JsonObjectBuilder object = Json.createObjectBuilder();
                item.forEach((name, value) -> addValue(object, name, value));
                items.add(object);
            }
            all.add(section.name(), items);
        }
        root.add("sections", all);
        return root.build().toString();
    }

    private static void addValue(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else if (value instanceof BigDecimal decimal) {
            object.add(name, decimal);
        } else if (value instanceof Integer number) {
            object.add(name, number);
        } else if (value instanceof Long number) {
            object.add(name, number);
        } else if (value instanceof Boolean flag) {
            object.add(name, flag);
        } else if (value instanceof LocalDate || value instanceof Instant) {
            object.add(name, value.toString());
        } else {
            object.add(name, value.toString());
        }
    }
}
