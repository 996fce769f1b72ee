package se.helhet.matter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A tab of the case file, declared on the controller whose pages it shows (/arenden/{id}/{path} and below). The
 * case file's header and tab bar are built from these declarations, so the module that owns a tab registers it
 * beside its own pages and the case file knows no module's addresses: the dependency turned around, as with
 * {@link TimelineContributor}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CaseFileTab {

    /** The tab's segment under the matter ({@code anteckningar}); empty for the matter's own page. */
    String path();

    /** The message key of the tab's name. */
    String label();

    /** The tab's place in the bar, smallest first. */
    int order();

    /** The kinds of matter the tab belongs to (an investigation tab only to a child's matter); empty for every kind. */
    MatterKind[] kinds() default {};
}
