package se.helhet.home;

import static org.assertj.core.api.Assertions.assertThat;
import static se.helhet.home.MainMenu.API;
import static se.helhet.home.MainMenu.AUDITS;
import static se.helhet.home.MainMenu.FOLLOW_UP;
import static se.helhet.home.MainMenu.INTAKE;
import static se.helhet.home.MainMenu.PERSONS;
import static se.helhet.home.MainMenu.PLACEMENT_FORUM;
import static se.helhet.home.MainMenu.REPORT;
import static se.helhet.home.MainMenu.REPORT_SEARCH;
import static se.helhet.home.MainMenu.START;
import static se.helhet.home.MainMenu.SURVEYS;
import static se.helhet.home.MainMenu.TIME_WITH_CHILDREN;
import static se.helhet.home.MainMenu.TRACE;
import static se.helhet.home.MainMenu.USERS;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.helhet.access.CurrentUser;
import se.helhet.access.Role;
import se.helhet.access.Unit;
import se.helhet.access.UnitKind;

class MainMenuTest {

    @Test
    void eachRoleSeesItsOwnEntriesInTheMenusOrder() {
        assertThat(MainMenu.seenBy(as(Role.SOCIAL_WORKER))).containsExactly(START, PERSONS, TIME_WITH_CHILDREN, API);
        assertThat(MainMenu.seenBy(as(Role.INTAKE_WORKER)))
                .containsExactly(START, PERSONS, REPORT, INTAKE, REPORT_SEARCH, TIME_WITH_CHILDREN, API);
        assertThat(MainMenu.seenBy(as(Role.UNIT_MANAGER))).containsExactly(START, PERSONS, REPORT, INTAKE,
                REPORT_SEARCH, FOLLOW_UP, TIME_WITH_CHILDREN, AUDITS, SURVEYS, API);
        assertThat(MainMenu.seenBy(as(Role.ANALYST)))
                .containsExactly(START, FOLLOW_UP, TIME_WITH_CHILDREN, AUDITS, SURVEYS, API);
        assertThat(MainMenu.seenBy(as(Role.ADMINISTRATOR))).containsExactly(START, USERS, TRACE, SURVEYS, API);
        assertThat(MainMenu.seenBy(as(Role.FILE_AUDITOR))).containsExactly(START, PERSONS, REPORT_SEARCH, AUDITS, API);
        assertThat(MainMenu.seenBy(null)).isEmpty();
    }

    @Test
    void thePlacementForumIsTheChildrenAndYouthUnitsOwn() {
        var childUnit = new Unit(UUID.randomUUID(), "BOU", "Barn och unga", UnitKind.CHILDREN_AND_YOUTH);
        var adultUnit = new Unit(UUID.randomUUID(), "VUX", "Vuxenenheten", UnitKind.ADULT_ADDICTION);

        assertThat(MainMenu.seenBy(in(Role.SOCIAL_WORKER, childUnit))).contains(PLACEMENT_FORUM);
        assertThat(MainMenu.seenBy(in(Role.UNIT_MANAGER, childUnit))).contains(PLACEMENT_FORUM);
        assertThat(MainMenu.seenBy(in(Role.SOCIAL_WORKER, adultUnit))).doesNotContain(PLACEMENT_FORUM);
        assertThat(MainMenu.seenBy(in(Role.FILE_AUDITOR, childUnit))).doesNotContain(PLACEMENT_FORUM);
        assertThat(MainMenu.at("/placeringsforum/moten/nytt")).contains(PLACEMENT_FORUM);
    }

    @Test
    void anAddressIsThePageOfTheEntryThatClaimsMostOfIt() {
        assertThat(MainMenu.at("/")).contains(START);
        assertThat(MainMenu.at("/anmalningar/ny")).contains(REPORT);
        assertThat(MainMenu.at("/anmalningar/sok")).contains(REPORT_SEARCH);
        assertThat(MainMenu.at("/anmalningar/" + UUID.randomUUID())).contains(INTAKE);
        assertThat(MainMenu.at("/mottagning")).contains(INTAKE);
        assertThat(MainMenu.at("/personer/ny")).contains(PERSONS);
        assertThat(MainMenu.at("/aktgranskning/nycklar/ny")).contains(AUDITS);
        assertThat(MainMenu.at("/arenden/" + UUID.randomUUID())).isEmpty();
        assertThat(MainMenu.at("/api-docs")).isEmpty();
        assertThat(MainMenu.at("/admin/instrument")).isEmpty();
    }

    private static CurrentUser in(Role role, Unit unit) {
        return new CurrentUser(UUID.randomUUID(), "x", "X", Set.of(role), List.of(unit), false);
    }

    private static CurrentUser as(Role role) {
        return new CurrentUser(UUID.randomUUID(), "x", "X", Set.of(role), List.of(), false);
    }
}
