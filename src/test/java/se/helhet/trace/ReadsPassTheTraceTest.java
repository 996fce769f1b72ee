package se.helhet.trace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The trace is written where a record is read (ADR 3): a page or an API call reaches data only through its
 * module's service, whose read method checks access and traces in one call. A controller holding a repository
 * could read around it, so none may.
 */
class ReadsPassTheTraceTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.helhet");

    @Test
    void noPageOrApiControllerReachesARepository() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .because("a read that skips the module's service skips its access check and its trace")
                .check(classes);
    }
}
