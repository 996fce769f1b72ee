package se.helhet.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a module owns, on its {@code package-info.java}: only the module's repositories write them, and
 * every table of {@code db/migration} has exactly one owner (ADR 2). Another module reads them through the
 * owner's public types, or as a declared {@link ReadModel}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

    String[] value();

    /**
     * Tables any module may join to show a name (who recorded a row, which unit), read-only, so that a list of
     * records needs no second query for its names.
     */
    String[] readableByAll() default {};
}
