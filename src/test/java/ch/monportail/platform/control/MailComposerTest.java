package ch.monportail.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailComposerTest {

    private final MailComposer composer =
            new MailComposer("Commune de Conthey", "Service générations, 027 345 56 20");

    @Test
    void theResetMailIsInTheAccountsLanguageWithTheLinkAndTheContact() {
        Mail fr =
                composer.compose(
                        "passwordReset", "fr", "a@b.ch", "Claire", "https://x.ch/r?token=abc", 30L);
        assertThat(fr.subject()).contains("mot de passe");
        assertThat(fr.text())
                .contains(
                        "Bonjour Claire",
                        "https://x.ch/r?token=abc",
                        "30 minutes",
                        "qu'une seule fois")
                .contains("Commune de Conthey", "027 345 56 20");
        assertThat(fr.html()).contains("<a href=\"https://x.ch/r?token=abc\">");

        Mail de =
                composer.compose("passwordReset", "de", "a@b.ch", "Markus", "https://x.ch/r", 30L);
        assertThat(de.text()).startsWith("Guten Tag Markus");
        Mail en = composer.compose("passwordReset", "en", "a@b.ch", "Anna", "https://x.ch/r", 30L);
        assertThat(en.text()).startsWith("Hello Anna");
    }

    @Test
    void theHtmlBodyIsEscaped() {
        Mail mail =
                composer.compose(
                        "passwordChanged",
                        "fr",
                        "a@b.ch",
                        "<script>x</script>",
                        "27.11.2026 10:00");
        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(mail.text()).contains("27.11.2026 10:00");
    }
}
