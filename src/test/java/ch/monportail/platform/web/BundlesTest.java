package ch.monportail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-facing text exists in French, German and English, and every key used exists. */
class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/ch/monportail/i18n");

    private static Properties load(String language) throws IOException {
        return load("messages", language);
    }

    private static Properties load(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(
                        BUNDLES.resolve(bundle + "_" + language + ".properties"),
                        StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties fr = load("fr");
        for (String language : new String[] {"de", "en"}) {
            Properties other = load(language);
            assertThat(other.stringPropertyNames())
                    .as("keys of %s", language)
                    .containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames());
            other.forEach(
                    (k, v) -> assertThat(v.toString()).as("%s in %s", k, language).isNotBlank());
        }
        fr.forEach((k, v) -> assertThat(v.toString()).as("%s in fr", k).isNotBlank());
    }

    @Test
    void apostrophesInTextsWithParametersAreDoubled() throws IOException {
        // MessageFormat (h:outputFormat) reads a single ' as a quote: "Aujourd'hui : {0}" would
        // print "Aujourdhui : {0}".
        for (String language : new String[] {"fr", "de", "en"}) {
            load(language)
                    .forEach(
                            (k, v) -> {
                                String text = v.toString();
                                if (text.matches("(?s).*\\{\\d}.*")) {
                                    assertThat(text.replace("''", ""))
                                            .as("%s in %s", k, language)
                                            .doesNotContain("'");
                                } else {
                                    assertThat(text)
                                            .as("%s in %s is shown as is", k, language)
                                            .doesNotContain("''");
                                }
                            });
        }
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Set<String> keys = load("fr").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        collect(
                Path.of("src/main/webapp"),
                ".xhtml",
                Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]"),
                used);
        collect(
                Path.of("src/main/java"),
                ".java",
                Pattern.compile("Texts\\.(?:get|info|error)\\(\"([a-zA-Z0-9.]+)\"\\s*[,)]"),
                used);
        collect(
                Path.of("src/main/java"),
                ".java",
                Pattern.compile("(?:super|Exception)\\(\"([a-zA-Z0-9.]+)\""),
                used);
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void theMailTemplatesExistInTheThreeLanguages() throws IOException {
        Properties fr = load("mail", "fr");
        assertThat(fr.stringPropertyNames()).isNotEmpty();
        for (String language : new String[] {"de", "en"}) {
            Properties other = load("mail", language);
            assertThat(other.stringPropertyNames())
                    .containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames());
            other.forEach(
                    (k, v) ->
                            assertThat(v.toString().replace("''", ""))
                                    .as(
                                            "%s in %s: MessageFormat needs doubled apostrophes",
                                            k, language)
                                    .doesNotContain("'"));
        }
        fr.forEach(
                (k, v) ->
                        assertThat(v.toString().replace("''", "")).as("%s", k).doesNotContain("'"));
    }

    @Test
    void theBundlesAreOnTheClassPathInUtf8() throws IOException {
        try (InputStream in =
                getClass().getResourceAsStream("/ch/monportail/i18n/messages_de.properties")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("Persönliche");
        }
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }
}
