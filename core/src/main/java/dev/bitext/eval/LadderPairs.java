package dev.bitext.eval;

import dev.bitext.BitextException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Pairs the files of a gold and a test directory by name: the same name, else (for a file left over on both
 * sides) the same name without its extension, so that {@code 001.align} goes with {@code 001.jsonl}.
 * Stateless and thread-safe.
 */
final class LadderPairs {
    /**
     * A gold file and the test file that goes with it.
     *
     * @param gold the gold file's name
     * @param test the test file's name
     */
    record Pair(String gold, String test) {
    }

    private LadderPairs() {
    }

    /**
     * The pairs of file names, sorted by gold name.
     *
     * @throws BitextException if a directory is missing, holds no files, or a file is in only one of them
     */
    static List<Pair> pairs(Path goldDir, Path testDir) throws IOException {
        Set<String> gold = files(goldDir);
        Set<String> test = files(testDir);
        List<Pair> pairs = new ArrayList<>();
        Set<String> goldLeft = new TreeSet<>(gold);
        Set<String> testLeft = new TreeSet<>(test);
        for (String name : gold) {
            if (test.contains(name)) {
                pairs.add(new Pair(name, name));
                goldLeft.remove(name);
                testLeft.remove(name);
            }
        }
        Map<String, String> testByStem = uniqueStems(testLeft);
        uniqueStems(goldLeft).forEach((stem, name) -> {
            String match = testByStem.get(stem);
            if (match != null) {
                pairs.add(new Pair(name, match));
                goldLeft.remove(name);
                testLeft.remove(match);
            }
        });
        List<String> problems = new ArrayList<>();
        missing(goldLeft, "no test file in " + testDir + " for ", problems);
        missing(testLeft, "no gold file in " + goldDir + " for ", problems);
        if (!problems.isEmpty()) {
            throw new BitextException(String.join("; ", problems));
        }
        if (gold.isEmpty()) {
            throw new BitextException("no files in " + goldDir + " or " + testDir);
        }
        pairs.sort(Comparator.comparing(Pair::gold));
        return List.copyOf(pairs);
    }

    /** The names by their name without extension, leaving out every stem that two of them share. */
    private static Map<String, String> uniqueStems(Set<String> names) {
        Map<String, List<String>> byStem = names.stream()
                .collect(Collectors.groupingBy(LadderPairs::stem, TreeMap::new, Collectors.toList()));
        Map<String, String> unique = new TreeMap<>();
        byStem.forEach((stem, all) -> {
            if (all.size() == 1) {
                unique.put(stem, all.get(0));
            }
        });
        return unique;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void missing(Set<String> absent, String prefix, List<String> problems) {
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
