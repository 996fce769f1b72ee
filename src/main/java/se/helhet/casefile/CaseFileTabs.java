package se.helhet.casefile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

import se.helhet.matter.CaseFileTab;
import se.helhet.matter.MatterKind;

/** The case file's tabs as their modules declare them ({@link CaseFileTab} on a controller), in the bar's order. */
@Component
class CaseFileTabs {

    /**
     * One tab; {@code path} is its segment under the matter, empty for the matter's own page; {@code kinds} the
     * kinds of matter it belongs to, empty for every kind.
     */
    record Tab(String path, String label, int order, Set<MatterKind> kinds) {

        boolean belongsTo(MatterKind kind) {
            return kinds.isEmpty() || kinds.contains(kind);
        }

        public String href(UUID matterId) {
            return "/arenden/" + matterId + (path.isEmpty() ? "" : "/" + path);
        }
    }

    private final List<Tab> tabs;

    /** Reads the declarations without creating the controllers, so no controller waits for the case file. */
    CaseFileTabs(ListableBeanFactory beans) {
        this.tabs = Arrays.stream(beans.getBeanNamesForAnnotation(CaseFileTab.class))
                .map(name -> beans.findAnnotationOnBean(name, CaseFileTab.class))
                .map(t -> new Tab(t.path(), t.label(), t.order(), Set.of(t.kinds())))
                .sorted(Comparator.comparingInt(Tab::order))
                .toList();
        if (tabs.stream().map(Tab::path).distinct().count() < tabs.size()) {
            throw new IllegalStateException("Two case-file tabs declare the same path: " + tabs);
        }
    }

    /** The tabs of a matter of the kind: an adult unit's matter has no investigation or outcome tab. */
    List<Tab> of(MatterKind kind) {
        return tabs.stream().filter(t -> t.belongsTo(kind)).toList();
    }

    Optional<Tab> at(String path) {
        return tabs.stream().filter(t -> t.path().equals(path)).findFirst();
    }
}
