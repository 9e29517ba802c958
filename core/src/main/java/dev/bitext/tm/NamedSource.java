package dev.bitext.tm;

import dev.bitext.DocumentPair;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link TmSource} made of a name and a loader (which must be thread-safe). Immutable.
 *
 * @param name   the document's name
 * @param loader gives the pair at each load, or throws {@link dev.bitext.BitextException}
 */
record NamedSource(String name, Supplier<DocumentPair> loader) implements TmSource {
    NamedSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(loader, "loader");
    }

    @Override
    public DocumentPair load() {
        return loader.get();
    }
}
