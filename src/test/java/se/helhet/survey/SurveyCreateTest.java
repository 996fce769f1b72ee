package se.helhet.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;

@HelhetTest
class SurveyCreateTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    /**
     * Another manager's survey to the same audience and year is written but not yet committed: ours passes
     * the check, then waits on the unique constraint, and is refused when theirs commits.
     */
    @Test
    void aSurveyCreatedAtTheSameMomentAsAnothersForTheSameYearIsRefusedOnTheYearField() throws Exception {
        int year = SurveyFixture.nextYear();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement theirs = other.prepareStatement("""
                    insert into survey (id, audience, year, title, created_by)
                    select ?, 'STAFF', ?, 'Den andra chefens', id from app_user where username = 'admin'""")) {
                theirs.setObject(1, UUID.randomUUID());
                theirs.setInt(2, year);
                assertThat(theirs.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<Api.Response> ours = CompletableFuture.supplyAsync(() -> Api.as(port, "chef")
                    .post("/api/v1/surveys", Api.json("{'audience':'STAFF','year':%d,'title':'Min'}", year)));
            awaitAnInsertWaitingForALock();
            other.commit();

            Api.Response refused = ours.get(20, TimeUnit.SECONDS);

            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
            assertThat(refused.body()).contains("Det finns redan en enkät till den gruppen det året");
        }
        assertThat(JdbcClient.create(dataSource).sql("select title from survey where audience = 'STAFF' and year = ?")
                .param(year).query(String.class).list()).containsExactly("Den andra chefens");
    }

    private void awaitAnInsertWaitingForALock() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (JdbcClient.create(dataSource).sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query like 'insert into survey (%'""")
                .query(Long.class).single() == 0) {
            assertThat(Instant.now()).as("an insert waiting for the other transaction").isBefore(until);
            Thread.sleep(20);
        }
    }
}
