package se.helhet.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * A name shared by more persons than a search sorts (a common surname in a national register) is answered from
 * a bounded number of matches, and the page says so; below that bound the first 50 by name are shown.
 */
@HelhetTest
class CommonNameSearchTest {

    private static final Pattern ROW_NAME = Pattern.compile("<a href=\"/personer/[^\"]+\">([^<]+)</a>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** {@code count} persons named "Given{n} family", n from 1, with reserve numbers of their own. */
    private void persons(String family, int count) {
        jdbc.sql("""
                        insert into person (id, reserve_number, given_name, family_name, search_name, birth_date)
                        select gen_random_uuid(), '19900101-R' || :family || lpad(n::text, 4, '0'),
                               'Given' || lpad(n::text, 4, '0'), :name, lower('given' || lpad(n::text, 4, '0') || ' ' || :name),
                               date '1990-01-01'
                        from generate_series(1, :count) n""")
                .param("family", family.chars().sum())
                .param("name", family).param("count", count).update();
    }

    private static List<String> shownNames(String page) {
        return ROW_NAME.matcher(page).results().map(m -> m.group(1)).toList();
    }

    @Test
    void theFirstFiftyByNameAreShownWhenTheMatchesAreFewEnoughToSort() {
        persons("Sortersson", 120);

        var session = WebSession.loggedInAs(port, "mottagning");
        session.get("/personer/sok");
        String page = session.search("/personer/sok", Map.of("q", "sortersson")).body();

        List<String> names = shownNames(page);
        assertThat(names).hasSize(50);
        assertThat(names.getFirst()).isEqualTo("Sortersson, Given0001");
        assertThat(names.getLast()).isEqualTo("Sortersson, Given0050");
        assertThat(page).contains("Fler än 50 träffar – de 50 första visas");
    }

    @Test
    void aNameMatchingMoreThanTheSearchSortsSaysThatFiftyOfThemAreShownByName() {
        persons("Vanligsson", PersonRepository.SORTED + 200);

        var session = WebSession.loggedInAs(port, "mottagning");
        session.get("/personer/sok");
        String page = session.search("/personer/sok", Map.of("q", "vanligsson")).body();

        List<String> names = shownNames(page);
        assertThat(names).hasSize(50).isSorted();
        assertThat(names).allMatch(name -> name.startsWith("Vanligsson, "));
        assertThat(page).containsPattern("Fler än 1\\D{1,6}000 träffar – 50 av dem visas, i namnordning");
    }
}
