package dev.bitext;

import dev.bitext.align.BeadSearch;
import dev.bitext.segment.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Aligns two documents sentence by sentence.
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads. Every bead an aligner
 * returns is a run of consecutive sentences on each side ({@link Bead#isConsecutive()}). Interrupting the
 * thread that aligns stops the work with an {@link AlignmentInterruptedException} (the interrupt status stays
 * set); on large inputs it stops within a fraction of a second.
 *
 * <pre>{@code
 * Aligner aligner = Aligner.create();
 * Alignment a = aligner.align(englishText, Language.ENGLISH, chineseText, Language.CHINESE);
 * for (Bead b : a.beads()) System.out.println(a.sourceText(b) + " | " + a.targetText(b));
 * }</pre>
 */
public final class Aligner {
    private final AlignerOptions options;
    private final BeadSearch search;

    private Aligner(AlignerOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.search = new BeadSearch(options);
    }

    /**
     * An aligner with the default options.
     *
     * @return a new aligner with {@link AlignerOptions#defaults()}
     */
    public static Aligner create() {
        return new Aligner(AlignerOptions.defaults());
    }

    /**
     * An aligner with the given options.
     *
     * @param options the options to align with
     * @return a new aligner using {@code options}
     */
    public static Aligner create(AlignerOptions options) {
        return new Aligner(options);
    }

    /** {@return the options this aligner was built with} */
    public AlignerOptions options() {
        return options;
    }

    /**
     * Aligns two segmented documents.
     *
     * @param source the source document
     * @param target the target document
     * @return the beads pairing the two documents' sentences, in document order
     * @throws AlignmentInterruptedException if the calling thread is interrupted meanwhile
     */
    public Alignment align(Document source, Document target) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        return new Alignment(source, target, search.align(source, target));
    }

    /**
     * Aligns several document pairs together: each pair is aligned on its own, but what is learned from
     * the input (word associations) is learned from all of them. The result lists the alignments in the
     * order of {@code pairs}.
     *
     * @param pairs the document pairs to align
     * @return one alignment per pair, in the order of {@code pairs}
     * @throws AlignmentInterruptedException if the calling thread is interrupted meanwhile
     */
    public List<Alignment> alignAll(List<DocumentPair> pairs) {
        List<List<Bead>> beads = search.alignAll(List.copyOf(pairs));
        List<Alignment> out = new ArrayList<>(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            out.add(new Alignment(pairs.get(k).source(), pairs.get(k).target(), beads.get(k)));
        }
        return List.copyOf(out);
    }

    /**
     * Segments both texts and aligns them.
     *
     * @param sourceText the source text
     * @param sourceLanguage the language of {@code sourceText}
     * @param targetText the target text
     * @param targetLanguage the language of {@code targetText}
     * @return the alignment of the two segmented texts
     */
    public Alignment align(String sourceText, Language sourceLanguage, String targetText, Language targetLanguage) {
        Document s = Segmenter.of(sourceLanguage).segment(sourceText);
        Document t = Segmenter.of(targetLanguage).segment(targetText);
        return align(s, t);
    }

    /**
     * Splits a file holding both languages into its English and Chinese paragraphs, segments them and
     * aligns English (source) with Chinese (target). Sentence offsets point into {@code bilingualText}.
     *
     * @param bilingualText the text holding both languages, paragraph by paragraph
     * @return the alignment of its English (source) and Chinese (target) sentences
     * @throws BitextException if the text holds no Chinese or no English
     */
    public Alignment alignBilingual(String bilingualText) {
        DocumentPair pair = DocumentPair.ofBilingual(bilingualText);
        return align(pair.source(), pair.target());
    }

    /**
     * Reads two files, segments them and aligns them. Each file is read as the command line reads it
     * ({@link dev.bitext.io.TextReader#strict()}: UTF-8, UTF-16 with a byte order mark, GB18030 or Big5
     * detected; an invalid byte reported with its offset, a NUL character refused, CRLF and CR turned into LF)
     * and its language is told by its script ({@link dev.bitext.segment.LanguageDetector}).
     *
     * @param sourceFile the source text
     * @param targetFile the target text (its translation)
     * @return the alignment, source sentences from {@code sourceFile}
     * @throws BitextException naming the file: missing, unreadable, not decodable, empty or only white space;
     *                         or naming both when they are in the same language
     * @throws AlignmentInterruptedException if the calling thread is interrupted meanwhile
     */
    public Alignment align(Path sourceFile, Path targetFile) {
        Document s = InputText.document(Objects.requireNonNull(sourceFile, "sourceFile"));
        Document t = InputText.document(Objects.requireNonNull(targetFile, "targetFile"));
        if (s.language() == t.language()) {
            throw new BitextException(sourceFile + " and " + targetFile + " are both "
                    + (s.language() == Language.CHINESE ? "Chinese" : "English")
                    + " (align Documents or texts with their languages to align them anyway)");
        }
        return align(s, t);
    }

    /**
     * Reads a file holding both languages (as {@link #align(Path, Path)} reads a file) and aligns its English
     * paragraphs (source) with its Chinese ones (target), as {@link #alignBilingual(String)} does.
     *
     * @param bilingualFile the file
     * @return the alignment; sentence offsets point into the file's decoded text
     * @throws BitextException naming the file: missing, unreadable, not decodable, empty, only white space, or
     *                         holding no Chinese or no English ({@code FILE: no Chinese text found})
     * @throws AlignmentInterruptedException if the calling thread is interrupted meanwhile
     */
    public Alignment alignBilingual(Path bilingualFile) {
        String text = InputText.read(Objects.requireNonNull(bilingualFile, "bilingualFile"));
        DocumentPair pair = InputText.about(bilingualFile, () -> DocumentPair.ofBilingual(text));
        return align(pair.source(), pair.target());
    }
}
