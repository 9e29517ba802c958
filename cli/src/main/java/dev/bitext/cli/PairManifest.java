package dev.bitext.cli;

import dev.bitext.BitextException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A manifest of document pairs: one {@code source<TAB>target} pair of paths per line, relative paths resolved
 * against the manifest's folder; blank lines and lines starting with {@code #} are skipped. Stateless.
 */
final class PairManifest {
    /**
     * One pair of files.
     *
     * @param source the source file
     * @param target the target file
     */
    record Entry(Path source, Path target) {
    }

    private PairManifest() {
    }

    /**
     * The pairs listed in {@code manifest}, in order. The files are not checked here.
     *
     * @throws BitextException naming {@code MANIFEST:LINE} for a malformed line, or the manifest when it
     *                         cannot be read
     */
    static List<Entry> read(Path manifest, InputEncoding encoding) {
        List<String> lines = TextFiles.lines(TextFiles.read(manifest, encoding));
        Path folder = manifest.getParent() != null ? manifest.getParent() : Path.of("");
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = lines.get(i).split("\t", -1);
            String where = manifest + ":" + (i + 1);
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new BitextException(where + ": expected SOURCE<TAB>TARGET, found " + fields.length
                        + " field(s)" + (fields.length == 2 ? " with one blank" : ""));
            }
            entries.add(new Entry(resolve(folder, fields[0], where), resolve(folder, fields[1], where)));
        }
        return entries;
    }

    private static Path resolve(Path folder, String field, String where) {
        try {
            return folder.resolve(field.strip());
        } catch (InvalidPathException e) {
            throw new BitextException(where + ": not a valid path: " + field.strip());
        }
    }
}
