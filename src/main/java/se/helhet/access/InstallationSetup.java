package se.helhet.access;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.platform.HelhetProperties;
import se.helhet.platform.InvalidInputException;

/**
 * The one-time set-up of a production installation: with no account at all, Helhet writes a one-time code
 * to its log, and whoever can read the server's log (the operator) creates the first administrator at
 * /setup with it. Afterwards the page is closed for good.
 */
@Service
class InstallationSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InstallationSetup.class);

    private final AccountRepository accounts;
    private final StaffAdministration administration;
    private final boolean production;
    private final AtomicReference<String> code = new AtomicReference<>();

    InstallationSetup(AccountRepository accounts, StaffAdministration administration, HelhetProperties properties) {
        this.accounts = accounts;
        this.administration = administration;
        this.production = !properties.demo();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (open()) {
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            code.set(HexFormat.of().formatHex(bytes));
            log.warn("Helhet has no administrator yet. Open /setup and give the one-time code {}", code.get());
        }
    }

    public boolean open() {
        return production && accounts.countUsers() == 0;
    }

    @Transactional
    public void createFirstAdministrator(String oneTimeCode, String username, String displayName, String password) {
        String expected = code.get();
        if (!open() || expected == null) {
            throw new IllegalStateException("Set-up is closed");
        }
        if (oneTimeCode == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                oneTimeCode.trim().getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidInputException("code", "setup.problem.code");
        }
        administration.create(new NewStaffMember(username, displayName, password, Set.of(Role.ADMINISTRATOR),
                java.util.List.of(), false));
        accounts.markInstalled();
        code.set(null);
    }
}
