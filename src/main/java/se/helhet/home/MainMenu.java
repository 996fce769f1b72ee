package se.helhet.home;

import static se.helhet.access.Role.ADMINISTRATOR;
import static se.helhet.access.Role.ANALYST;
import static se.helhet.access.Role.FILE_AUDITOR;
import static se.helhet.access.Role.INTAKE_WORKER;
import static se.helhet.access.Role.SOCIAL_WORKER;
import static se.helhet.access.Role.UNIT_MANAGER;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.helhet.access.CurrentUser;
import se.helhet.access.Role;
import se.helhet.access.UnitKind;

/**
 * The main navigation, one entry per row in the order shown: where it leads, the message key of its name, the
 * roles that see it (every signed-in user when none are named), the kind of unit they must work in (any when
 * none is named), and the addresses on which it is the current
 * page ({@code /x*} for every address that begins so). Where two entries claim an address the longer claim
 * wins: {@code /anmalningar/ny} is the new report's, the other pages of reports the intake's.
 */
enum MainMenu {

    START("/", "nav.start", Set.of(), "/"),
    PERSONS("/personer", "nav.persons", Set.of(INTAKE_WORKER, SOCIAL_WORKER, UNIT_MANAGER, FILE_AUDITOR), "/personer*"),
    REPORT("/anmalningar/ny", "nav.report", Set.of(INTAKE_WORKER, UNIT_MANAGER), "/anmalningar/ny"),
    INTAKE("/mottagning", "nav.intake", Set.of(INTAKE_WORKER, UNIT_MANAGER), "/mottagning*", "/anmalningar*"),
    REPORT_SEARCH("/anmalningar/sok", "nav.reportSearch", Set.of(INTAKE_WORKER, UNIT_MANAGER, FILE_AUDITOR),
            "/anmalningar/sok"),
    USERS("/admin/anvandare", "nav.users", Set.of(ADMINISTRATOR), "/admin/anvandare*"),
    TRACE("/admin/logg", "nav.trace", Set.of(ADMINISTRATOR), "/admin/logg*"),
    FOLLOW_UP("/uppfoljning", "nav.followup", Set.of(ANALYST, UNIT_MANAGER), "/uppfoljning*"),
    TIME_WITH_CHILDREN("/tid-med-barn", "nav.timeWithChildren", Set.of(INTAKE_WORKER, SOCIAL_WORKER, ANALYST,
            UNIT_MANAGER), "/tid-med-barn*"),
    AUDITS("/aktgranskning", "nav.audits", Set.of(FILE_AUDITOR, ANALYST, UNIT_MANAGER), "/aktgranskning*"),
    SURVEYS("/enkater", "nav.surveys", Set.of(ADMINISTRATOR, ANALYST, UNIT_MANAGER), "/enkater*"),
    /** The children and youth units' own forum: their social workers and unit managers. */
    PLACEMENT_FORUM("/placeringsforum", "nav.placementForum", Set.of(SOCIAL_WORKER, UNIT_MANAGER),
            UnitKind.CHILDREN_AND_YOUTH, "/placeringsforum*"),
    /** Never the current page: the API's documentation is not one of Helhet's pages. */
    API("/api-docs", "nav.api", Set.of());

    private final String path;
    private final String label;
    private final Set<Role> roles;
    private final UnitKind unitKind;
    private final List<String> current;

    MainMenu(String path, String label, Set<Role> roles, String... current) {
        this(path, label, roles, null, current);
    }

    /** An entry for those of the roles who also work in a unit of the kind. */
    MainMenu(String path, String label, Set<Role> roles, UnitKind unitKind, String... current) {
        this.path = path;
        this.label = label;
        this.roles = roles;
        this.unitKind = unitKind;
        this.current = List.of(current);
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** The entries the user sees, in order; none for nobody signed in. */
    static List<MainMenu> seenBy(CurrentUser user) {
        return user == null ? List.of() : Arrays.stream(values())
                .filter(e -> e.roles.isEmpty() || e.roles.stream().anyMatch(user::has))
                .filter(e -> e.unitKind == null || user.worksIn(e.unitKind)).toList();
    }

    /** The entry whose page the address is, if any. */
    static Optional<MainMenu> at(String address) {
        return Arrays.stream(values()).filter(e -> e.claim(address) > 0)
                .max(Comparator.comparingInt(e -> e.claim(address)));
    }

    /** How much of the address this entry claims: the length of its longest matching pattern, 0 for none. */
    private int claim(String address) {
        return current.stream().mapToInt(p -> p.endsWith("*")
                ? (address.startsWith(p.substring(0, p.length() - 1)) ? p.length() - 1 : 0)
                : (address.equals(p) ? p.length() : 0)).max().orElse(0);
    }
}
