package dev.bitext.samples;

import dev.bitext.AlignedPair;
import dev.bitext.Aligner;
import dev.bitext.Alignment;
import dev.bitext.Language;
import dev.bitext.io.AlignmentWriter;
import dev.bitext.io.OutputFormat;
import dev.bitext.io.TmxSettings;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The README's "Library" example, kept here so that it compiles with every build.
 *
 * <pre>
 * java dev.bitext.samples.ReadmeSample article.txt en.txt zh.txt    # writes out.tsv and out.tmx
 * </pre>
 */
public final class ReadmeSample {
    private ReadmeSample() {
    }

    /**
     * Runs the README's example on the files the arguments name.
     *
     * @param args a bilingual file, an English file and a Chinese file
     */
    public static void main(String[] args) {
        String english = "The rain stopped at noon. We walked home together.";
        String chinese = "中午雨停了。我们一起走回家。";
        Aligner aligner = Aligner.create();                       // immutable, share it between threads
        Alignment a = aligner.align(english, Language.ENGLISH, chinese, Language.CHINESE);
        for (AlignedPair p : a.pairs()) {                         // each bead with its joined texts
            System.out.printf("%s\t%s\t%.2f%n", p.source(), p.target(), p.confidence());
        }
        Alignment page = aligner.alignBilingual(Path.of(args[0]));  // both languages in one file, read as the CLI reads
        page.write(Path.of("out.tsv"), OutputFormat.TSV);                  // atomic: the whole file or the old one
        page.write(Path.of("out.tmx"), AlignmentWriter.tmx(new TmxSettings("en-GB", "zh-TW", Instant.now())));
        Alignment files = aligner.align(Path.of(args[1]), Path.of(args[2]));  // languages told by the script
        System.out.println(files.beads().size() + " beads");
    }
}
