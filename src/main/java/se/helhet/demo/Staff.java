package se.helhet.demo;

import static se.helhet.access.Role.ADMINISTRATOR;
import static se.helhet.access.Role.ANALYST;
import static se.helhet.access.Role.FILE_AUDITOR;
import static se.helhet.access.Role.INTAKE_WORKER;
import static se.helhet.access.Role.SOCIAL_WORKER;
import static se.helhet.access.Role.UNIT_MANAGER;
import static se.helhet.demo.Organisation.ADDICTION;
import static se.helhet.demo.Organisation.ADMINISTRATION;
import static se.helhet.demo.Organisation.DISABILITY;
import static se.helhet.demo.Organisation.DOMESTIC_VIOLENCE;
import static se.helhet.demo.Organisation.FINANCIAL_AID;
import static se.helhet.demo.Organisation.FOLLOW_UP;
import static se.helhet.demo.Organisation.INTAKE;
import static se.helhet.demo.Organisation.INVESTIGATION;
import static se.helhet.demo.Organisation.PILOT_TEAM;
import static se.helhet.demo.Organisation.PSYCHIATRY;

import java.util.List;
import java.util.Set;

import se.helhet.access.Role;

/**
 * The demo's staff, all with the password "demo". The first seven are named in the README as the way to try
 * each role; the rest fill the units so that lists of colleagues and case workers look real.
 */
final class Staff {

    record Member(String username, String displayName, Set<Role> roles, List<String> unitCodes,
                  boolean maySeeProtected) {
    }

    static final List<Member> ALL = List.of(
            member("admin", "Ulrika Sjöberg", Set.of(ADMINISTRATOR), false, ADMINISTRATION),
            member("mottagning", "Amira Khalil", Set.of(INTAKE_WORKER), true, INTAKE),
            member("socsek", "Jonas Ekström", Set.of(SOCIAL_WORKER), false, PILOT_TEAM),
            member("chef", "Helena Åberg", Set.of(UNIT_MANAGER), true, INVESTIGATION, PILOT_TEAM, INTAKE),
            member("analytiker", "Daniel Forsberg", Set.of(ANALYST), false, FOLLOW_UP),
            member("granskare", "Annika Lundgren", Set.of(FILE_AUDITOR), false, ADMINISTRATION),
            member("vuxen", "Stefan Öberg", Set.of(SOCIAL_WORKER), false, ADDICTION),
            member("anna.berg", "Anna Berg", Set.of(SOCIAL_WORKER), false, INVESTIGATION),
            member("erik.lundin", "Erik Lundin", Set.of(SOCIAL_WORKER), false, INVESTIGATION),
            member("karin.ek", "Karin Ek", Set.of(SOCIAL_WORKER), false, INVESTIGATION),
            member("nils.dahl", "Nils Dahl", Set.of(SOCIAL_WORKER), false, PILOT_TEAM),
            // Family therapist in the pilot team: the same worker follows the family from assessment to help.
            member("lena.falk", "Lena Falk", Set.of(SOCIAL_WORKER), false, PILOT_TEAM),
            member("tove.nordin", "Tove Nordin", Set.of(SOCIAL_WORKER), false, PILOT_TEAM),
            member("omar.haddad", "Omar Haddad", Set.of(INTAKE_WORKER), false, INTAKE),
            member("linda.wallin", "Linda Wallin", Set.of(INTAKE_WORKER), false, INTAKE),
            member("magnus.bjork", "Magnus Björk", Set.of(SOCIAL_WORKER), false, ADDICTION),
            member("ulf.sandberg", "Ulf Sandberg", Set.of(SOCIAL_WORKER), false, PSYCHIATRY),
            member("ida.holmberg", "Ida Holmberg", Set.of(SOCIAL_WORKER), false, DOMESTIC_VIOLENCE),
            member("hodan.farah", "Hodan Farah", Set.of(SOCIAL_WORKER), false, FINANCIAL_AID),
            member("viktor.ostlund", "Viktor Östlund", Set.of(SOCIAL_WORKER), false, DISABILITY));

    private Staff() {
    }

    private static Member member(String username, String displayName, Set<Role> roles, boolean maySeeProtected,
                                 String... unitCodes) {
        return new Member(username, displayName, roles, List.of(unitCodes), maySeeProtected);
    }
}
