package dev.bitext.cli;

import dev.bitext.Alignment;
import dev.bitext.io.AlignmentWriter;
import dev.bitext.io.AtomicOutput;
import dev.bitext.io.OutputFormat;
import dev.bitext.io.Surrogates;
import dev.bitext.io.XlsxWriter;
import dev.bitext.io.XmlChars;
import dev.bitext.tm.ReviewReport;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bitext align}: aligns two files, or the two languages of one bilingual file. */
@Command(name = "align", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Aligns SOURCE with TARGET sentence by sentence, or the English and Chinese parts of one "
                + "bilingual SOURCE file (English source, Chinese target unless --source-lang zh)."})
final class AlignCommand implements Callable<Integer>, Activity {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AlignInput input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tmx",
            description = "Output format: tmx, tsv, ladder, jsonl, csv or xlsx (default: ${DEFAULT-VALUE}); "
                    + "xlsx needs -o FILE.")
    private AlignFormat format;

    @Option(names = "--header",
            description = "With --format tsv: write a header row first (source, target, confidence, bead). "
                    + "CSV and XLSX always have one.")
    private boolean header;

    @Mixin
    private OutputFileFlag outputFlag;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write an HTML review report of the alignment, in which the beads can be corrected "
                    + "and the corrected TMX, ladder and TSV exported (replaced only once complete).")
    private Path report;

    @Mixin
    private TmxTagFlags tags;

    @Override
    public String activity() {
        return input.activity();
    }

    @Override
    public Integer call() throws Exception {
        Path output = outputFlag.file();
        checkOutputOptions();
        OutputTarget.refuseInputs(output, input.files());
        OutputTarget.refuseInputs(report, input.files());
        AlignInput.Aligned aligned = input.align(format);
        Alignment alignment = aligned.alignment();
        String document = input.documentName();
        if (format == AlignFormat.XLSX) {
            int cut = XlsxWriter.of(document).write(alignment, output);
            if (cut > 0) {
                input.warnings().add(output + ": " + cut + " cell(s) longer than Excel's "
                        + String.format(Locale.ROOT, "%,d", XlsxWriter.MAX_CELL_CHARS) + " characters cut short");
            }
        } else {
            AlignmentWriter writer = switch (format) {
                case TMX -> AlignmentWriter.tmx(tags.settings(spec.commandLine()));
                case TSV -> AlignmentWriter.tsv(header);
                case CSV -> AlignmentWriter.csv(document);
                case JSONL -> aligned.sourcePaths() != null || aligned.targetPaths() != null
                        ? AlignmentWriter.jsonl(aligned.sourcePaths(), aligned.targetPaths()) : AlignmentWriter.jsonl();
                default -> AlignmentWriter.of(format.text());
            };
            Output.write(output, spec.commandLine().getOut(), out -> writer.write(alignment, out));
        }
        if (report != null) {
            writeReport(alignment, document);
        }
        input.report();
        return Main.OK;
    }

    /** The review report of the one document: nothing is left out (align applies no memory filter). */
    private void writeReport(Alignment alignment, String document) {
        Path output = outputFlag.file();
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
        if (format == AlignFormat.XLSX && outputFlag.file() == null) {
            throw new ParameterException(spec.commandLine(), "--format xlsx writes a binary file: give -o FILE");
        }
        Path output = outputFlag.file();
        if (report != null && output != null && (report.toAbsolutePath().normalize()
                .equals(output.toAbsolutePath().normalize()) || OutputTarget.sameRegularFile(report, output))) {
            throw new ParameterException(spec.commandLine(), "--report and -o name the same file");
        }
        if (header && !format.hasColumns()) {
            throw new ParameterException(spec.commandLine(),
                    "--header applies to --format tsv (csv and xlsx always have a header row)");
        }
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
}
