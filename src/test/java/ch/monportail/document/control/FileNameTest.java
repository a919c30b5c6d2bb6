package ch.monportail.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.document.control.FileCheck.Type;
import org.junit.jupiter.api.Test;

class FileNameTest {

    @Test
    void aPathIsNeverKept() {
        assertThat(FileName.clean("../../etc/passwd.pdf", Type.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileName.clean("C:\\Users\\claire\\Documents\\certificat.pdf", Type.PDF))
                .isEqualTo("certificat.pdf");
        assertThat(FileName.clean("/", Type.PDF)).isEqualTo("document.pdf");
        assertThat(FileName.clean("..", Type.PNG)).isEqualTo("document.png");
    }

    @Test
    void quotesLineBreaksAndControlCharactersGo() {
        assertThat(FileName.clean("cert\"ificat\r\nSet-Cookie: x=1.pdf", Type.PDF))
                .isEqualTo("cert_ificatSet-Cookie_ x=1.pdf")
                .doesNotContain("\r", "\n", "\"");
        assertThat(FileName.clean("a\u0000b\u202Egpj.exe", Type.JPEG)).isEqualTo("abgpj.jpg");
        assertThat(FileName.clean("  spaced   out  .png ", Type.PNG)).isEqualTo("spaced out.png");
        assertThat(FileName.clean("it's <b>bold.pdf", Type.PDF)).isEqualTo("it_s _b_bold.pdf");
        // a slash is a folder, whatever it was meant to be
        assertThat(FileName.clean("<b>bold</b>.pdf", Type.PDF)).isEqualTo("b_.pdf");
    }

    @Test
    void theExtensionIsTheRealType() {
        assertThat(FileName.clean("virus.exe", Type.PDF)).isEqualTo("virus.pdf");
        assertThat(FileName.clean("photo", Type.JPEG)).isEqualTo("photo.jpg");
        assertThat(FileName.clean("Avis de taxation 2025.PDF", Type.PDF))
                .isEqualTo("Avis de taxation 2025.pdf");
        assertThat(FileName.clean(null, Type.PNG)).isEqualTo("document.png");
    }

    @Test
    void aLongNameIsCutKeepingItsExtension() {
        String name = FileName.clean("x".repeat(500) + ".pdf", Type.PDF);
        assertThat(name).hasSize(FileName.MAX_LENGTH).endsWith("x.pdf");
    }

    @Test
    void theHeaderCarriesAnAsciiFallbackAndTheUtf8Name() {
        assertThat(FileName.contentDisposition(true, "Attestation employeur – Léa.pdf"))
                .isEqualTo(
                        "inline; filename=\"Attestation employeur _ Lea.pdf\";"
                                + " filename*=UTF-8''Attestation%20employeur%20%E2%80%93%20L%C3%A9a.pdf");
        assertThat(FileName.contentDisposition(false, "a.pdf")).startsWith("attachment;");
    }
}
