package ch.monportail.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResetTokenTest {

    @Test
    void aTokenHas256RandomBitsAndIsUrlSafe() {
        ResetToken token = ResetToken.generate();
        assertThat(ResetToken.BYTES * 8).isGreaterThanOrEqualTo(128);
        assertThat(token.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(ResetToken.plausible(token.token())).isTrue();
    }

    @Test
    void onlyTheSha256IsStoredAndItIsStable() {
        ResetToken token = ResetToken.generate();
        assertThat(token.hash()).matches("[0-9a-f]{64}").isEqualTo(ResetToken.hash(token.token()));
        assertThat(token.hash()).isNotEqualTo(token.token());
        assertThat(ResetToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ResetToken.generate().token())).isTrue();
        }
    }

    @Test
    void implausibleTokensAreRejectedBeforeAnyQuery() {
        assertThat(ResetToken.plausible(null)).isFalse();
        assertThat(ResetToken.plausible("")).isFalse();
        assertThat(ResetToken.plausible("short")).isFalse();
        assertThat(ResetToken.plausible("x".repeat(42) + "'")).isFalse();
        assertThat(ResetToken.plausible("x".repeat(44))).isFalse();
    }
}
