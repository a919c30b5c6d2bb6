package ch.monportail.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void theShippedCommonListHasAtLeastTenThousandEntries() {
        assertThat(PasswordPolicy.commonListSize()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void lengthIsCountedInCharactersFrom10To128() {
        assertThat(PasswordPolicy.violation("Abcdefgh9", null)).contains("password.tooShort");
        assertThat(PasswordPolicy.violation(null, null)).contains("password.tooShort");
        assertThat(PasswordPolicy.violation("Vélo à Sion", null)).isEmpty();
        assertThat(PasswordPolicy.violation("☀".repeat(9), null)).contains("password.tooShort");
        assertThat(PasswordPolicy.violation("x7".repeat(64), null)).isEmpty();
        assertThat(PasswordPolicy.violation("x7".repeat(64) + "y", null))
                .contains("password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "qwertyuiop", "PASSWORD123", "iloveyou12"})
    void commonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertThat(PasswordPolicy.violation(password, null)).contains("password.common");
    }

    @Test
    void noCompositionRulesButNotTheEmail() {
        assertThat(PasswordPolicy.violation("les vaches du val d'hérens", null)).isEmpty();
        assertThat(PasswordPolicy.violation("claire@example.ch", "Claire@Example.ch"))
                .contains("password.isEmail");
    }

    @Test
    void theStrengthHintGrowsWithTheGuessingEffort() {
        assertThat(PasswordPolicy.strength("")).isZero();
        assertThat(PasswordPolicy.strength("password")).isLessThanOrEqualTo(1);
        assertThat(PasswordPolicy.strength("Randonnée-au-Grand-Chavalard-2026")).isEqualTo(4);
    }
}
