package dev.bitext.align;

import java.util.ArrayList;
import java.util.List;

/**
 * A bead shape: {@code sourceCount} source sentences against {@code targetCount} target sentences.
 *
 * @param sourceCount sentences on the source side
 * @param targetCount sentences on the target side
 */
record BeadType(int sourceCount, int targetCount) implements java.io.Serializable {

    /** True for 1-0 and 0-1. */
    boolean isSkip() {
        return sourceCount == 0 || targetCount == 0;
    }

    /**
     * The shapes searched: 1-0, 0-1, and every a-b with a, b &ge; 1, max(a, b) &le; maxSide and
     * a + b &le; maxSide + 1 (maxSide 4 gives 1-1 ... 1-4, 4-1, 2-2, 2-3, 3-2).
     */
    static List<BeadType> upTo(int maxSide) {
        List<BeadType> out = new ArrayList<>();
        out.add(new BeadType(1, 0));
        out.add(new BeadType(0, 1));
        for (int a = 1; a <= maxSide; a++) {
            for (int b = 1; b <= maxSide; b++) {
                if (a + b <= maxSide + 1) {
                    out.add(new BeadType(a, b));
                }
            }
        }
        return List.copyOf(out);
    }
}
