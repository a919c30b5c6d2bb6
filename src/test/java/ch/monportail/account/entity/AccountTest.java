package ch.monportail.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {

    private static Account parent(String email) {
        return new Account(email, "Claire", "Favre", Role.PARENT, "fr", Instant.EPOCH);
    }

    @Test
    void theEmailIsStoredTrimmedAndLowerCased() {
        assertThat(parent("  Claire.FAVRE@Example.CH \t").getEmail())
                .isEqualTo("claire.favre@example.ch");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "claire",
                "@example.ch",
                "claire@",
                "a@b@c.ch",
                "cla ire@example.ch"
            })
    void obviouslyInvalidEmailsAreRefused(String email) {
        assertThatThrownBy(() -> parent(email)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Account.tryNormalizeEmail(email)).isEmpty();
    }

    @Test
    void aNewAccountHasNoPasswordAndCannotLogIn() {
        Account account = parent("claire@example.ch");
        assertThat(account.canLogIn()).isFalse();
        account.setPasswordHash("$argon2id$...");
        assertThat(account.canLogIn()).isTrue();
        account.disable();
        assertThat(account.canLogIn()).isFalse();
    }

    @Test
    void onlyTheThreeLanguagesOfThePortal() {
        Account account = parent("claire@example.ch");
        account.changeLanguage("de");
        assertThat(account.getLanguage()).isEqualTo("de");
        assertThatThrownBy(() -> account.changeLanguage("it"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theServiceCorrectsTheNameTrimmedAndNeverBlank() {
        Account account = parent("claire@example.ch");
        account.rename("  Claire-Marie ", "Favre Roh");
        assertThat(account.getDisplayName()).contains("Claire-Marie", "Favre Roh");

        assertThatThrownBy(() -> account.rename("Claire", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(account.getFirstName()).isEqualTo("Claire-Marie");
        assertThat(account.getLastName()).isEqualTo("Favre Roh");
    }

    @Test
    void failedLoginsAreCountedAndResetBySuccess() {
        Account account = parent("claire@example.ch");
        account.loginFailed(Instant.EPOCH);
        account.loginFailed(Instant.EPOCH.plusSeconds(1));
        assertThat(account.getFailedLogins()).isEqualTo(2);
        assertThat(account.getLastFailedAt()).isEqualTo(Instant.EPOCH.plusSeconds(1));
        account.loginSucceeded(Instant.EPOCH.plusSeconds(2));
        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.getLastLoginAt()).isEqualTo(Instant.EPOCH.plusSeconds(2));
    }

    @Test
    void eachRoleHasItsStartPage() {
        assertThat(Role.PARENT.homePage()).isEqualTo("/parent/agenda.xhtml");
        assertThat(Role.EDUCATOR.homePage()).startsWith("/staff/");
        assertThat(Role.ADMIN.homePage()).startsWith("/admin/");
    }
}
