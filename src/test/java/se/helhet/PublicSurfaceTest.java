package se.helhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;

/**
 * Spring Modulith treats every public type in a module's root package as the module's API, so a public type
 * there that no other module uses is a wall thinner than it looks: it should be package-private. This test
 * prints, per module, the public root types no other module uses, and requires there to be none.
 */
class PublicSurfaceTest {

    private final ApplicationModules modules = ApplicationModules.of(HelhetApplication.class);

    @Test
    void everyPublicTypeInAModulesRootPackageIsUsedByAnotherModule() {
        Map<String, List<String>> unused = new TreeMap<>();
        for (ApplicationModule module : modules.stream().sorted().toList()) {
            List<JavaClass> surface = module.getBasePackage().toSingle().stream()
                    .filter(PublicSurfaceTest::visibleOutsideItsPackage)
                    .toList();
            Set<JavaClass> received = receivedByOtherModules(module);
            List<String> names = surface.stream()
                    .filter(type -> !usedOutside(module, type, received))
                    .map(JavaClass::getName)
                    .sorted()
                    .toList();
            String name = module.getIdentifier().toString();
            unused.put(name, names);
            System.out.printf("%-14s %2d public root types, %2d used by no other module %s%n", name,
                    surface.size(), names.size(), names);
        }

        unused.values().removeIf(List::isEmpty);
        assertThat(unused).as("public root types no other module uses").isEmpty();
    }

    private static boolean visibleOutsideItsPackage(JavaClass type) {
        for (JavaClass t = type; t != null; t = t.getEnclosingClass().orElse(null)) {
            if (!t.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.getSimpleName().equals("package-info");
    }

    /**
     * A type counts as used when it, or a type nested in it, is reached from another module's code, or when another
     * module receives it: returned by a method of this module that the other module calls, or by a public method of
     * a type it receives (the start page hands the intake worklist's first items to its template, which reads them).
     */
    private boolean usedOutside(ApplicationModule module, JavaClass type, Set<JavaClass> received) {
        boolean reached = type.getDirectDependenciesToSelf().stream()
                .anyMatch(dependency -> !module.contains(dependency.getOriginClass())
                        && modules.getModuleByType(dependency.getOriginClass()).isPresent());
        return reached || received.contains(type) || module.getBasePackage().toSingle().stream()
                .filter(nested -> nested.getEnclosingClass().filter(type::equals).isPresent())
                .anyMatch(nested -> usedOutside(module, nested, received));
    }

    /** The module's types that other modules get back from a call, and what those types' public methods return. */
    private Set<JavaClass> receivedByOtherModules(ApplicationModule module) {
        Set<JavaClass> received = new HashSet<>();
        Deque<JavaClass> next = new ArrayDeque<>();
        module.getBasePackage().stream()
                .flatMap(type -> type.getAccessesToSelf().stream())
                .filter(access -> !module.contains(access.getOriginOwner())
                        && modules.getModuleByType(access.getOriginOwner()).isPresent())
                .flatMap(access -> access.getTarget().resolveMember().stream())
                .flatMap(member -> member instanceof JavaField field
                        ? field.getType().getAllInvolvedRawTypes().stream()
                        : member instanceof JavaMethod method
                                ? method.getReturnType().getAllInvolvedRawTypes().stream() : Stream.empty())
                .filter(module::contains)
                .filter(received::add)
                .forEach(next::add);
        while (!next.isEmpty()) {
            next.poll().getMethods().stream()
                    .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                    .flatMap(method -> method.getReturnType().getAllInvolvedRawTypes().stream())
                    .filter(module::contains)
                    .filter(received::add)
                    .forEach(next::add);
        }
        return received;
    }
}
