package dev.bitext.cli;

import dev.bitext.BitextException;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.tm.TmSource;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * Inputs read, checked and segmented exactly as {@code bitext build-tm} reads them, for bitext's own modules
 * (the Spark job must give the same documents); not a stable API. Every failure is a {@link BitextException}
 * naming the file or document. Stateless and thread-safe.
 */
public final class Sources {
    private Sources() {
    }

    /**
     * A pair of files, as a line of {@code build-tm --pairs} gives it, loaded at each {@link TmSource#load()}.
     *
     * @param source         the source file
     * @param target         the target file
     * @param sourceLanguage the source file's language, or null to detect it
     * @param targetLanguage the target file's language, or null to detect it
     * @param presegmented   whether each line is a sentence
     * @param charset        the files' charset, or null to detect it
     * @param notes          hears which files were read in a detected legacy encoding
     * @return the source, named by the source file as {@code build-tm} names it
     */
    public static TmSource filePair(Path source, Path target, Language sourceLanguage, Language targetLanguage,
                                    boolean presegmented, Charset charset, Consumer<String> notes) {
        return new FileSources.Pair(source, target, sourceLanguage, targetLanguage, presegmented, null,
                new InputEncoding(charset, notes));
    }

    /**
     * A file holding both languages, as an INPUT of {@code build-tm} gives it.
     *
     * @param file    the file
     * @param charset its charset, or null to detect it
     * @param notes   hears whether it was read in a detected legacy encoding
     * @return the source, named by the file
     */
    public static TmSource bilingualFile(Path file, Charset charset, Consumer<String> notes) {
        return new FileSources.Bilingual(file, null, new InputEncoding(charset, notes));
    }

    /**
     * A pair given as texts (a table's columns), checked and segmented as a pair of files would be.
     *
     * @param sourceName     how the source is named in errors
     * @param sourceText     the source text
     * @param sourceLanguage its language, or null to detect it
     * @param targetName     how the target is named in errors
     * @param targetText     the target text
     * @param targetLanguage its language, or null to detect it
     * @param presegmented   whether each line is a sentence
     * @return the documents, in the texts' own direction
     * @throws BitextException for a missing, empty or blank text, a text in another language than given, two
     *                         texts in one language, or Japanese or Korean
     */
    public static DocumentPair texts(String sourceName, String sourceText, Language sourceLanguage,
                                     String targetName, String targetText, Language targetLanguage,
                                     boolean presegmented) {
        String s = text(sourceName, sourceText);
        String t = text(targetName, targetText);
        Scripts.Languages languages = Scripts.ofPair(sourceName, s, sourceLanguage, targetName, t, targetLanguage,
                false);
        return new DocumentPair(Inputs.document(sourceName, s, languages.source(), presegmented),
                Inputs.document(targetName, t, languages.target(), presegmented));
    }

    /**
     * One text holding both languages, split by script as a bilingual file is.
     *
     * @param name how the text is named in errors
     * @param text the text
     * @return the documents, English first
     * @throws BitextException for a missing, empty or blank text, or one that lacks a language
     */
    public static DocumentPair bilingual(String name, String text) {
        String s = text(name, text);
        Scripts.requireSupportedBilingual(name, s);
        return Inputs.about(name, () -> DocumentPair.ofBilingual(s));
    }

    /**
     * The pairs listed in a {@code build-tm --pairs} manifest, in order, paths resolved as {@code build-tm}
     * resolves them.
     *
     * @param manifest the manifest file
     * @param charset  its charset, or null to detect it
     * @return per line its source and target file
     * @throws BitextException naming {@code MANIFEST:LINE} for a malformed line, or the manifest when it cannot be read
     */
    public static List<Path[]> manifest(Path manifest, Charset charset) {
        return PairManifest.read(manifest, new InputEncoding(charset, note -> { })).stream()
                .map(e -> new Path[] {e.source(), e.target()}).toList();
    }

    /**
     * Prints {@code bitext: warning: MESSAGE} on one line of the command's standard error.
     *
     * @param commandLine the running command
     * @param message     the warning
     */
    public static void warn(CommandLine commandLine, String message) {
        ErrorHandlers.warn(commandLine, message);
    }

    /**
     * The closing summary {@code build-tm} prints, from counts.
     *
     * @param aligned         documents aligned
     * @param skipped         documents skipped
     * @param sourceSentences source sentences in all
     * @param targetSentences target sentences in all
     * @param units           units written
     * @param removed         units left out, by reason
     * @param output          where the units went
     * @return the lines, in order
     */
    public static List<String> summary(long aligned, long skipped, long sourceSentences, long targetSentences,
                                       long units, java.util.Map<dev.bitext.tm.FilterReason, Long> removed,
                                       String output) {
        return BuildTmSummary.lines(aligned, skipped, sourceSentences, targetSentences, units, removed, output);
    }

    /** The text with CRLF and CR turned into LF, as files are read; refused when null, empty or blank. */
    private static String text(String name, String text) {
        if (text == null) {
            throw new BitextException(name + ": no text (null)");
        }
        if (text.isEmpty()) {
            throw new BitextException(name + ": empty text, nothing to align");
        }
        if (text.isBlank()) {
            throw new BitextException(name + ": only white space, nothing to align");
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
