package ch.monportail.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.monportail.document.control.FileCheck.Type;
import ch.monportail.document.control.FileCheck.Verdict;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;

/** The inputs of issue 8, each built here: real files, broken ones, disguised ones, noise. */
class FileCheckTest {

    static byte[] pdf() throws IOException {
        return pdf(null);
    }

    static byte[] pdf(java.util.function.Consumer<PDDocument> change) {
        return OnePagePdf.of("Certificat medical - Lea Favre - 3 jours", change);
    }

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(8, 8, 40, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.exe"));
            zip.write(
                    "MZ this program cannot be run in DOS mode"
                            .getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static String refusal(byte[] content) {
        Verdict v = FileCheck.check(content);
        assertThat(v.isAccepted()).as("refused").isFalse();
        return v.refusal();
    }

    @Test
    void aPdfAJpegAndAPngAreRecognisedByTheirContent() throws IOException {
        assertThat(FileCheck.check(pdf()).type()).isEqualTo(Type.PDF);
        assertThat(FileCheck.check(image("jpg")).type()).isEqualTo(Type.JPEG);
        assertThat(FileCheck.check(image("png")).type()).isEqualTo(Type.PNG);
    }

    @Test
    void anEmptyFileAndA11MegabyteFileAreRefused() throws IOException {
        assertThat(refusal(new byte[0])).isEqualTo("document.invalid.empty");
        assertThat(refusal(null)).isEqualTo("document.invalid.empty");
        byte[] big = Arrays.copyOf(pdf(), 11 * 1024 * 1024);
        assertThat(refusal(big)).isEqualTo("document.invalid.tooLarge");
        byte[] limit = Arrays.copyOf(image("png"), FileCheck.MAX_BYTES + 1);
        assertThat(refusal(limit)).isEqualTo("document.invalid.tooLarge");
    }

    @Test
    void anExecutableRenamedPdfIsAnExecutable() {
        byte[] windows = new byte[4096];
        windows[0] = 'M';
        windows[1] = 'Z';
        windows[0x3c] = (byte) 0x80;
        windows[0x80] = 'P';
        windows[0x81] = 'E';
        assertThat(refusal(windows)).isEqualTo("document.invalid.type");
        byte[] linux = Arrays.copyOf(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, 2048);
        assertThat(refusal(linux)).isEqualTo("document.invalid.type");
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(script)).isEqualTo("document.invalid.type");
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(html)).isEqualTo("document.invalid.type");
    }

    @Test
    void aPdfNamedJpgIsAPdf_theNameIsNotAsked() throws IOException {
        assertThat(FileCheck.check(pdf()).type()).isEqualTo(Type.PDF);
        assertThat(FileName.clean("scan.jpg", Type.PDF)).isEqualTo("scan.pdf");
    }

    @Test
    void aTruncatedPdfOrImageIsRefused() throws IOException {
        byte[] pdf = pdf();
        assertThat(refusal(Arrays.copyOf(pdf, pdf.length * 2 / 3)))
                .isEqualTo("document.invalid.incomplete");
        assertThat(refusal(Arrays.copyOf(pdf, 20))).isEqualTo("document.invalid.incomplete");
        byte[] png = image("png");
        assertThat(refusal(Arrays.copyOf(png, png.length - 5)))
                .isEqualTo("document.invalid.incomplete");
        byte[] jpeg = image("jpg");
        assertThat(refusal(Arrays.copyOf(jpeg, jpeg.length / 2)))
                .isEqualTo("document.invalid.incomplete");
    }

    @Test
    void polyglotsHidingAnArchiveBehindAFileAreRefused() throws IOException {
        byte[] zip = zip();
        assertThat(refusal(concat(image("png"), zip))).isEqualTo("document.invalid.incomplete");
        assertThat(refusal(concat(image("jpg"), zip))).isEqualTo("document.invalid.incomplete");
        assertThat(refusal(concat(pdf(), zip))).isEqualTo("document.invalid.incomplete");
        // a PDF header glued in front of an archive is no PDF either
        byte[] fake =
                concat(
                        "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                        concat(zip, "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(FileCheck.check(fake).isAccepted()).isFalse();
    }

    @Test
    void aPdfWithAScriptOrEncryptedIsRefused() throws IOException {
        byte[] script =
                pdf(
                        d ->
                                d.getDocumentCatalog()
                                        .setOpenAction(new PDActionJavaScript("app.alert(1)")));
        assertThat(refusal(script)).isEqualTo("document.invalid.active");
        byte[] encrypted =
                pdf(
                        d -> {
                            try {
                                d.protect(
                                        new StandardProtectionPolicy(
                                                "owner", "user", new AccessPermission()));
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
        assertThat(refusal(encrypted)).isEqualTo("document.invalid.encrypted");
        // the name spelt with escapes to hide it is found too
        String hidden =
                new String(pdf(), StandardCharsets.ISO_8859_1)
                        .replace(
                                "/Type /Catalog",
                                "/Type /Catalog /Names << /J#61vaScript 1 0 R >>");
        assertThat(refusal(hidden.getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("document.invalid.active");
    }

    @Test
    void anImageThatCannotBeDecodedIsRefused() throws IOException {
        byte[] png = image("png");
        byte[] broken = png.clone();
        // scramble the image data between the header chunk and IEND
        for (int i = 40; i < broken.length - 12; i++) {
            broken[i] = (byte) (broken[i] ^ 0x5a);
        }
        assertThat(FileCheck.check(broken).isAccepted()).isFalse();
    }

    @Test
    void nameEscapesOfABackslashOrADollarAreDecodedAsText() throws IOException {
        // found by the damaged-files test: "#5C" decodes to '\\', "#24" to '$' — both once broke
        // the decoding (read as regex replacement syntax)
        String original = new String(pdf(), StandardCharsets.ISO_8859_1);
        int firstLine = original.indexOf('\n') + 1;
        String withEscapes =
                original.substring(0, firstLine)
                        + "%/Pr#5Cd#24cer #5c#24\n"
                        + original.substring(firstLine);
        byte[] input = withEscapes.getBytes(StandardCharsets.ISO_8859_1);
        assertThatCode(() -> FileCheck.check(input)).doesNotThrowAnyException();
    }

    @Test
    void noiseIsNeverAcceptedAndNeverBreaksTheCheck() {
        Random random = new Random(20261128L);
        for (int i = 0; i < 500; i++) {
            byte[] noise = new byte[1 + random.nextInt(4096)];
            random.nextBytes(noise);
            assertThatCode(() -> FileCheck.check(noise)).doesNotThrowAnyException();
            assertThat(FileCheck.check(noise).isAccepted()).as("noise %d", i).isFalse();
        }
    }

    @Test
    void damagedRealFilesNeverBreakTheCheck() throws IOException {
        Random random = new Random(8L);
        for (byte[] original : new byte[][] {pdf(), image("png"), image("jpg")}) {
            for (int i = 0; i < 80; i++) {
                byte[] damaged = original.clone();
                int flips = 1 + random.nextInt(16);
                for (int f = 0; f < flips; f++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
                if (random.nextBoolean()) {
                    damaged = Arrays.copyOf(damaged, 1 + random.nextInt(damaged.length));
                }
                byte[] input = damaged;
                assertThatCode(() -> FileCheck.check(input)).doesNotThrowAnyException();
                Verdict v = FileCheck.check(input);
                assertThat(v.isAccepted() ^ v.refusal() != null).isTrue();
            }
        }
    }
}
