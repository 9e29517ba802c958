package dev.bitext.cli;

import dev.bitext.doc.InputFormat;
import picocli.CommandLine.Option;

/** The {@code --input-format} option of the commands that read documents (a picocli mixin). */
final class InputFormatFlag {
    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read the inputs as text, html, markdown, docx, xliff, srt or vtt (default: by the "
                    + "file's extension, checked against its content; text when it has none).")
    private InputFormat format;

    /** {@return the format given, or null to go by each file's name and content} */
    InputFormat format() {
        return format;
    }
}
