package dev.bitext.cli;

import dev.bitext.BitextException;
import dev.bitext.Language;
import dev.bitext.segment.LanguageDetector;
import dev.bitext.tm.ReviewReport;
import dev.bitext.tm.TmSource;
import dev.bitext.tm.TmSummary;
import dev.bitext.tm.TranslationMemoryBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bitext build-tm}: aligns many documents together (one lexicon learned from all) into one filtered
 * TMX file, with an optional HTML review report.
 */
@Command(name = "build-tm", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Aligns many documents into one translation memory (TMX): bilingual INPUT files, the "
                + "files in INPUT folders (searched recursively), and the pairs listed in --pairs. A document "
                + "that cannot be aligned is skipped with a warning. A summary ends on standard error."})
final class BuildTmCommand implements Callable<Integer>, Activity {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AlignerFlags alignerFlags;

    @Mixin
    private TmxTagFlags tags;

    @Mixin
    private TmFilterFlags filterFlags;

    @Mixin
    private EncodingFlag encodingFlag;

    @Mixin
    private InputFormatFlag inputFormat;

    /** Notes on inputs read in a detected encoding (from the worker threads), printed before the summary. */
    private final Set<String> notes = new ConcurrentSkipListSet<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.tmx", required = true,
            description = "The TMX file to write (replaced only once complete).")
    private Path output;

    @Option(names = "--pairs", paramLabel = "MANIFEST.tsv",
            description = "A list of document pairs, 'source<TAB>target' per line, paths relative to its folder; "
                    + "blank lines and lines starting with # are skipped.")
    private Path manifest;

    @Option(names = "--presegmented",
            description = "The files of --pairs hold one sentence per line.")
    private boolean presegmented;

    @Mixin
    private MemoryLanguageFlags languages;

    @Option(names = "--report", paramLabel = "REPORT.html",
            description = "Also write an HTML review report showing each document's beads and what was left out.")
    private Path report;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents aligned at once (default: the number of processors).")
    private Integer threads;

    @Option(names = "--quiet", description = "No progress line (the closing summary is still printed).")
    private boolean quiet;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "A file holding both languages, or a folder of them.")
    private List<Path> inputs = new ArrayList<>();

    /** What the command is doing, for the line printed when memory runs out. */
    private volatile String activity;

    @Override
    public String activity() {
        return activity;
    }

    @Override
    public Integer call() throws Exception {
        if (inputs.isEmpty() && manifest == null) {
            throw usage("give INPUT files or folders, or --pairs MANIFEST.tsv");
        }
        if (presegmented && !inputs.isEmpty()) {
            throw usage("--presegmented applies to --pairs only: a bilingual INPUT file is split by script");
        }
        if (report != null && (absolute(report).equals(absolute(output))
                || OutputTarget.sameRegularFile(report, output))) {
            throw usage("--report and -o name the same file");
        }
        languages.check(spec.commandLine());
        Language source = languages.source();
        Language target = languages.target();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw usage("--threads must be at least 1");
        }
        TranslationMemoryBuilder.Builder builder = TranslationMemoryBuilder.builder()
                .aligner(alignerFlags.options(spec.commandLine()))
                .tmx(tags.settings(spec.commandLine()))
                .filter(filterFlags.filter(spec.commandLine()))
                .languages(source, target)
                .threads(workers);
        activity = "reading the inputs of " + output;
        refuseSeparatePair();
        List<TmSource> sources = sources();
        if (sources.isEmpty()) {
            throw new BitextException("nothing to align: no input files found");
        }
        activity = "building " + output + " from " + sources.size() + " document(s)";
        TmProgress progress = new TmProgress(spec.commandLine().getErr(),
                w -> ErrorHandlers.warn(spec.commandLine(), w), sources.size(),
                !quiet && Terminal.stderrIsTerminal(), presegmented, System::nanoTime);
        TranslationMemoryBuilder tm = builder.listener(progress).build();
        TmSummary summary = write(tm, sources, progress);
        notes.forEach(n -> ErrorHandlers.note(spec.commandLine(), n));
        BuildTmSummary.lines(summary, output).forEach(spec.commandLine().getErr()::println);
        return Main.OK;
    }

    /**
     * The documents to align: the INPUT files, then the manifest's pairs. The output and the report are
     * never inputs: a folder that holds them from an earlier run does not feed them back in, and a file
     * named on the command line or in the manifest that is one of them is refused
     * ({@link OutputTarget#refuseInputs}).
     */
    private List<TmSource> sources() {
        List<Path> outputs = report == null ? List.of(output) : List.of(output, report);
        List<Path> named = new ArrayList<>(alignerFlags.dictionaries());
        inputs.stream().filter(input -> !Files.isDirectory(input)).forEach(named::add);
        if (manifest != null) {
            named.add(manifest);
        }
        outputs.forEach(out -> OutputTarget.refuseInputs(out, named));
        List<TmSource> sources = new ArrayList<>();
        InputEncoding encoding = encodingFlag.encoding(notes::add);
        for (Path file : InputFiles.expand(inputs)) {
            if (outputs.stream().noneMatch(out -> absolute(out).equals(absolute(file))
                    || OutputTarget.sameRegularFile(out, file))) {
                sources.add(new FileSources.Bilingual(file, inputFormat.format(), encoding));
            }
        }
        if (manifest != null) {
            for (PairManifest.Entry e : PairManifest.read(manifest, encoding)) {
                outputs.forEach(out -> OutputTarget.refuseInputs(out, List.of(e.source(), e.target())));
                sources.add(new FileSources.Pair(e.source(), e.target(), languages.givenSource(), languages.givenTarget(),
                        presegmented, inputFormat.format(), encoding));
            }
        }
        return sources;
    }

    /**
     * Refuses exactly two INPUT files that are one English and one Chinese document (each in one language,
     * not the same one): INPUT files are bilingual, so both would be skipped; a usage error says how to give
     * them. Files that cannot be read are left for the run to report.
     */
    private void refuseSeparatePair() {
        if (manifest != null || inputs.size() != 2 || !inputs.stream().allMatch(Files::isRegularFile)) {
            return;
        }
        Language[] found = new Language[2];
        for (int i = 0; i < 2; i++) {
            try {
                ReadInput in = DocumentInputs.read(inputs.get(i), inputFormat.format(), InputEncoding.DETECT,
                        "to align");
                if (!oneLanguage(in)) {
                    return;
                }
                found[i] = LanguageDetector.detect(in.text());
            } catch (BitextException e) {
                return;
            }
        }
        if (found[0] != found[1]) {
            throw usage(inputs.get(0) + " and " + inputs.get(1) + " are one " + Inputs.name(found[0]) + " and one "
                    + Inputs.name(found[1]) + " document, but INPUT files hold both languages each: give them "
                    + "with --pairs, or as a folder of bilingual files");
        }
    }

    /** Whether the input holds only one of the two languages (splitting it by script fails). */
    private static boolean oneLanguage(ReadInput in) {
        try {
            in.bilingual();
            return false;
        } catch (BitextException e) {
            return true;
        }
    }

    /** Builds the memory into the output (and the report), which are put in place only if anything was aligned. */
    private TmSummary write(TranslationMemoryBuilder tm, List<TmSource> sources, TmProgress progress)
            throws IOException {
        List<Path> targets = report == null ? List.of(output) : List.of(output, report);
        TmSummary[] summary = new TmSummary[1];
        Output.writeAllAtomically(targets, outs -> {
            try (ReviewReport review = report == null ? null
                    : ReviewReport.open(outs.get(1), "bitext review: " + output.getFileName(),
                            tags.settings(spec.commandLine()))) {
                summary[0] = tm.build(sources, outs.get(0), review);
            } finally {
                progress.clear();
            }
            if (summary[0].documentsAligned() == 0) {
                throw new BitextException("nothing aligned: all " + sources.size() + " document(s) were skipped");
            }
        });
        return summary[0];
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
