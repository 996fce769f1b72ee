package se.helhet.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * The administrator changes what a member of staff may do, or disables the account when they leave: the
 * change holds from their very next request, in the session they already have, and their history stays.
 */
@HelhetTest
class StaffChangeTest {

    private static final String PASSWORD = "byter-enhet-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangedRoleAndUnitHoldAtOnceAndADisabledAccountLosesItsOpenSession() {
        String username = "flyttar." + UUID.randomUUID().toString().substring(0, 8);
        var admin = WebSession.loggedInAs(port, "admin");
        admin.get("/admin/anvandare");
        assertThat(admin.post("/admin/anvandare", Map.of("username", username, "displayName", "Frida Flyttar",
                "password", PASSWORD, "roles", "SOCIAL_WORKER", "unitIds", unit("pilotteam"))).status())
                .isEqualTo(302);
        assertThat(admin.get("/admin/anvandare").body()).contains("Användaren " + username + " är skapad.");
        UUID id = jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
        String edit = "/admin/anvandare/" + id;

        var leaver = WebSession.anonymous(port);
        assertThat(leaver.login(username, PASSWORD).location()).doesNotContain("error");
        assertThat(leaver.get("/mottagning").status()).as("no intake worker yet").isEqualTo(403);

        assertThat(admin.get(edit).body()).contains("Frida Flyttar", "value=\"SOCIAL_WORKER\"");
        var moved = admin.post(edit, Map.of("roles", "INTAKE_WORKER", "unitIds", unit("mottagning"),
                "enabled", "true"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(302);
        assertThat(moved.location()).endsWith("/admin/anvandare");
        assertThat(admin.get("/admin/anvandare").body()).contains("Frida Flyttar är ändrad.");
        assertThat(leaver.get("/mottagning").status()).as("the same session, the new role").isEqualTo(200);

        var disabled = admin.post(edit, Map.of("roles", "INTAKE_WORKER", "unitIds", unit("mottagning")));
        assertThat(disabled.status()).isEqualTo(302);
        var after = leaver.get("/mottagning");
        assertThat(after.status()).as("the open session ends").isEqualTo(302);
        assertThat(after.location()).endsWith("/login");
        assertThat(WebSession.anonymous(port).login(username, PASSWORD).location()).contains("error");
        assertThat(Api.as(port, username, PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(admin.get("/admin/anvandare").body()).as("the account stays, disabled")
                .contains("<code>" + username + "</code>", "Inaktiverat");
        assertThat(jdbc.sql("""
                        select array_to_string(roles_before, ',') || '>' || array_to_string(roles_after, ',') || ' '
                               || enabled_after || ' ' || b.username
                        from staff_change c join app_user b on b.id = c.changed_by
                        where c.user_id = ? order by c.id""").param(id).query(String.class).list())
                .as("who changed what, kept").containsExactly("SOCIAL_WORKER>INTAKE_WORKER true admin",
                        "INTAKE_WORKER>INTAKE_WORKER false admin");
    }

    @Test
    void theAdministratorCannotLockThemselfOutAndAMemberOfStaffNeedsARole() {
        UUID self = jdbc.sql("select id from app_user where username = 'admin'").query(UUID.class).single();
        var admin = WebSession.loggedInAs(port, "admin");
        admin.get("/admin/anvandare/" + self);

        var refused = admin.post("/admin/anvandare/" + self, Map.of("roles", "ANALYST", "unitIds",
                unit("forvaltning")));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Du kan inte inaktivera ditt eget konto",
                "Du kan inte ta bort din egen administratörsroll");
        assertThat(admin.get("/admin/anvandare").status()).as("still an administrator").isEqualTo(200);

        UUID socsek = jdbc.sql("select id from app_user where username = 'socsek'").query(UUID.class).single();
        var noRole = admin.post("/admin/anvandare/" + socsek, Map.of("enabled", "true"));
        assertThat(noRole.status()).isEqualTo(200);
        assertThat(noRole.body()).contains("Välj minst en roll").contains("id=\"roles-error\"");
        assertThat(admin.get("/admin/anvandare/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    private String unit(String code) {
        return jdbc.sql("select id from unit where code = :code").param("code", code).query(UUID.class).single()
                .toString();
    }
}
