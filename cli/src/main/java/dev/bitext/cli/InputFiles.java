package dev.bitext.cli;

import dev.bitext.BitextException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the INPUT arguments of a batch command into files. Stateless. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * The files named by {@code inputs}, in their order: a file as given; a folder as the regular files below
     * it, searched recursively and sorted by path, leaving out hidden files and folders (names starting with
     * a dot).
     *
     * @throws BitextException naming an input that does not exist or a folder that cannot be read
     */
    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(below(input));
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new BitextException(input + ": no such file or folder");
            }
        }
        return files;
    }

    private static List<Path> below(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !hidden(folder.relativize(p)) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw IoProblems.about(folder, e);
        } catch (UncheckedIOException e) {
            throw IoProblems.about(folder, e.getCause());
        }
    }

    private static boolean hidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
