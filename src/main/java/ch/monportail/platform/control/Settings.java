package ch.monportail.platform.control;

import java.util.Locale;
import java.util.Optional;

/**
 * Deployment settings that are not server resources: a JVM system property ({@code
 * monportail.demo}) or, when absent, the environment variable of the same name in upper case with
 * underscores ({@code MONPORTAIL_DEMO}). Everything else the WAR needs comes from JNDI names.
 */
public final class Settings {

    private Settings() {}

    public static Optional<String> value(String name) {
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return Optional.of(property.strip());
        }
        String env = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_'));
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.strip());
    }

    public static boolean flag(String name) {
        return flag(name, false);
    }

    public static boolean flag(String name, boolean defaultValue) {
        return value(name).map(Boolean::parseBoolean).orElse(defaultValue);
    }
}
