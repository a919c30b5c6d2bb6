package ch.monportail.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Small parameters: the rules are the same, the tests stay fast. */
    private final PasswordHasher fast = new PasswordHasher(new PasswordHasher.Policy(1024, 2, 1));

    @Test
    void aPasswordVerifiesAgainstItsOwnHashOnly() {
        String hash = fast.hash("correct horse battery".toCharArray());

        assertThat(fast.verify("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(fast.verify("correct horse batterY".toCharArray(), hash)).isFalse();
        assertThat(fast.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void theHashIsAPhcStringWithItsParametersAndARandomSalt() {
        String first = fast.hash("same password".toCharArray());
        String second = fast.hash("same password".toCharArray());

        assertThat(first)
                .matches(
                        "\\$argon2id\\$v=19\\$m=1024,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void unicodePasswordsWork() {
        String hash = fast.hash("Mötli-Crème-brûlée-☀".toCharArray());
        assertThat(fast.verify("Mötli-Crème-brûlée-☀".toCharArray(), hash)).isTrue();
        assertThat(fast.verify("Motli-Creme-brulee-☀".toCharArray(), hash)).isFalse();
    }

    @Test
    void malformedOrMissingHashesNeverVerify() {
        assertThat(fast.verify("x".toCharArray(), null)).isFalse();
        assertThat(fast.verify("x".toCharArray(), "")).isFalse();
        assertThat(fast.verify("x".toCharArray(), "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(fast.verify("x".toCharArray(), "$argon2id$v=19$m=1024,t=2,p=1$!!!$???"))
                .isFalse();
        assertThat(fast.verifyDecoy("x".toCharArray())).isFalse();
    }

    @Test
    void aHashOfAWeakerPolicyNeedsARehash() {
        PasswordHasher current = new PasswordHasher(new PasswordHasher.Policy(2048, 2, 1));
        assertThat(current.needsRehash(fast.hash("pw-pw-pw-pw".toCharArray()))).isTrue();
        assertThat(current.needsRehash(current.hash("pw-pw-pw-pw".toCharArray()))).isFalse();
        assertThat(current.needsRehash("garbage")).isTrue();
        assertThat(current.needsRehash(null)).isTrue();
    }

    @Test
    void theProductionPolicyMeetsDesign() {
        PasswordHasher.Policy policy = PasswordHasher.Policy.CURRENT;
        assertThat(policy.memoryKib()).isGreaterThanOrEqualTo(19 * 1024);
        assertThat(policy.iterations()).isGreaterThanOrEqualTo(2);
    }
}
