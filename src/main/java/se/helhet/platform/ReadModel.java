package se.helhet.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository that reads other modules' tables in one query, read-only, where asking each owner row by row
 * would be a query (and a log row) per row (ADR 9). It names every table of another module it reads; it
 * never writes them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModel {

    /** The other modules' tables read. */
    String[] value();
}
