package se.helhet.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the rows with COPY, orders of magnitude faster than INSERTs at benchmark scale. Logs progress in
 * tenths, with counts only: even synthetic names and numbers stay out of the log.
 */
final class PostgresCopy implements DemoRows {

    private static final Logger log = LoggerFactory.getLogger(PostgresCopy.class);

    private final CopyManager copy;
    private long lastTenth;
    private long caseHistoryNanos;
    private long copyNanos;

    PostgresCopy(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    @Override
    public void copy(Table table, String csv) throws IOException, SQLException {
        long start = System.nanoTime();
        copy.copyIn(table.copySql(), new StringReader(csv));
        long took = System.nanoTime() - start;
        copyNanos += took;
        if (table.caseHistory()) {
            caseHistoryNanos += took;
        }
    }

    /**
     * Time spent in COPY, every table: the rest of the load is generating the rows, so the share of COPY in the whole
     * is how near the generator comes to a raw COPY of the same rows into the same tables.
     */
    long copyNanos() {
        return copyNanos;
    }

    /** Time spent sending the case history's rows, for the log. */
    long caseHistoryNanos() {
        return caseHistoryNanos;
    }

    @Override
    public void progress(long childrenDone, long childrenTotal) {
        long tenth = childrenDone * 10 / childrenTotal;
        if (tenth > lastTenth && childrenDone < childrenTotal) {
            lastTenth = tenth;
            log.info("Demodata: {} av {} barn", grouped(childrenDone), grouped(childrenTotal));
        }
    }

    /** "7 000", as Swedish writes it (a plain space, which every terminal shows). */
    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }
}
