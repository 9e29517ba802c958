package dev.bitext.bench;

import dev.bitext.Bead;
import dev.bitext.eval.Evaluator;
import dev.bitext.io.Ladder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Coarse accuracy of an alignment against the Bible's verse gold, for the side-by-side script: the
 * alignment is a bitext ladder, or with {@code --rungs} hunalign's default output (one rung
 * {@code i<TAB>j<TAB>score} a line; the beads lie between consecutive rungs, the last rung is the end).
 * Prints the accuracy with three decimals.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.bitext.bench.CoarseScore GOLD TEST [--rungs]</pre>
 */
public final class CoarseScore {
    private CoarseScore() {
    }

    /** Prints the coarse accuracy; exits with status 2 on a usage error. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("--rungs"))) {
            System.err.println("usage: CoarseScore GOLD TEST [--rungs]");
            System.exit(2);
        }
        List<Bead> gold = Ladder.read(Path.of(args[0]));
        List<Bead> test = args.length == 3 ? fromRungs(Path.of(args[1])) : Ladder.read(Path.of(args[1]));
        long[] c = Evaluator.coarse(gold, test);
        System.out.printf(Locale.ROOT, "%.3f%n", (double) c[0] / c[1]);
    }

    /** The beads between hunalign's rungs, each with confidence 1. */
    static List<Bead> fromRungs(Path file) throws IOException {
        List<Bead> beads = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            int ni = Integer.parseInt(f[0].strip());
            int nj = Integer.parseInt(f[1].strip());
            if (ni > i || nj > j) {
                beads.add(Bead.of(i, ni - i, j, nj - j, 1));
            }
            i = ni;
            j = nj;
        }
        return beads;
    }
}
