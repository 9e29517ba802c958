package dev.bitext.cli;

import dev.bitext.BitextException;
import dev.bitext.Language;
import dev.bitext.segment.LanguageDetector;
import dev.bitext.segment.ScriptCounts;

/**
 * Checks the script of an input against what bitext aligns and against the language it was given as (the
 * thresholds are {@link ScriptCounts}'s), and settles the languages of a pair of files. Every failure is a
 * {@link BitextException} naming the file. Stateless.
 */
final class Scripts {
    private static final String SUPPORTED = " is not supported; bitext aligns English and Chinese";

    /**
     * The languages of a source and a target file.
     *
     * @param source the source file's language
     * @param target the target file's language
     */
    record Languages(Language source, Language target) {
    }

    private Scripts() {
    }

    /**
     * The languages of {@code sourceFile} and {@code targetFile}: a given language ({@code --source-lang},
     * {@code --target-lang}) is checked against its text ({@link #language}), a missing one is detected.
     * Two files of the same language are refused unless both languages were given and {@code sameAllowed}.
     */
    static Languages ofPair(String sourceFile, String sourceText, Language sourceLanguage,
                            String targetFile, String targetText, Language targetLanguage, boolean sameAllowed) {
        Language s = language(sourceFile, ScriptCounts.of(sourceText), sourceLanguage, "--source-lang");
        Language t = language(targetFile, ScriptCounts.of(targetText), targetLanguage, "--target-lang");
        if (s != t || sourceLanguage != null && targetLanguage != null && sameAllowed) {
            return new Languages(s, t);
        }
        String anyway = sameAllowed ? " (give --source-lang and --target-lang to align them anyway)" : "";
        if (sourceLanguage == null && targetLanguage == null) {
            throw new BitextException(sourceFile + " and " + targetFile + " are both " + Inputs.name(s) + anyway);
        }
        boolean sourceGiven = sourceLanguage != null;
        String detected = sourceGiven ? targetFile : sourceFile;
        String given = sourceGiven ? sourceFile : targetFile;
        throw new BitextException(detected + ": the text is " + Inputs.name(s) + ", like " + given + " ("
                + (sourceGiven ? "--source-lang " : "--target-lang ") + s.code() + "); bitext aligns English with "
                + "Chinese" + anyway);
    }

    /**
     * The language of {@code file}'s text: {@code given} when the text agrees ({@code flag} names the option
     * it came from), else detected; a Japanese or Korean text is refused either way.
     */
    private static Language language(String file, ScriptCounts counts, Language given, String flag) {
        requireSupported(file, counts);
        if (given == Language.CHINESE && counts.looksEnglish()) {
            throw new BitextException(file + ": " + flag + " zh, but the text has no Chinese (it looks English)");
        }
        if (given == Language.ENGLISH && counts.looksChinese()) {
            throw new BitextException(file + ": " + flag + " en, but the text has no English (it looks Chinese)");
        }
        return given != null ? given : LanguageDetector.detect(counts);
    }

    /** Refuses a file holding both languages whose other language is Japanese or Korean, not Chinese. */
    static void requireSupportedBilingual(String file, String text) {
        requireSupported(file, ScriptCounts.of(text).withoutLatin());
    }

    private static void requireSupported(String file, ScriptCounts counts) {
        if (counts.looksJapanese()) {
            throw new BitextException(file + ": Japanese text (kana)" + SUPPORTED);
        }
        if (counts.looksKorean()) {
            throw new BitextException(file + ": Korean text (Hangul)" + SUPPORTED);
        }
    }
}
