package se.helhet.platform;

import java.util.Locale;
import java.util.Set;

/**
 * What production mode demands before it touches real personal data: a database of the operator's own,
 * reached with a password that is not one of the well-known defaults.
 */
final class ModeRules {

    private static final Set<String> DEFAULT_PASSWORDS =
            Set.of("", "demo", "postgres", "helhet", "password", "changeme", "secret", "admin", "123456");

    private ModeRules() {
    }

    public static void check(HelhetProperties properties) {
        if (properties.demo()) {
            return;
        }
        HelhetProperties.Database db = properties.database();
        if (db.embedded()) {
            throw new UnsafeConfigurationException(
                    "production mode cannot use the embedded database.",
                    "Set HELHET_DB_URL (jdbc:postgresql://host:5432/helhet), HELHET_DB_USER and HELHET_DB_PASSWORD"
                            + " to an external PostgreSQL 15 or newer, or run the demo with HELHET_MODE=demo.");
        }
        if (!db.url().startsWith("jdbc:postgresql:")) {
            throw new UnsafeConfigurationException("HELHET_DB_URL is not a PostgreSQL JDBC URL.",
                    "Use the form jdbc:postgresql://host:5432/helhet.");
        }
        requireStrong(db.appPassword(), "HELHET_DB_PASSWORD");
        if (db.migrationUser() != null && !db.migrationUser().isBlank()) {
            requireStrong(db.migrationPassword(), "HELHET_DB_MIGRATION_PASSWORD");
        }
    }

    private static void requireStrong(String password, String variable) {
        String value = password == null ? "" : password.trim().toLowerCase(Locale.ROOT);
        if (DEFAULT_PASSWORDS.contains(value) || value.length() < 12) {
            throw new UnsafeConfigurationException(
                    variable + " is empty, a well-known default or shorter than 12 characters.",
                    "Give the database account a password of its own, at least 12 characters.");
        }
    }
}
