package dev.bitext.eval;

import dev.bitext.BitextException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Pairs the files of a gold and a test directory by name. Stateless and thread-safe. */
final class LadderPairs {
    private LadderPairs() {
    }

    /**
     * The file names present in both directories, sorted.
     *
     * @throws BitextException if a directory is missing, holds no files, or a file is in only one of them
     */
    static List<String> names(Path goldDir, Path testDir) throws IOException {
        Set<String> gold = files(goldDir);
        Set<String> test = files(testDir);
        List<String> problems = new ArrayList<>();
        missing(gold, test, "no test file in " + testDir + " for ", problems);
        missing(test, gold, "no gold file in " + goldDir + " for ", problems);
        if (!problems.isEmpty()) {
            throw new BitextException(String.join("; ", problems));
        }
        if (gold.isEmpty()) {
            throw new BitextException("no files in " + goldDir + " or " + testDir);
        }
        return List.copyOf(gold);
    }

    private static void missing(Set<String> from, Set<String> in, String prefix, List<String> problems) {
        Set<String> absent = new TreeSet<>(from);
        absent.removeAll(in);
        if (!absent.isEmpty()) {
            problems.add(prefix + String.join(", ", absent));
        }
    }

    /** Names of the regular, non-hidden files directly in {@code dir}. */
    private static Set<String> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BitextException(dir + ": not a directory");
        }
        Set<String> names = new TreeSet<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .forEach(names::add);
        }
        return names;
    }
}
