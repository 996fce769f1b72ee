package se.helhet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.stereotype.Repository;

import se.helhet.SqlInSources.Use;
import se.helhet.platform.DemoLoader;
import se.helhet.platform.OwnsTables;
import se.helhet.platform.ReadModel;

/**
 * The declared owners of the tables ({@link OwnsTables} in each module's package-info), and what they allow: SQL
 * in a repository of the owning module, reads by any module of the tables an owner shares for names, reads by
 * a {@link ReadModel} of the tables it names, and anything by the {@link DemoLoader}s.
 */
final class TableOwners {

    private final Map<String, List<String>> owners = new TreeMap<>();
    private final Map<String, String> readableByAll = new TreeMap<>();
    private final Set<String> loaders = new HashSet<>();

    TableOwners(Path sources) {
        try (Stream<Path> modules = Files.list(sources.resolve("se/helhet"))) {
            modules.filter(Files::isDirectory).map(m -> m.getFileName().toString()).sorted().forEach(module -> {
                Optional<Class<?>> info = load("se.helhet." + module + ".package-info");
                info.map(i -> i.getAnnotation(OwnsTables.class)).ifPresent(owns -> {
                    Arrays.stream(owns.value()).forEach(t -> owners.computeIfAbsent(t, k -> new ArrayList<>()).add(module));
                    Arrays.stream(owns.readableByAll()).forEach(t -> readableByAll.put(t, module));
                });
                info.filter(i -> i.isAnnotationPresent(DemoLoader.class)).ifPresent(i -> loaders.add(module));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tables with no owner or more than one, and declared tables that no migration creates. */
    List<String> ownershipProblems(Set<String> tables) {
        List<String> problems = new ArrayList<>();
        tables.stream().filter(t -> !owners.containsKey(t)).forEach(t -> problems.add(t + " has no owner"));
        owners.forEach((table, modules) -> {
            if (!tables.contains(table)) {
                problems.add(modules + " declare " + table + ", which no migration creates");
            } else if (modules.size() > 1) {
                problems.add(table + " is declared by " + modules);
            }
        });
        readableByAll.forEach((table, module) -> {
            if (!owner(table).equals(module)) {
                problems.add(module + " shares " + table + ", which it does not own");
            }
        });
        return problems;
    }

    String owner(String table) {
        return owners.getOrDefault(table, List.of("no module")).getFirst();
    }

    /** Each SQL text that its class may not run, in words naming class, table and owner. */
    Set<String> violations(List<Use> uses) {
        Set<String> violations = new LinkedHashSet<>();
        for (Use use : uses) {
            Class<?> type = load(use.className()).orElseThrow();
            String owner = owner(use.table());
            DemoLoader loader = type.getAnnotation(DemoLoader.class);
            if (loaders.contains(use.module())
                    || loader != null && (owner.equals(use.module()) || named(use.table(), loader))) {
                continue;
            }
            if (!type.isAnnotationPresent(Repository.class)) {
                violations.add(use.className() + " runs SQL outside a repository (" + use.table() + ")");
            } else if (owner.equals(use.module())) {
                continue;
            } else if (use.writes()) {
                violations.add(use.className() + " writes " + use.table() + ", owned by " + owner);
            } else if (!readableByAll.containsKey(use.table())
                    && !named(use.table(), type.getAnnotation(ReadModel.class))) {
                violations.add(use.className() + " reads " + use.table() + ", owned by " + owner
                        + ", and is no read model declaring it");
            }
        }
        return violations;
    }

    /** The tables a read model or a loader class names: another module's, and used in its SQL. */
    List<String> declarationProblems(List<String> classes, List<Use> uses) {
        List<String> problems = new ArrayList<>();
        classes.forEach(name -> {
            Class<?> type = load(name).orElseThrow();
            String module = name.split("\\.")[2];
            Stream.concat(tables(type.getAnnotation(ReadModel.class)), tables(type.getAnnotation(DemoLoader.class)))
                    .forEach(table -> {
                        if (!owners.containsKey(table) || owner(table).equals(module)) {
                            problems.add(name + " declares " + table + ", which is no other module's table");
                        } else if (uses.stream().noneMatch(u -> u.className().equals(name) && u.table().equals(table))) {
                            problems.add(name + " declares " + table + " but does not use it");
                        }
                    });
        });
        return problems;
    }

    private static boolean named(String table, ReadModel model) {
        return tables(model).anyMatch(table::equals);
    }

    private static boolean named(String table, DemoLoader loader) {
        return tables(loader).anyMatch(table::equals);
    }

    private static Stream<String> tables(ReadModel model) {
        return model == null ? Stream.empty() : Arrays.stream(model.value());
    }

    private static Stream<String> tables(DemoLoader loader) {
        return loader == null ? Stream.empty() : Arrays.stream(loader.value());
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, TableOwners.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
