package ch.monportail.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The language of the session: French by default, German or English when the browser asks for them,
 * then what the user picks (fr/de/en). A change is announced as {@link LanguageChanged}, so the
 * account feature remembers it for the user's next login.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    public static final List<String> LANGUAGES = List.of("fr", "de", "en");

    private Locale locale;

    @Inject private Event<LanguageChanged> languageChanged;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromBrowser();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** Switches the language, announces it, and reloads the page so every label changes. */
    public String change(String language) {
        use(language);
        languageChanged.fire(new LanguageChanged(getLanguage()));
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot().getViewId() + "?faces-redirect=true";
    }

    /** Applies a remembered language (at login) without announcing it. */
    public void use(String language) {
        locale = LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : Locale.FRENCH;
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            context.getViewRoot().setLocale(locale);
        }
    }

    private static Locale fromBrowser() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null
                || context.getExternalContext().getRequestHeaderMap().get("Accept-Language")
                        == null) {
            return Locale.FRENCH;
        }
        return firstSupported(context.getExternalContext().getRequestLocales());
    }

    /**
     * The first of the browser's languages the portal speaks, French otherwise (also when the
     * browser sent no Accept-Language: the server's own locale would answer then).
     */
    public static Locale firstSupported(Iterator<Locale> requested) {
        while (requested != null && requested.hasNext()) {
            String language = requested.next().getLanguage();
            if (LANGUAGES.contains(language)) {
                return Locale.forLanguageTag(language);
            }
        }
        return Locale.FRENCH;
    }
}
