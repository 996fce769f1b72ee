package se.helhet.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.PersonalIdentityNumber;
import se.helhet.common.ReserveNumber;

@Repository
class PersonRepository {

    /** At most this many matches of a search are read to sort them by name. */
    static final int SORTED = 1000;

    private static final String COLUMNS = """
            p.id, p.personal_identity_number, p.reserve_number, p.given_name, p.family_name, p.birth_date,
            p.protected_identity, p.address, p.postal_code, p.city, p.phone, p.language, p.interpreter_needed""";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from person p where p.id = :id")
                .param("id", id).query(PersonRepository::person).optional();
    }

    List<Person> findAll(Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from person p where p.id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(PersonRepository::person).list();
    }

    /** Which of the persons are in the register of one of the units. */
    Set<UUID> knownToAnyOf(Collection<UUID> ids, Set<UUID> unitIds) {
        return new java.util.HashSet<>(jdbc.sql(
                        "select distinct person_id from person_unit where person_id = any(:ids) and unit_id = any(:units)")
                .param("ids", ids.toArray(UUID[]::new)).param("units", unitIds.toArray(UUID[]::new))
                .query((rs, n) -> rs.getObject(1, UUID.class)).list());
    }

    Optional<Person> findByIdentityNumber(PersonalIdentityNumber number) {
        return jdbc.sql("select " + COLUMNS + " from person p where p.personal_identity_number = :n")
                .param("n", number.value()).query(PersonRepository::person).optional();
    }

    long nextReserveSequence() {
        return jdbc.sql("select nextval('reserve_number_seq')").query(Long.class).single();
    }

    void insert(Person p, UUID createdBy) {
        jdbc.sql("""
                        insert into person (id, personal_identity_number, coordination_number, reserve_number,
                            given_name, family_name, search_name, birth_date, protected_identity, address,
                            postal_code, city, phone, language, interpreter_needed, created_by)
                        values (:id, :pin, :coordination, :reserve, :given, :family, :search, :birth, :protected,
                            :address, :postal, :city, :phone, :language, :interpreter, :createdBy)""")
                .param("id", p.id())
                .param("pin", p.identityNumber() == null ? null : p.identityNumber().value())
                .param("coordination", p.coordinationNumber())
                .param("reserve", p.reserveNumber() == null ? null : p.reserveNumber().value())
                .param("given", p.givenName())
                .param("family", p.familyName())
                .param("search", NameSearch.normalize(p.name()))
                .param("birth", p.birthDate())
                .param("protected", p.protectedIdentity())
                .param("address", p.contact().address())
                .param("postal", p.contact().postalCode())
                .param("city", p.contact().city())
                .param("phone", p.contact().phone())
                .param("language", p.language())
                .param("interpreter", p.interpreterNeeded())
                .param("createdBy", createdBy)
                .update();
    }

    void linkToUnits(UUID personId, Collection<UUID> unitIds) {
        for (UUID unitId : unitIds) {
            jdbc.sql("insert into person_unit (person_id, unit_id) values (:p, :u) on conflict do nothing")
                    .param("p", personId).param("u", unitId).update();
        }
    }

    boolean isKnownToAnyOf(UUID personId, Set<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("select count(*) from person_unit where person_id = :p and unit_id = any(:units)")
                .param("p", personId).param("units", unitIds.toArray(UUID[]::new))
                .query(Long.class).single() > 0;
    }

    /** The persons a search shows, and whether more matched than it reads to sort them (see {@link #search}). */
    record Found(List<Person> persons, boolean beyondSorted) {
    }

    /**
     * Persons matching the identity number or the name tokens, that the reader may list: known to one of the
     * reader's units unless the reader sees the whole district, and never a protected person for a reader without
     * that right. The first {@code limit} by name among at most {@link #SORTED} matches: sorting every match of a
     * common surname among millions of persons would read them all (a few thousand per million), so beyond that the
     * matches sorted are the first the index gives. Each name token matches the start of a part of the name ("lind"
     * finds "Anna-Karin Lindberg"); only when no person the reader may list matches so, a token matches anywhere
     * in the name ("ndber" finds her too).
     */
    Found search(SearchCriteria criteria, int limit) {
        if (criteria.nameTokens().isEmpty()) {
            return sorted(new StringBuilder("select " + COLUMNS + " from person p where true"), new HashMap<>(),
                    criteria, limit);
        }
        Found byStart = byStartOfParts(criteria, limit);
        return byStart.persons().isEmpty() ? anywhereInName(criteria, limit) : byStart;
    }

    /**
     * Driven by the token whose part range is the smallest, read from the part index (with several tokens the sizes
     * are summed over the distinct parts of each range in {@code name_part_word}); a person whose name has two
     * parts starting with it is counted at the first of them, and every token is tested on the index entry's name
     * parts; the matches are sorted by the names and birth date the index entry holds, and only the persons shown are
     * read. One statement.
     */
    private Found byStartOfParts(SearchCriteria criteria, int limit) {
        List<String> tokens = criteria.nameTokens();
        var params = new HashMap<String, Object>();
        var sql = new StringBuilder("with ");
        String low;
        String high;
        if (tokens.size() == 1) {
            low = ":low";
            high = ":high";
            params.put("low", tokens.getFirst());
            params.put("high", justAfterEveryWordStartingWith(tokens.getFirst()));
        } else {
            // The token whose parts have the fewest entries drives; the first of them when two have as many.
            sql.append("""
                    driving as materialized (
                        select t.low, t.high from unnest(:low::text[], :high::text[]) with ordinality t(low, high, i)
                        order by (select coalesce(sum(w.entries), 0) from name_part_word w
                                  where w.part ~>=~ t.low and w.part ~<~ t.high), t.i
                        limit 1),
                    """);
            low = "(select low from driving)";
            high = "(select high from driving)";
            params.put("low", tokens.toArray(String[]::new));
            params.put("high", tokens.stream().map(PersonRepository::justAfterEveryWordStartingWith)
                    .toArray(String[]::new));
        }
        sql.append("matched as materialized (select n.person_id, n.family_name, n.given_name, n.birth_date"
                        + " from person_name_part n where n.part ~>=~ ").append(low).append(" and n.part ~<~ ")
                .append(high).append(" and (n.previous_part is null or n.previous_part ~<~ ").append(low).append(")");
        everyTokenIn(sql, params, tokens, " ");
        listableAndBounded(sql, params, criteria, "n.person_id", "n.protected_identity", limit);
        return firstPersonsOf(sql, params, "matched");
    }

    /**
     * The longest token anywhere in a part, found among the distinct parts ({@code name_part_word}: a trigram index
     * over the country's spellings, not over every person); the persons with those parts are read from the part index
     * and every token is tested on the entry's name parts, as in {@link #byStartOfParts}. A person with two such
     * parts has two entries among those sorted, and is shown once.
     */
    private Found anywhereInName(SearchCriteria criteria, int limit) {
        List<String> tokens = criteria.nameTokens();
        var params = new HashMap<String, Object>();
        var sql = new StringBuilder("with matched as materialized (select n.person_id, n.family_name, n.given_name,"
                + " n.birth_date from person_name_part n where n.part = any(array(select w.part from name_part_word w"
                + " where w.part like :inside))");
        params.put("inside", "%" + escapeLike(tokens.stream().max(Comparator.comparingInt(String::length))
                .orElseThrow()) + "%");
        everyTokenIn(sql, params, tokens, "");
        listableAndBounded(sql, params, criteria, "n.person_id", "n.protected_identity", limit);
        return firstPersonsOf(sql, params, "(select distinct on (m.person_id) m.* from matched m)");
    }

    /**
     * With several tokens, each tested on the entry's name parts: at the start of a part ({@code before} a space) or
     * anywhere ({@code before} empty).
     */
    private static void everyTokenIn(StringBuilder sql, Map<String, Object> params, List<String> tokens,
                                     String before) {
        if (tokens.size() > 1) {
            for (int i = 0; i < tokens.size(); i++) {
                sql.append(" and n.name_parts like :word").append(i);
                params.put("word" + i, "%" + before + escapeLike(tokens.get(i)) + "%");
            }
        }
    }

    /**
     * The first {@code :limit} of the {@code entries} (the CTE {@code matched}, or a query of it) by names and birth
     * date, sorted on the index entries; only the persons shown are read.
     */
    private Found firstPersonsOf(StringBuilder sql, Map<String, Object> params, String entries) {
        return found(sql + ") select " + COLUMNS + ", (select count(*) from matched) as matched"
                + " from (select * from " + entries + " s order by s.family_name, s.given_name, s.birth_date"
                + " limit :limit) s join person p on p.id = s.person_id"
                + " order by s.family_name, s.given_name, s.birth_date", params);
    }

    /** The query's matches the reader may list, at most {@link #SORTED} of them, sorted by name. */
    private Found sorted(StringBuilder sql, Map<String, Object> params, SearchCriteria criteria, int limit) {
        if (criteria.identityNumber() != null) {
            sql.append(" and p.personal_identity_number = :pin");
            params.put("pin", criteria.identityNumber().value());
        }
        if (criteria.reserveNumber() != null) {
            sql.append(" and p.reserve_number = :reserve");
            params.put("reserve", criteria.reserveNumber().value());
        }
        listableAndBounded(sql, params, criteria, "p.id", "p.protected_identity", limit);
        return found("select p.*, count(*) over () as matched from (" + sql
                + ") p order by p.family_name, p.given_name, p.birth_date limit :limit", params);
    }

    /**
     * Only persons the reader may list: known to one of the reader's units unless the reader sees the whole district,
     * never a protected person for a reader without that right; at most {@link #SORTED} + 1 of them.
     */
    private static void listableAndBounded(StringBuilder sql, Map<String, Object> params, SearchCriteria criteria,
                                           String personId, String isProtected, int limit) {
        if (!criteria.includeProtected()) {
            sql.append(" and not ").append(isProtected);
        }
        if (!criteria.wholeDistrict()) {
            sql.append(" and exists (select 1 from person_unit pu where pu.person_id = ").append(personId)
                    .append(" and pu.unit_id = any(:units))");
            params.put("units", criteria.unitIds().toArray(UUID[]::new));
        }
        sql.append(" limit :sorted");
        params.put("sorted", SORTED + 1);
        params.put("limit", limit);
    }

    /** The persons of a query that gives them with {@code matched}, the number of matches it sorted. */
    private Found found(String sql, Map<String, Object> params) {
        var matched = new long[1];
        List<Person> persons = jdbc.sql(sql).params(params).query((rs, n) -> {
            matched[0] = rs.getLong("matched");
            return person(rs, n);
        }).list();
        return new Found(persons, matched[0] > SORTED);
    }

    /**
     * The least string after every string starting with the token, in the byte order of the part index
     * ({@code text_pattern_ops}, UTF-8, the order of code points): the token with its last code point the next one
     * (past the surrogates, which are no characters of their own; the last code point has no next one, and a name
     * ending so is found by the search anywhere in the name).
     */
    static String justAfterEveryWordStartingWith(String token) {
        int last = token.codePointBefore(token.length());
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        return token.substring(0, token.length() - Character.charCount(last))
                + (next > Character.MAX_CODE_POINT ? "" : Character.toString(next));
    }

    record SearchCriteria(PersonalIdentityNumber identityNumber, ReserveNumber reserveNumber,
                          List<String> nameTokens, boolean includeProtected, boolean wholeDistrict,
                          Set<UUID> unitIds) {
    }

    private static String escapeLike(String token) {
        return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Person person(ResultSet rs, int row) throws SQLException {
        String pin = rs.getString("personal_identity_number");
        String reserve = rs.getString("reserve_number");
        return new Person(
                rs.getObject("id", UUID.class),
                pin == null ? null : new PersonalIdentityNumber(pin),
                reserve == null ? null : new ReserveNumber(reserve),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("birth_date", java.time.LocalDate.class),
                rs.getBoolean("protected_identity"),
                new Person.Contact(rs.getString("address"), rs.getString("postal_code"), rs.getString("city"),
                        rs.getString("phone")),
                rs.getString("language"),
                rs.getBoolean("interpreter_needed"));
    }
}
