package se.helhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.helhet.SqlInSources.Use;

/**
 * Every table has one owner, and SQL that names a table runs in the owner's repositories, in a read model that
 * declares it (read-only), or in the demo loader (ADR 2, ADR 9).
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Set<String> TABLES = SqlInSources.tables(Path.of("src/main/resources/db/migration"));

    private final TableOwners owners = new TableOwners(SOURCES);
    private final List<Use> uses = SqlInSources.uses(SOURCES, TABLES);

    @Test
    void everyTableOfTheMigrationsHasExactlyOneOwningModule() {
        assertThat(TABLES).hasSizeGreaterThan(40);
        assertThat(owners.ownershipProblems(TABLES)).isEmpty();
    }

    @Test
    void onlyTheOwnersRepositoriesAndDeclaredReadModelsQueryATable() {
        assertThat(uses).hasSizeGreaterThan(100);
        assertThat(owners.violations(uses)).isEmpty();
    }

    @Test
    void readModelsAndLoadersNameOnlyOtherModulesTablesTheyUse() {
        assertThat(owners.declarationProblems(SqlInSources.classes(SOURCES), uses)).isEmpty();
    }

    @Test
    void aQueryOfAnotherModulesTableOutsideAReadModelIsNamedWithItsOwner() {
        List<Use> reads = SqlInSources.uses("se.helhet.casenote.CaseNoteRepository",
                "select n.id from case_note n join report r on r.id = n.report_id", TABLES);
        List<Use> writes = SqlInSources.uses("se.helhet.worklist.WorklistQueries", "update matter set level = null",
                TABLES);
        assertThat(owners.violations(reads)).containsExactly("se.helhet.casenote.CaseNoteRepository reads report, "
                + "owned by intake, and is no read model declaring it");
        assertThat(owners.violations(writes))
                .containsExactly("se.helhet.worklist.WorklistQueries writes matter, owned by matter");
    }

    @Test
    void sqlIsReadFromLiteralsAndTextBlocksNotFromComments() {
        String source = String.join("\n",
                "/** Reads from person. */",
                "class X {",
                "    // update matter",
                "    String a = \"select 1 from report r join report_child c on true\"; char q = '\"';",
                "    String b = \"\"\"",
                "            insert into draft (fields) values ('a \\\"\"\" b')\"\"\";",
                "}");
        List<String> literals = SqlInSources.literals(source);
        assertThat(literals.stream().flatMap(sql -> SqlInSources.uses("se.helhet.x.X", sql, TABLES).stream())
                .map(u -> u.table() + (u.writes() ? " written" : " read")))
                .containsExactly("report read", "report_child read", "draft written");
    }
}
