package dev.bitext.cli;

import dev.bitext.Language;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The languages of a translation memory ({@code --source-lang}, {@code --target-lang}) for the commands that
 * build one from many documents (a picocli mixin). Public for bitext's own modules (the Spark job takes the
 * same flags); not a stable API.
 */
public final class MemoryLanguageFlags {
    @Option(names = "--source-lang", paramLabel = "LANG",
            description = "Source language of the memory: en or zh (default: en, or the other of --target-lang). "
                    + "A pair's files are taken in this language when given, else detected.")
    private Language sourceLanguage;

    @Option(names = "--target-lang", paramLabel = "LANG",
            description = "Target language of the memory: en or zh (default: the other of the source).")
    private Language targetLanguage;

    /** {@return the source language given, or null: each document's source language is then detected} */
    public Language givenSource() {
        return sourceLanguage;
    }

    /** {@return the target language given, or null} */
    public Language givenTarget() {
        return targetLanguage;
    }

    /** {@return the memory's source language: the one given, else the other of the target, else English} */
    public Language source() {
        return Inputs.sourceOf(sourceLanguage, targetLanguage);
    }

    /** {@return the memory's target language: the one given, else the other of the source} */
    public Language target() {
        return targetLanguage != null ? targetLanguage : Inputs.other(source());
    }

    /**
     * Refuses the same language on both sides.
     *
     * @param commandLine the running command
     * @throws ParameterException if the two are the same
     */
    public void check(CommandLine commandLine) {
        if (source() == target()) {
            throw new ParameterException(commandLine, "--source-lang and --target-lang must differ");
        }
    }
}
