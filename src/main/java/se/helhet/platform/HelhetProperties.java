package se.helhet.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Helhet's own settings; README and docs/operations.md name the environment variables behind them. */
@ConfigurationProperties("helhet")
public record HelhetProperties(
        @DefaultValue("demo") Mode mode,
        Path home,
        Database database,
        Security security) {

    enum Mode { DEMO, PRODUCTION }

    record Database(
            String url,
            @DefaultValue("helhet_app") String appUser,
            String appPassword,
            String migrationUser,
            String migrationPassword) {

        /** Without an external URL Helhet starts its own PostgreSQL. */
        public boolean embedded() {
            return url == null || url.isBlank();
        }
    }

    /**
     * Login throttling: after {@code maxFailedLogins} wrong passwords in a row for one account from one client,
     * that client waits {@code firstLockout}; each further wrong one doubles the wait, up to {@code longestLockout}.
     */
    public record Security(
            @DefaultValue("5") int maxFailedLogins,
            @DefaultValue("1m") Duration firstLockout,
            @DefaultValue("1h") Duration longestLockout) {
    }

    public boolean demo() {
        return mode == Mode.DEMO;
    }
}
