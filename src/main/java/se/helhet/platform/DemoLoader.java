package se.helhet.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Synthetic data written straight into tables, bypassing their owners' services, in demo mode and into empty
 * tables only (ADR 6). On a package: the module is the loader and writes any table ({@code demo}). On a class:
 * the other modules' tables that class reads or writes to add a module's own demo data.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface DemoLoader {

    /** On a class, the other modules' tables it reads or writes; on the loader's package, none (every table). */
    String[] value() default {};
}
