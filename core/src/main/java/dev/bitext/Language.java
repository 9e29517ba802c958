package dev.bitext;

import java.util.Locale;

/**
 * The languages bitext segments and aligns.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Language {
    /** English, default TMX tag {@code en-US}. */
    ENGLISH("en", "en-US"),
    /**
     * Chinese (Simplified or Traditional), default TMX tag {@code zh-CN} ({@code zh-TW} for Traditional
     * text: {@link dev.bitext.io.TmxSettings#defaultTag(Document)}).
     */
    CHINESE("zh", "zh-CN");

    private final String code;
    private final String defaultTag;

    Language(String code, String defaultTag) {
        this.code = code;
        this.defaultTag = defaultTag;
    }

    /** {@return the ISO 639-1 code: {@code en} or {@code zh}} */
    public String code() {
        return code;
    }

    /**
     * The BCP 47 tag written to TMX when the user names none; for Chinese, that of Simplified text (see
     * {@link dev.bitext.io.TmxSettings#defaultTag(Document)}).
     *
     * @return the BCP 47 tag: {@code en-US} or {@code zh-CN}
     */
    public String defaultTag() {
        return defaultTag;
    }

    /**
     * Parses a language code or tag such as {@code en}, {@code en-GB}, {@code zh}, {@code zh-TW}
     * or {@code zh-Hant} (case-insensitive; only the primary subtag decides).
     *
     * @param tag a language code or BCP 47 tag
     * @return the language of its primary subtag
     * @throws IllegalArgumentException if the primary subtag is neither {@code en} nor {@code zh}
     */
    public static Language fromTag(String tag) {
        if (tag == null) {
            throw new IllegalArgumentException("language tag is null");
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language l : values()) {
            if (l.code.equals(primary)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unsupported language '" + tag + "' (expected en or zh)");
    }
}
