package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bitext.AlignerOptions;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The batch done in two separate passes (features dropped in between) gives exactly the beads of
 * {@link BeadSearch#alignAll}: the same paths and the same confidences.
 */
class TwoPhaseBatchTest {
    private static void assertSameAsAlignAll(BeadSearch search, List<DocumentPair> pairs) {
        List<List<Bead>> together = search.alignAll(pairs);
        List<BeadSearch.FirstPass> firsts = pairs.stream().map(search::firstPass).toList();
        BeadSearch.Learned learned = search.learn(firsts);
        for (int k = 0; k < pairs.size(); k++) {
            assertThat(search.secondPass(pairs.get(k), firsts.get(k), learned)).as("pair %d", k).isEqualTo(together.get(k));
        }
    }

    @Test
    void macDevChaptersGiveTheSameBeadsAsAlignAll() throws IOException {
        Path dev = Path.of(System.getProperty("bitext.shared", "../shared")).resolve("data/mac-dev");
        assumeTrue(Files.isDirectory(dev.resolve("zh")), "MAC-Dev not present at " + dev);
        List<DocumentPair> pairs = new ArrayList<>();
        try (var files = Files.list(dev.resolve("zh"))) {
            for (Path zh : files.sorted().toList()) {
                Path en = dev.resolve("en").resolve(zh.getFileName().toString());
                pairs.add(new DocumentPair(Document.ofLines(Language.CHINESE, Files.readAllLines(zh)),
                        Document.ofLines(Language.ENGLISH, Files.readAllLines(en))));
            }
        }
        assertThat(pairs).hasSize(6);
        assertSameAsAlignAll(new BeadSearch(AlignerOptions.defaults()), pairs);
    }

    @Test
    void withoutLearningAndWithAnEmptySideToo() {
        List<String> en = List.of("The river rose in 1998.", "Zhang Wei left Beijing.", "He came back in May.");
        List<String> zh = List.of("1998年河水上涨。", "张伟离开了北京。", "他五月回来了。");
        List<DocumentPair> pairs = List.of(
                new DocumentPair(Document.ofLines(Language.ENGLISH, en), Document.ofLines(Language.CHINESE, zh)),
                new DocumentPair(Document.ofLines(Language.ENGLISH, en), Document.ofLines(Language.CHINESE, List.of())));
        assertSameAsAlignAll(new BeadSearch(AlignerOptions.builder().learnLexicon(false).build()), pairs);
        assertSameAsAlignAll(new BeadSearch(AlignerOptions.defaults()), pairs);
    }
}
