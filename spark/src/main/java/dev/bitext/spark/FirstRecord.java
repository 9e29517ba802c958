package dev.bitext.spark;

import dev.bitext.tm.CorpusPasses;
import java.io.Serial;
import java.io.Serializable;

/**
 * A document after the first pass: the row itself (the second pass loads it again, as {@code build-tm} does),
 * and either its first pass or the reason it cannot be aligned. Immutable.
 *
 * @param row   the document
 * @param first its first pass, or null when it failed
 * @param error why it failed, or null
 */
record FirstRecord(DocumentRow row, CorpusPasses.FirstPass first, String error) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
