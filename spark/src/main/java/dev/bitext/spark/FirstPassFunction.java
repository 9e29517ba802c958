package dev.bitext.spark;

import dev.bitext.BitextException;
import dev.bitext.tm.CorpusPasses;
import java.io.Serial;
import org.apache.spark.api.java.function.Function;

/** The first pass on the executors: a document's first pass, or why it cannot be aligned. Immutable and serializable. */
final class FirstPassFunction implements Function<DocumentRow, FirstRecord> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final CorpusPasses passes;
    private final DocumentLoader loader;

    FirstPassFunction(CorpusPasses passes, DocumentLoader loader) {
        this.passes = passes;
        this.loader = loader;
    }

    @Override
    public FirstRecord call(DocumentRow row) {
        try {
            return new FirstRecord(row, passes.firstPass(loader.load(row)), null);
        } catch (BitextException e) {
            return new FirstRecord(row, null, e.getMessage());
        }
    }
}
