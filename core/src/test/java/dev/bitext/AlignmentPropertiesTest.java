package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.io.AlignmentWriter;
import dev.bitext.io.Ladder;
import dev.bitext.io.OutputFormat;
import dev.bitext.io.TmxSettings;
import dev.bitext.io.TmxValidator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Properties of alignments of random document pairs under random options, and of their written forms. */
class AlignmentPropertiesTest {
    private static final TmxSettings FIXED_DATE = new TmxSettings(null, null, Instant.parse("2024-05-06T07:08:09Z"));

    @RepeatedTest(60)
    void randomPairsAlignMonotonicallyCoveringEverySentenceOnce(RepetitionInfo info) throws Exception {
        SplittableRandom random = new SplittableRandom(0xA11CEL * info.getCurrentRepetition());
        Aligner aligner = Aligner.create(randomOptions(random));
        DocumentPair pair = RandomBitext.pair(random, 40);
        if (random.nextInt(4) == 0) {
            pair = new DocumentPair(pair.target(), pair.source());
        }
        Alignment alignment = aligner.align(pair.source(), pair.target());

        assertCoversEverySentenceOnceInOrder(alignment, aligner.options().maxBeadSide());
        assertThat(alignment.beads()).allSatisfy(b -> assertThat(b.confidence()).isNotNaN().isBetween(0.0, 1.0));
        assertLadderRoundTrips(alignment);
        assertTmxIsValidAndHoldsTheBeads(alignment);
    }

    @RepeatedTest(10)
    void alignAllCoversEveryPairAsAlignedAlone(RepetitionInfo info) {
        SplittableRandom random = new SplittableRandom(0xB0B0L * info.getCurrentRepetition());
        Aligner aligner = Aligner.create(randomOptions(random));
        List<DocumentPair> pairs = RandomBitext.pairs(random, 1 + random.nextInt(4), 15);
        List<Alignment> all = aligner.alignAll(pairs);
        assertThat(all).hasSameSizeAs(pairs);
        for (int k = 0; k < pairs.size(); k++) {
            assertThat(all.get(k).source()).isEqualTo(pairs.get(k).source());
            assertThat(all.get(k).target()).isEqualTo(pairs.get(k).target());
            assertCoversEverySentenceOnceInOrder(all.get(k), aligner.options().maxBeadSide());
        }
    }

    /** Options with a random bead size, skip penalty and lexicon switches. */
    static AlignerOptions randomOptions(SplittableRandom random) {
        return AlignerOptions.builder()
                .maxBeadSide(2 + random.nextInt(5))
                .learnLexicon(random.nextBoolean())
                .coreLexicon(random.nextInt(4) != 0)
                .skipPenalty(random.nextInt(3) == 0 ? random.nextDouble(-3, 3) : 0)
                .build();
    }

    /** Beads in order, each side consecutive and within the bead size, jointly covering 0..n-1 and 0..m-1. */
    static void assertCoversEverySentenceOnceInOrder(Alignment alignment, int maxBeadSide) {
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (Bead bead : alignment.beads()) {
            assertThat(bead.source().size()).as("bead %s", bead).isLessThanOrEqualTo(maxBeadSide);
            assertThat(bead.target().size()).as("bead %s", bead).isLessThanOrEqualTo(maxBeadSide);
            sources.addAll(bead.source());
            targets.addAll(bead.target());
        }
        assertThat(sources).as("source ids of %s", alignment.beads()).isEqualTo(range(alignment.source().size()));
        assertThat(targets).as("target ids of %s", alignment.beads()).isEqualTo(range(alignment.target().size()));
    }

    private static List<Integer> range(int n) {
        List<Integer> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(i);
        }
        return ids;
    }

    /** Well-formed always, valid against the DTD when it is present, one unit per two-sided bead with its text. */
    private static void assertTmxIsValidAndHoldsTheBeads(Alignment alignment) throws Exception {
        StringWriter out = new StringWriter();
        AlignmentWriter.tmx(FIXED_DATE).write(alignment, out);
        String xml = out.toString();
        org.w3c.dom.Document dom = TmxValidator.parseWellFormed(xml);

        List<Bead> paired = alignment.beads().stream().filter(b -> !b.source().isEmpty() && !b.target().isEmpty()).toList();
        NodeList segs = dom.getElementsByTagName("seg");
        assertThat(segs.getLength()).isEqualTo(2 * paired.size());
        for (int u = 0; u < paired.size(); u++) {
            Bead bead = paired.get(u);
            assertThat(segs.item(2 * u).getTextContent()).isEqualTo(xmlAllowed(alignment.sourceText(bead)));
            assertThat(segs.item(2 * u + 1).getTextContent()).isEqualTo(xmlAllowed(alignment.targetText(bead)));
            String lang = ((Element) segs.item(2 * u).getParentNode()).getAttribute("xml:lang");
            assertThat(lang).isEqualTo(alignment.source().language().defaultTag());
        }
        TmxValidator.parse(xml); // skips the rest of the test (an assumption) when the DTD is absent
    }

    /** {@code text} without the code points XML 1.0 forbids (written independently of the io package's filter). */
    private static String xmlAllowed(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints()
                .filter(cp -> cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp < 0xD800)
                        || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static void assertLadderRoundTrips(Alignment alignment) throws Exception {
        StringWriter out = new StringWriter();
        AlignmentWriter.of(OutputFormat.LADDER).write(alignment, out);
        List<Bead> read = Ladder.read(new StringReader(out.toString()), "written");
        assertThat(read).hasSameSizeAs(alignment.beads());
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i).source()).isEqualTo(alignment.beads().get(i).source());
            assertThat(read.get(i).target()).isEqualTo(alignment.beads().get(i).target());
        }
    }
}
