package dev.bitext.tm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.AlignerOptions;
import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.anchor.Lexicon;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The passes taken one by one, learning counted as a distributed engine counts it (a plain-Java version of
 * the recipe in {@link CorpusPasses}'s comment), give exactly the beads of {@link dev.bitext.align.BeadSearch#alignAll}.
 */
class CorpusPassesTest {
    private static final List<DocumentPair> PAIRS = new ArrayList<>();

    @BeforeAll
    static void corpus() throws IOException {
        Path root = Path.of(System.getProperty("bitext.root", ".."));
        for (String seed : List.of("000", "002")) {
            PAIRS.add(pair(root.resolve("seeds/" + seed + ".en.txt"), root.resolve("seeds/" + seed + ".zh.txt")));
        }
        Path dev = Path.of(System.getProperty("bitext.shared", "../shared")).resolve("data/mac-dev");
        if (Files.isDirectory(dev.resolve("en"))) {
            try (var files = Files.list(dev.resolve("en"))) {
                for (Path en : files.sorted().toList()) {
                    PAIRS.add(pair(en, dev.resolve("zh").resolve(en.getFileName())));
                }
            }
        }
    }

    private static DocumentPair pair(Path en, Path zh) throws IOException {
        return new DocumentPair(Document.ofLines(Language.ENGLISH, Files.readAllLines(en)),
                Document.ofLines(Language.CHINESE, Files.readAllLines(zh)));
    }

    private static List<List<Bead>> together(AlignerOptions options) {
        return new dev.bitext.align.BeadSearch(options).alignAll(PAIRS);
    }

    private static List<List<Bead>> staged(CorpusPasses passes, java.util.function.Function<List<CorpusPasses.FirstPass>,
            CorpusPasses.Learned> learning) throws Exception {
        List<CorpusPasses.FirstPass> firsts = new ArrayList<>();
        for (DocumentPair p : PAIRS) {
            firsts.add(roundTrip(passes).firstPass(p));
        }
        CorpusPasses.Learned learned = roundTrip(learning.apply(firsts));
        List<List<Bead>> out = new ArrayList<>();
        for (int k = 0; k < PAIRS.size(); k++) {
            Alignment a = passes.secondPass(PAIRS.get(k), roundTrip(firsts.get(k).withoutObservation()), learned);
            out.add(a.beads());
        }
        return out;
    }

    @Test
    void stagedWithLocalLearningIsAlignAll() throws Exception {
        CorpusPasses passes = CorpusPasses.of(AlignerOptions.defaults());
        assertThat(staged(passes, passes::learn)).isEqualTo(together(AlignerOptions.defaults()));
    }

    @Test
    void countedLearningIsTheSameLexicon() throws Exception {
        CorpusPasses passes = CorpusPasses.of(AlignerOptions.defaults());
        List<CorpusPasses.FirstPass> firsts = PAIRS.stream().map(passes::firstPass).toList();
        assertThat(counted(passes, firsts).size()).isEqualTo(passes.learn(firsts).size()).isPositive();
        assertThat(staged(passes, f -> counted(passes, f))).isEqualTo(together(AlignerOptions.defaults()));
    }

    @Test
    void withoutLearningNothingIsLearned() throws Exception {
        AlignerOptions off = AlignerOptions.builder().learnLexicon(false).build();
        CorpusPasses passes = CorpusPasses.of(off);
        List<CorpusPasses.FirstPass> firsts = PAIRS.stream().map(passes::firstPass).toList();
        assertThat(firsts).allSatisfy(f -> assertThat(f.observedBeads()).isZero());
        assertThat(passes.learned(List.of()).size()).isZero();
        assertThat(staged(passes, f -> counted(passes, f))).isEqualTo(together(off));
    }

    @Test
    void optionsWithADictionarySurviveSerialization() throws Exception {
        AlignerOptions options = AlignerOptions.builder().maxBeadSide(5)
                .dictionary(Lexicon.of(Map.of("grey", List.of("灰色")))).build();
        AlignerOptions back = roundTrip(options);
        assertThat(back.maxBeadSide()).isEqualTo(5);
        assertThat(back.dictionaries()).hasSize(1);
        assertThat(back.dictionaries().get(0).size()).isEqualTo(1);
        assertThat(back.dictionaries().get(0).chineseIds("灰色的天")).hasSize(1);
        assertThat(roundTrip(TmFilter.builder().minConfidence(0.4).build()).minConfidence()).isEqualTo(0.4);
        assertThat(CorpusPasses.of(back).options().maxBeadSide()).isEqualTo(5);
    }

    /**
     * Learning as a distributed engine counts it: token counts, eligibility, co-occurrences of eligible tokens
     * that may pair, and for each kept pair its first shared bead.
     */
    static CorpusPasses.Learned counted(CorpusPasses passes, List<CorpusPasses.FirstPass> firsts) {
        long beads = firsts.stream().mapToLong(CorpusPasses.FirstPass::observedBeads).sum();
        Map<Long, Long> sourceCount = new HashMap<>();
        Map<Long, Long> targetCount = new HashMap<>();
        for (CorpusPasses.FirstPass f : firsts) {
            for (int b = 0; b < f.observedBeads(); b++) {
                for (long t : f.sourceTokens(b)) {
                    sourceCount.merge(t, 1L, Long::sum);
                }
                for (long t : f.targetTokens(b)) {
                    targetCount.merge(t, 1L, Long::sum);
                }
            }
        }
        record Key(long s, long t) { }
        Map<Key, long[]> met = new HashMap<>(); // times, document, bead, source position, target position
        for (int d = firsts.size() - 1; d >= 0; d--) { // backwards: the first bead is met last
            CorpusPasses.FirstPass f = firsts.get(d);
            for (int b = f.observedBeads() - 1; b >= 0; b--) {
                long[] src = f.sourceTokens(b);
                long[] tgt = f.targetTokens(b);
                for (int i = 0; i < src.length; i++) {
                    long cs = sourceCount.get(src[i]);
                    if (!CorpusPasses.eligible(cs, beads)) {
                        continue;
                    }
                    for (int j = 0; j < tgt.length; j++) {
                        long ct = targetCount.get(tgt[j]);
                        if (CorpusPasses.eligible(ct, beads) && CorpusPasses.mayPair(cs, ct)) {
                            long[] m = met.computeIfAbsent(new Key(src[i], tgt[j]), k -> new long[5]);
                            m[0]++;
                            m[1] = d;
                            m[2] = b;
                            m[3] = i;
                            m[4] = j;
                        }
                    }
                }
            }
        }
        List<CorpusPasses.Association> kept = new ArrayList<>();
        met.forEach((k, m) -> {
            if (CorpusPasses.keeps(m[0], sourceCount.get(k.s()), targetCount.get(k.t()))) {
                kept.add(new CorpusPasses.Association(k.s(), k.t(), m[1], (int) m[2], (int) m[3], (int) m[4]));
            }
        });
        java.util.Collections.shuffle(kept, new java.util.Random(7)); // any order
        // the translation probabilities' sample, chosen bead by bead as a distributed count chooses it
        long pairs = 0;
        for (CorpusPasses.FirstPass f : firsts) {
            for (int b = 0; b < f.observedBeads(); b++) {
                pairs += CorpusPasses.tokenPairs(f.sourceTokens(b), f.targetTokens(b));
            }
        }
        List<long[]> sourceBeads = new ArrayList<>();
        List<long[]> targetBeads = new ArrayList<>();
        for (CorpusPasses.FirstPass f : firsts) {
            for (int b = 0; b < f.observedBeads(); b++) {
                if (CorpusPasses.trainsOn(f.sourceTokens(b), f.targetTokens(b), pairs)) {
                    sourceBeads.add(f.sourceTokens(b));
                    targetBeads.add(f.targetTokens(b));
                }
            }
        }
        return passes.learned(kept, sourceBeads, targetBeads);
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
