package ch.monportail.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] RFC_KEY =
            "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_KEY_BASE32 = new Base32().encodeToString(RFC_KEY);

    /** RFC 6238, appendix B, SHA-1 column. */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void theRfc6238TestVectors(long time, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(time));
        assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
        assertThat(Totp.code(RFC_KEY, step, 6)).isEqualTo(expected.substring(2));
    }

    @Test
    void aCodeIsAcceptedOneStepAroundButNeverTwice() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        String current = Totp.code(RFC_KEY_BASE32, step);
        String previous = Totp.code(RFC_KEY_BASE32, step - 1);
        String next = Totp.code(RFC_KEY_BASE32, step + 1);
        String tooOld = Totp.code(RFC_KEY_BASE32, step - 2);

        assertThat(Totp.verify(RFC_KEY_BASE32, current, now, null)).hasValue(step);
        assertThat(Totp.verify(RFC_KEY_BASE32, previous, now, null)).hasValue(step - 1);
        assertThat(Totp.verify(RFC_KEY_BASE32, next, now, null)).hasValue(step + 1);
        assertThat(Totp.verify(RFC_KEY_BASE32, tooOld, now, null)).isEmpty();
        assertThat(Totp.verify(RFC_KEY_BASE32, current, now, step)).as("replay").isEmpty();
        assertThat(
                        Totp.verify(
                                RFC_KEY_BASE32,
                                " " + current.substring(0, 3) + " " + current.substring(3),
                                now,
                                null))
                .hasValue(step);
        assertThat(Totp.verify(RFC_KEY_BASE32, "12345", now, null)).isEmpty();
        assertThat(Totp.verify(RFC_KEY_BASE32, "abcdef", now, null)).isEmpty();
        assertThat(Totp.verify(null, current, now, null)).isEmpty();
    }

    @Test
    void newSecretsAre160BitsOfBase32AndTheUriIsWhatAppsRead() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(new Base32().decode(secret)).hasSize(20);
        assertThat(Totp.uri("MonPortail Conthey", "claire@ex.ch", secret))
                .isEqualTo(
                        "otpauth://totp/MonPortail%20Conthey:claire%40ex.ch?secret="
                                + secret
                                + "&issuer=MonPortail%20Conthey&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recoveryCodesAreTenSingleShapesComparedLoosely() {
        var codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(codes).allMatch(c -> c.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        String code = codes.get(0);
        assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", " ")))
                .isEqualTo(RecoveryCodes.hash(code));
        assertThat(RecoveryCodes.looksLikeOne(code)).isTrue();
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
    }

    @Test
    void theQrCodeIsAnSvgDataUri() {
        assertThat(QrCode.svgDataUri("otpauth://totp/x?secret=ABC"))
                .startsWith("data:image/svg+xml;base64,");
    }
}
