package se.helhet.platform;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/** Copies of data directories, with their permissions (PostgreSQL refuses a data directory others can read). */
final class DirectoryCopy {

    private DirectoryCopy() {
    }

    /**
     * Copies {@code from} to {@code to}, which must not exist. Of the entries directly in {@code from}, the
     * directories named in {@code emptied} are copied without their contents and the files named in
     * {@code leftOut} not at all; temporary files never. A file removed while the copy runs is missing
     * from it, as a running server removes files at will.
     */
    static void copy(Path from, Path to, Set<String> emptied, Set<String> leftOut) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                String name = directory.getFileName().toString();
                if (name.startsWith("pgsql_tmp")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.copy(directory, target(directory), StandardCopyOption.COPY_ATTRIBUTES);
                return from.equals(directory.getParent()) && emptied.contains(name)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = file.getFileName().toString();
                if (!(from.equals(file.getParent()) && leftOut.contains(name)) && !name.startsWith("pgsql_tmp")) {
                    try {
                        Files.copy(file, target(file), StandardCopyOption.COPY_ATTRIBUTES);
                    } catch (NoSuchFileException removedMeanwhile) {
                        return FileVisitResult.CONTINUE;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }

            private Path target(Path source) {
                return to.resolve(from.relativize(source).toString());
            }
        });
    }

    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
