package dev.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bitext.Aligner;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The search keeps small documents' side tasks on the calling thread ({@link Concurrency}); these tests force
 * every task onto another thread, then every task in place, and check that the beads and their confidences
 * are the same either way, on MAC-Dev (Chinese source) and Bible 001 (English source) from ../shared. Skipped
 * when the data is absent.
 */
class SearchEquivalenceTest {
    private static final Path SHARED = Path.of(System.getProperty("bitext.shared", "../shared"));

    @AfterEach
    void followTheRuleAgain() {
        Concurrency.forced = null;
    }

    @Test
    void macDevBeadsDoNotDependOnWhereTasksRun() throws IOException {
        Path dev = SHARED.resolve("data/mac-dev");
        assumeTrue(Files.isDirectory(dev.resolve("zh")), "MAC-Dev not present at " + dev);
        for (String name : List.of("001", "002", "003", "004", "005", "006")) {
            Document zh = Document.ofLines(Language.CHINESE, Files.readAllLines(dev.resolve("zh").resolve(name)));
            Document en = Document.ofLines(Language.ENGLISH, Files.readAllLines(dev.resolve("en").resolve(name)));
            assertSameEitherWay(zh, en);
        }
    }

    @Test
    void bible001BeadsDoNotDependOnWhereTasksRun() throws IOException {
        Path bible = SHARED.resolve("data/bible");
        assumeTrue(Files.isRegularFile(bible.resolve("en/001")), "Bible not present at " + bible);
        Document en = Document.ofLines(Language.ENGLISH, Files.readAllLines(bible.resolve("en/001")));
        Document zh = Document.ofLines(Language.CHINESE, Files.readAllLines(bible.resolve("zh/001")));
        assertSameEitherWay(en, zh);
    }

    private static void assertSameEitherWay(Document source, Document target) {
        Concurrency.forced = true;
        List<String> async = describe(Aligner.create().align(source, target).beads());
        Concurrency.forced = false;
        List<String> inline = describe(Aligner.create().align(source, target).beads());
        Concurrency.forced = null;
        List<String> ruled = describe(Aligner.create().align(source, target).beads());
        assertThat(inline).isNotEmpty().isEqualTo(async).isEqualTo(ruled);
    }

    /** Each bead's sentences and its confidence, bit for bit. */
    private static List<String> describe(List<Bead> beads) {
        List<String> out = new ArrayList<>(beads.size());
        for (Bead b : beads) {
            out.add(b.toString() + " " + Double.doubleToLongBits(b.confidence()));
        }
        return out;
    }
}
