package ch.monportail.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void fieldsAreSeparatedBySemicolonsAndQuotedWhenNeeded() {
        assertThat(Csv.line(Arrays.asList("27.11.2026 10:00", "a;b", "say \"hi\"", null, "Zürich")))
                .isEqualTo("27.11.2026 10:00;\"a;b\";\"say \"\"hi\"\"\";;Zürich\r\n");
        assertThat(Csv.line(Arrays.asList("two\nlines"))).isEqualTo("\"two\nlines\"\r\n");
    }

    @Test
    void formulasAreDefused() {
        assertThat(Csv.field("=HYPERLINK(\"http://evil\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.field("+41 27 345 56 20")).isEqualTo("\"'+41 27 345 56 20\"");
        assertThat(Csv.field("-2+3")).isEqualTo("\"'-2+3\"");
        // a plain signed amount is no formula: it stays a number for the spreadsheet
        assertThat(Csv.field("-12.30")).isEqualTo("-12.30");
        assertThat(Csv.field("@x")).isEqualTo("\"'@x\"");
        assertThat(Csv.field("plain")).isEqualTo("plain");
    }
}
