package dev.bitext.cli;

import dev.bitext.io.TmxSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The TMX language tags ({@code xml:lang}) of the commands that write TMX (a picocli mixin). Public for
 * bitext's own modules (the Spark job takes the same flags); not a stable API.
 */
public final class TmxTagFlags {
    @Option(names = "--source-tag", paramLabel = "TAG",
            description = "TMX xml:lang of the source, e.g. en-GB or zh-TW (default: en-US for English, "
                    + "zh-CN for Chinese).")
    private String sourceTag;

    @Option(names = "--target-tag", paramLabel = "TAG",
            description = "TMX xml:lang of the target, e.g. zh-Hant or en-US (default: en-US for English, "
                    + "zh-CN for Chinese).")
    private String targetTag;

    /** The TMX settings with these tags (defaults for the ones not given); a blank tag is a usage error. */
    public TmxSettings settings(CommandLine commandLine) {
        try {
            return new TmxSettings(sourceTag, targetTag, null);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
    }
}
