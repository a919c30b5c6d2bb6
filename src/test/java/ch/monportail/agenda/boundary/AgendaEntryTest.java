package ch.monportail.agenda.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.agenda.boundary.AgendaEntry.Kind;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgendaEntryTest {

    private static final ResourceBundle FR =
            ResourceBundle.getBundle("ch.monportail.i18n.messages", Locale.FRENCH);

    private static final AgendaEntry.Texts TEXTS =
            (key, arguments) ->
                    arguments.length == 0
                            ? FR.getString(key)
                            : new MessageFormat(FR.getString(key), Locale.FRENCH).format(arguments);

    private static AgendaEntry entry(Kind kind, String title, String amount) {
        LocalDate day = LocalDate.parse("2027-03-11");
        return new AgendaEntry(
                kind,
                day,
                day,
                LocalTime.of(11, 45),
                LocalTime.of(13, 45),
                title,
                amount == null ? null : new BigDecimal(amount),
                7L);
    }

    @Test
    void aPlannedUnitIsItsName() {
        assertThat(entry(Kind.CARE, "Midi avec repas", "26.00").label(TEXTS))
                .isEqualTo("Midi avec repas");
    }

    @Test
    void aBilledAbsenceShowsItsAmountInSwissFormat() {
        assertThat(entry(Kind.ABSENCE_BILLED, "Midi avec repas", "1234.50").label(TEXTS))
                .isEqualTo("Absent·e : Midi avec repas · facturée CHF 1'234.50");
    }

    @Test
    void anAbsenceNotBilledSaysSo() {
        assertThat(entry(Kind.ABSENCE_NOT_BILLED, "Après-midi", "0.00").label(TEXTS))
                .isEqualTo("Absent·e : Après-midi · non facturée");
    }

    @Test
    void extraCareAndHolidayCareAreNamedAsSuchNotAsAPlannedUnit() {
        assertThat(entry(Kind.EXTRA_CARE_APPROVED, "Après-midi", "23.10").label(TEXTS))
                .isEqualTo("Dépannage accepté · Après-midi");
        assertThat(entry(Kind.EXTRA_CARE_PENDING, "Après-midi", "23.10").label(TEXTS))
                .isEqualTo("Dépannage demandé · Après-midi");
        assertThat(entry(Kind.HOLIDAY_WAITING, "Vacances de Carnaval", "68.00").label(TEXTS))
                .isEqualTo("Accueil vacances : liste d'attente · Vacances de Carnaval");
    }

    @Test
    void aClosureWithoutLabelStillSaysClosure() {
        assertThat(entry(Kind.CLOSURE, null, null).label(TEXTS)).isEqualTo("Fermeture");
        assertThat(entry(Kind.CLOSURE, "Pont de l'Ascension", null).label(TEXTS))
                .isEqualTo("Fermeture · Pont de l'Ascension");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindHasANonEmptyLabelEvenWithoutTitle(Kind kind) {
        String label = entry(kind, null, "10.00").label(TEXTS);
        if (kind != Kind.CARE) {
            assertThat(label).isNotBlank().doesNotContain("???");
        }
    }
}
