package se.helhet.demo;

import java.io.IOException;
import java.sql.SQLException;

/** Where generated rows go: PostgreSQL COPY in the application, plain text in the tests. */
interface DemoRows {

    /** Rows of one table as CSV (PostgreSQL's FORMAT csv: empty unquoted field is null), in FK order. */
    void copy(Table table, String csv) throws IOException, SQLException;

    default void progress(long childrenDone, long childrenTotal) {
    }
}
