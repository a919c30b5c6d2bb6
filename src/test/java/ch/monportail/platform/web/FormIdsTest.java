package ch.monportail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A Faces form writes a hidden input named after its own id. In the browser a form control's name
 * shadows the form element's property of that name: a form {@code id="children"} makes {@code
 * form.children} an input, and PrimeFaces' CSP start-up ({@code PrimeFaces.csp.init} iterates
 * {@code form.children}) then stops before building any widget of the page. No form may be named
 * after a property or method of {@code HTMLFormElement}.
 */
class FormIdsTest {

    private static final Set<String> FORM_PROPERTIES =
            Set.of(
                    "acceptCharset",
                    "action",
                    "autocomplete",
                    "checkValidity",
                    "children",
                    "elements",
                    "encoding",
                    "enctype",
                    "id",
                    "length",
                    "method",
                    "name",
                    "noValidate",
                    "relList",
                    "rel",
                    "reportValidity",
                    "requestSubmit",
                    "reset",
                    "style",
                    "submit",
                    "target",
                    "className",
                    "attributes",
                    "parentNode",
                    "nodeName",
                    "firstChild");

    private static final Pattern FORM_ID = Pattern.compile("<h:form\\b[^>]*\\bid=\"([^\"]+)\"");

    @Test
    void noFormIsNamedAfterAPropertyOfTheFormElement() throws IOException {
        List<String> clashes = new ArrayList<>();
        int forms = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher form = FORM_ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (form.find()) {
                    forms++;
                    if (FORM_PROPERTIES.contains(form.group(1))) {
                        clashes.add(file + ": " + form.group(1));
                    }
                }
            }
        }
        assertThat(forms).as("forms found").isGreaterThan(50);
        assertThat(clashes).isEmpty();
    }
}
