package dev.bitext.samples;

import dev.bitext.Aligner;
import dev.bitext.Alignment;
import dev.bitext.Language;
import dev.bitext.io.AlignmentWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Aligns English with Chinese and prints the result as TSV (source, target, confidence, bead type).
 *
 * <pre>
 * java dev.bitext.samples.AlignSample                 # two built-in paragraphs
 * java dev.bitext.samples.AlignSample article.txt     # one file holding both languages
 * </pre>
 */
public final class AlignSample {
    private static final String ENGLISH = "The rain stopped at noon. We walked home together, "
            + "talking about the old days. It was late when we arrived.";
    private static final String CHINESE = "中午雨停了。我们一起走回家，聊起了往事。到家时已经很晚了。";

    private AlignSample() {
    }

    /** Aligns the built-in texts, or the bilingual file (UTF-8, UTF-16, GB18030, Big5) the first argument names. */
    public static void main(String[] args) throws IOException {
        Aligner aligner = Aligner.create();   // immutable: share one instance
        Alignment alignment = args.length == 0
                ? aligner.align(ENGLISH, Language.ENGLISH, CHINESE, Language.CHINESE)
                : aligner.alignBilingual(Path.of(args[0]));   // read strictly, errors name the file

        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        AlignmentWriter.tsv().write(alignment, out);
        out.flush();
    }
}
