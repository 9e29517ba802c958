package dev.bitext.cli;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The inputs of the commands that align (a picocli mixin): SOURCE [TARGET], the aligner's flags, the languages,
 * --presegmented, --encoding and --input-format; reads them and aligns them as {@code bitext align} does.
 * Collects the notes and warnings about the inputs for the command to print once its output is written. Not
 * thread-safe: one instance serves one run of one command.
 */
final class AlignInput {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** What the command is doing, for the line printed when memory runs out. */
    private volatile String activity;

    /** Notes on how inputs were read and warnings about them, shown once the output is written. */
    private final List<String> notes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Mixin
    private AlignerFlags alignerFlags;

    @Option(names = "--source-lang", paramLabel = "LANG",
            description = "Language of the source: en or zh (default: detected from the script).")
    private Language sourceLanguage;

    @Option(names = "--target-lang", paramLabel = "LANG",
            description = "Language of the target: en or zh (default: detected from the script).")
    private Language targetLanguage;

    @Option(names = "--presegmented",
            description = "Each file holds one sentence per line; every line, blank or not, is a sentence.")
    private boolean presegmented;

    @Mixin
    private EncodingFlag encodingFlag;

    @Mixin
    private InputFormatFlag inputFormat;

    @Parameters(index = "0", paramLabel = "SOURCE",
            description = "The source text, or a single file holding both languages; - for standard input.")
    private Path source;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TARGET", description = "The target text.")
    private Path target;

    /**
     * The aligner's result with the way back to each side's source elements.
     *
     * @param alignment   the alignment, source first as the flags ask
     * @param sourcePaths the element path of a source sentence (structured inputs, JSONL only), else null
     * @param targetPaths the element path of a target sentence, likewise
     */
    record Aligned(Alignment alignment, Function<Sentence, String> sourcePaths,
                   Function<Sentence, String> targetPaths) {
    }

    /** {@return what the command is doing, or null} */
    String activity() {
        return activity;
    }

    /** {@return the files read: the dictionaries, SOURCE and TARGET if given} */
    List<Path> files() {
        List<Path> inputs = new ArrayList<>(alignerFlags.dictionaries());
        inputs.add(source);
        if (target != null) {
            inputs.add(target);
        }
        return inputs;
    }

    /** {@return the file name of SOURCE, or empty (the document name of CSV and XLSX)} */
    String documentName() {
        return source.getFileName() == null ? "" : source.getFileName().toString();
    }

    /** {@return the notes collected so far (how inputs were read); the command may add to them} */
    List<String> notes() {
        return notes;
    }

    /** {@return the warnings collected so far; the command may add to them} */
    List<String> warnings() {
        return warnings;
    }

    /** Prints the notes, then the warnings, to standard error. */
    void report() {
        notes.forEach(n -> ErrorHandlers.note(spec.commandLine(), n));
        warnings.forEach(w -> ErrorHandlers.warn(spec.commandLine(), w));
    }

    /**
     * Reads and aligns the inputs, noting for {@code format} the characters it cannot hold.
     *
     * @param format the output format
     * @return the alignment, with sentence paths when {@code format} is JSONL
     */
    Aligned align(AlignFormat format) {
        return target == null ? alignBilingual(source, format) : alignPair(source, target, format);
    }

    private Aligned alignBilingual(Path file, AlignFormat format) {
        if (presegmented) {
            throw new ParameterException(spec.commandLine(), "--presegmented needs two files, SOURCE and TARGET");
        }
        Language source = Inputs.sourceOf(sourceLanguage, targetLanguage);
        Language target = targetLanguage != null ? targetLanguage : Inputs.other(source);
        if (source == target) {
            throw new ParameterException(spec.commandLine(),
                    "a bilingual file has one English and one Chinese side: --source-lang and --target-lang must differ");
        }
        var aligner = alignerFlags.aligner(spec.commandLine());
        activity = "reading " + file;
        ReadInput in = checked(read(file, notes::add), format);
        DocumentPair pair = in.bilingual();
        Function<Sentence, String> paths = format == AlignFormat.JSONL ? in.paths(false) : null;
        activity = "aligning the English and Chinese of " + file + " ("
                + Activity.sentences(pair.source(), pair.target()) + ")";
        Alignment englishFirst = Inputs.about(file.toString(), () -> aligner.align(pair.source(), pair.target()));
        Lopsided.ofDocument(file.toString(), englishFirst, false).ifPresent(warnings::add);
        return new Aligned(source == Language.CHINESE ? swap(englishFirst) : englishFirst, paths, paths);
    }

    private Aligned alignPair(Path sourceFile, Path targetFile, AlignFormat format) {
        var aligner = alignerFlags.aligner(spec.commandLine());
        activity = "reading " + sourceFile + " and " + targetFile;
        if (DocumentInputs.isStandardInput(sourceFile) && DocumentInputs.isStandardInput(targetFile)) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be only one of SOURCE and TARGET");
        }
        // the target is read (and a structured one parsed) on another core while the source is read
        List<String> targetNotes = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<ReadInput> targetRead = CompletableFuture
                .supplyAsync(() -> read(targetFile, targetNotes::add), AlignInput::daemon);
        ReadInput sourceIn = checked(read(sourceFile, notes::add), format);
        ReadInput targetIn = checked(joined(targetRead), format);
        notes.addAll(targetNotes);
        Scripts.Languages languages = Scripts.ofPair(sourceIn.name(), sourceIn.text(), sourceLanguage,
                targetIn.name(), targetIn.text(), targetLanguage, true);
        Document s = sourceIn.document(languages.source(), presegmented);
        Document t = targetIn.document(languages.target(), presegmented);
        boolean jsonl = format == AlignFormat.JSONL;
        activity = "aligning " + sourceFile + " and " + targetFile + " (" + Activity.sentences(s, t) + ")";
        Lopsided.ofFiles(Path.of(sourceIn.name()), s, Path.of(targetIn.name()), t, presegmented)
                .ifPresent(warnings::add);
        return new Aligned(aligner.align(s, t), jsonl ? sourceIn.paths(presegmented) : null,
                jsonl ? targetIn.paths(presegmented) : null);
    }

    /** An input file, read in its format, its encoding notes going to {@code notes}; refuses one without text. */
    private ReadInput read(Path file, Consumer<String> notes) {
        return DocumentInputs.read(file, inputFormat.format(), encodingFlag.encoding(notes), "to align");
    }

    /** Runs {@code task} on a thread of its own (the common pool may be busy loading the lexicon). */
    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "bitext-read");
        t.setDaemon(true);
        t.start();
    }

    /** The result of a read on another thread, its failure rethrown as it was thrown there. */
    private static ReadInput joined(CompletableFuture<ReadInput> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** {@code in}, with a warning noted for the characters {@code format} cannot hold. */
    private ReadInput checked(ReadInput in, AlignFormat format) {
        String warning = AlignCommand.outputWarning(format, Path.of(in.name()), in.text());
        if (warning != null) {
            warnings.add(warning);
        }
        return in;
    }

    /** The same alignment seen from the other side: target becomes source. */
    private static Alignment swap(Alignment a) {
        List<Bead> beads = a.beads().stream().map(b -> new Bead(b.target(), b.source(), b.confidence())).toList();
        return new Alignment(a.target(), a.source(), beads);
    }
}
