package se.helhet.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table whose rows are linked into a hash chain, implemented by the module that owns it. The database
 * connection is handed in: the migration that links rows written before the chain runs before the
 * application's own connections may be used.
 */
public interface ChainedTable {

    /** Feeds every row of the chain, and every row that should be in it but has no link, to a walk. */
    ChainResult verify(JdbcClient jdbc, HashChains chains);

    /** Links rows written past the writer: those from before the chain began, or loaded in bulk as demo data. */
    void linkUnlinked(JdbcClient jdbc, HashChains chains);
}
