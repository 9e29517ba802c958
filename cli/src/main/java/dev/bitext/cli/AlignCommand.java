package dev.bitext.cli;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.Document;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.Sentence;
import dev.bitext.io.AlignmentWriter;
import dev.bitext.io.AtomicOutput;
import dev.bitext.io.OutputFormat;
import dev.bitext.io.Surrogates;
import dev.bitext.io.XlsxWriter;
import dev.bitext.io.XmlChars;
import dev.bitext.tm.ReviewReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bitext align}: aligns two files, or the two languages of one bilingual file. */
@Command(name = "align", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Aligns SOURCE with TARGET sentence by sentence, or the English and Chinese parts of one "
                + "bilingual SOURCE file (English source, Chinese target unless --source-lang zh)."})
final class AlignCommand implements Callable<Integer>, Activity {
    @Spec
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tmx",
            description = "Output format: tmx, tsv, ladder, jsonl, csv or xlsx (default: ${DEFAULT-VALUE}); "
                    + "xlsx needs -o FILE.")
    private AlignFormat format;

    @Option(names = "--header",
            description = "With --format tsv: write a header row first (source, target, confidence, bead). "
                    + "CSV and XLSX always have one.")
    private boolean header;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only once complete) instead of standard output.")
    private Path output;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write an HTML review report of the alignment, in which the beads can be corrected "
                    + "and the corrected TMX, ladder and TSV exported (replaced only once complete).")
    private Path report;

    @Mixin
    private TmxTagFlags tags;

    @Mixin
    private EncodingFlag encodingFlag;

    @Mixin
    private InputFormatFlag inputFormat;

    @Parameters(index = "0", paramLabel = "SOURCE",
            description = "The source text, or a single file holding both languages; - for standard input.")
    private Path source;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TARGET", description = "The target text.")
    private Path target;

    /** The way back to the source elements of each side's sentences (structured inputs), else null. */
    private Function<Sentence, String> sourcePaths;
    private Function<Sentence, String> targetPaths;

    @Override
    public String activity() {
        return activity;
    }

    @Override
    public Integer call() throws Exception {
        List<Path> inputs = new ArrayList<>(alignerFlags.dictionaries());
        inputs.add(source);
        if (target != null) {
            inputs.add(target);
        }
        checkOutputOptions();
        OutputTarget.refuseInputs(output, inputs);
        OutputTarget.refuseInputs(report, inputs);
        Alignment alignment = target == null ? alignBilingual(source) : alignPair(source, target);
        String document = source.getFileName() == null ? "" : source.getFileName().toString();
        if (format == AlignFormat.XLSX) {
            int cut = XlsxWriter.of(document).write(alignment, output);
            if (cut > 0) {
                warnings.add(output + ": " + cut + " cell(s) longer than Excel's "
                        + String.format(Locale.ROOT, "%,d", XlsxWriter.MAX_CELL_CHARS) + " characters cut short");
            }
        } else {
            AlignmentWriter writer = switch (format) {
                case TMX -> AlignmentWriter.tmx(tags.settings(spec.commandLine()));
                case TSV -> AlignmentWriter.tsv(header);
                case CSV -> AlignmentWriter.csv(document);
                case JSONL -> sourcePaths != null || targetPaths != null
                        ? AlignmentWriter.jsonl(sourcePaths, targetPaths) : AlignmentWriter.jsonl();
                default -> AlignmentWriter.of(format.text());
            };
            Output.write(output, spec.commandLine().getOut(), out -> writer.write(alignment, out));
        }
        if (report != null) {
            writeReport(alignment, document);
        }
        notes.forEach(n -> ErrorHandlers.note(spec.commandLine(), n));
        warnings.forEach(w -> ErrorHandlers.warn(spec.commandLine(), w));
        return Main.OK;
    }

    /** The review report of the one document: nothing is left out (align applies no memory filter). */
    private void writeReport(Alignment alignment, String document) {
        String title = "bitext review: " + (output != null && output.getFileName() != null
                ? output.getFileName().toString() : document);
        AtomicOutput.write(report, out -> {
            try (ReviewReport html = ReviewReport.open(out, title, tags.settings(spec.commandLine()))) {
                html.add(document, alignment, Collections.nCopies(alignment.beads().size(), null));
            }
        });
    }

    /** Refuses, before anything is read, an XLSX for standard output and --header where it means nothing. */
    private void checkOutputOptions() {
        if (format == AlignFormat.XLSX && output == null) {
            throw new ParameterException(spec.commandLine(), "--format xlsx writes a binary file: give -o FILE");
        }
        if (report != null && output != null && (report.toAbsolutePath().normalize()
                .equals(output.toAbsolutePath().normalize()) || OutputTarget.sameRegularFile(report, output))) {
            throw new ParameterException(spec.commandLine(), "--report and -o name the same file");
        }
        if (header && !format.hasColumns()) {
            throw new ParameterException(spec.commandLine(),
                    "--header applies to --format tsv (csv and xlsx always have a header row)");
        }
    }

    private Alignment alignBilingual(Path file) {
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
        ReadInput in = input(file);
        DocumentPair pair = in.bilingual();
        if (format == AlignFormat.JSONL) {
            sourcePaths = in.paths(false);
            targetPaths = sourcePaths;
        }
        activity = "aligning the English and Chinese of " + file + " ("
                + Activity.sentences(pair.source(), pair.target()) + ")";
        Alignment englishFirst = Inputs.about(file.toString(), () -> aligner.align(pair.source(), pair.target()));
        Lopsided.ofDocument(file.toString(), englishFirst, false).ifPresent(warnings::add);
        return source == Language.CHINESE ? swap(englishFirst) : englishFirst;
    }

    private Alignment alignPair(Path sourceFile, Path targetFile) {
        var aligner = alignerFlags.aligner(spec.commandLine());
        activity = "reading " + sourceFile + " and " + targetFile;
        if (DocumentInputs.isStandardInput(sourceFile) && DocumentInputs.isStandardInput(targetFile)) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be only one of SOURCE and TARGET");
        }
        // the target is read (and a structured one parsed) on another core while the source is read
        List<String> targetNotes = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CompletableFuture<ReadInput> targetRead = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> read(targetFile, targetNotes::add), AlignCommand::daemon);
        ReadInput sourceIn = input(sourceFile);
        ReadInput targetIn = checked(joined(targetRead));
        notes.addAll(targetNotes);
        Scripts.Languages languages = Scripts.ofPair(sourceIn.name(), sourceIn.text(), sourceLanguage,
                targetIn.name(), targetIn.text(), targetLanguage, true);
        Document s = sourceIn.document(languages.source(), presegmented);
        Document t = targetIn.document(languages.target(), presegmented);
        if (format == AlignFormat.JSONL) {
            sourcePaths = sourceIn.paths(presegmented);
            targetPaths = targetIn.paths(presegmented);
        }
        activity = "aligning " + sourceFile + " and " + targetFile + " (" + Activity.sentences(s, t) + ")";
        Lopsided.ofFiles(Path.of(sourceIn.name()), s, Path.of(targetIn.name()), t, presegmented)
                .ifPresent(warnings::add);
        return aligner.align(s, t);
    }

    /** An input file, read in its format; refuses one without text and notes characters the output cannot hold. */
    private ReadInput input(Path file) {
        return checked(read(file, notes::add));
    }

    /** An input file, read in its format, its encoding notes going to {@code notes}; refuses one without text. */
    private ReadInput read(Path file, java.util.function.Consumer<String> notes) {
        return DocumentInputs.read(file, inputFormat.format(), encodingFlag.encoding(notes), "to align");
    }

    /** Runs {@code task} on a thread of its own (the common pool may be busy loading the lexicon). */
    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "bitext-read");
        t.setDaemon(true);
        t.start();
    }

    /** The result of a read on another thread, its failure rethrown as it was thrown there. */
    private static ReadInput joined(java.util.concurrent.CompletableFuture<ReadInput> read) {
        try {
            return read.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** {@code in}, with a warning noted for the characters the output cannot hold. */
    private ReadInput checked(ReadInput in) {
        String warning = outputWarning(format, Path.of(in.name()), in.text());
        if (warning != null) {
            warnings.add(warning);
        }
        return in;
    }

    /**
     * The warning about the characters of {@code text}, read from {@code file}, that {@code format} leaves out or
     * replaces (TMX and XLSX: those XML forbids; TSV and CSV: lone surrogates), or null when there are none.
     */
    static String outputWarning(AlignFormat format, Path file, String text) {
        return format == AlignFormat.XLSX ? forbiddenWarning(file, text, "XLSX")
                : outputWarning(format.text(), file, text);
    }

    /** {@link #outputWarning(AlignFormat, Path, String)} for the library's text formats. */
    static String outputWarning(OutputFormat format, Path file, String text) {
        return switch (format) {
            case TMX -> forbiddenWarning(file, text, "TMX");
            case TSV, CSV -> {
                long count = Surrogates.countUnpaired(text);
                yield count == 0 ? null : file + ": " + count + " lone surrogate(s) replaced by U+FFFD";
            }
            case LADDER, JSONL -> null;
        };
    }

    private static String forbiddenWarning(Path file, String text, String format) {
        long count = XmlChars.countForbidden(text);
        return count == 0 ? null : file + ": " + count
                + " character(s) that XML forbids (control characters, U+FFFE, U+FFFF) left out of the " + format;
    }

    /** The same alignment seen from the other side: target becomes source. */
    private static Alignment swap(Alignment a) {
        List<Bead> beads = a.beads().stream().map(b -> new Bead(b.target(), b.source(), b.confidence())).toList();
        return new Alignment(a.target(), a.source(), beads);
    }
}
