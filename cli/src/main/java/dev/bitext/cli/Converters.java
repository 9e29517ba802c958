package dev.bitext.cli;

import dev.bitext.Language;
import dev.bitext.doc.InputFormat;
import dev.bitext.io.OutputFormat;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.TypeConversionException;

/** Option value converters that turn the library's messages into usage errors. Stateless. */
final class Converters {
    private Converters() {
    }

    /** A language code or tag such as {@code en} or {@code zh-TW}. */
    static Language language(String value) {
        try {
            return Language.fromTag(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** An output format name such as {@code tmx}. */
    static OutputFormat format(String value) {
        try {
            return OutputFormat.fromName(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** A format name for {@code align --format}, such as {@code csv} or {@code xlsx}. */
    static AlignFormat alignFormat(String value) {
        try {
            return AlignFormat.fromName(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** An input format name such as {@code html}. */
    static InputFormat inputFormat(String value) {
        try {
            return InputFormat.fromName(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** A character encoding known to Java, such as {@code GB18030}, {@code Big5} or {@code UTF-8}. */
    static Charset charset(String value) {
        try {
            return Charset.forName(value.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new TypeConversionException("unknown encoding '" + value + "' (e.g. UTF-8, GB18030, GBK, Big5)");
        }
    }
}
