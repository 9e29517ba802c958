package dev.bitext.anchor;

import com.google.common.base.Preconditions;
import dev.bitext.BitextException;
import dev.bitext.Language;
import dev.bitext.internal.HanVariants;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An English-Chinese lexicon: pairs of an English word (or short phrase) and a Chinese word, each pair
 * with a dense id {@code 0..size()-1}. The aligner asks which pairs occur in an English sentence
 * ({@link #englishIds}) and in a Chinese sentence ({@link #chineseIds}); ids shared by both are lexical
 * evidence that the sentences translate each other.
 *
 * <p>English keys are stored as lowercase ASCII words joined by one space and matched on lemmas (see
 * {@link EnglishStemmer}): "walked" matches "walk", "went" matches "go", "mountains" matches
 * "mountain". Chinese words match as substrings, overlaps included.
 *
 * <p>Immutable and thread-safe; serializable (as its pairs: the indexes are built again when read).
 */
public final class Lexicon implements java.io.Serializable {
    @java.io.Serial
    private static final long serialVersionUID = 1L;
    private static final Lexicon EMPTY = ofPairs(new String[0], new String[0]);
    private static final String CORE_RESOURCE = "core-lexicon.tsv";

    private final transient String[] english;
    private final transient String[] chinese;
    private final transient LexiconEnglishIndex englishIndex;
    private final transient ChineseWordTrie chineseIndex;
    /** For each id, the smallest id of the same English key. */
    private final transient int[] englishWord;
    /** For each id, the smallest id of the same Chinese word. */
    private final transient int[] chineseWord;

    private Lexicon(String[] english, String[] chinese) {
        this.english = english;
        this.chinese = chinese;
        this.englishIndex = new LexiconEnglishIndex(english);
        String[] folded = new String[chinese.length];
        for (int id = 0; id < chinese.length; id++) {
            folded[id] = HanVariants.simplify(chinese[id]).toString();
        }
        // Traditional and Simplified forms of a word are one word, matched in either script
        this.chineseIndex = new ChineseWordTrie(folded);
        this.englishWord = firstIds(english);
        this.chineseWord = firstIds(folded);
    }

    private static int[] firstIds(String[] words) {
        Map<String, Integer> first = new HashMap<>();
        int[] out = new int[words.length];
        for (int id = 0; id < words.length; id++) {
            Integer seen = first.putIfAbsent(words[id], id);
            out[id] = seen == null ? id : seen;
        }
        return out;
    }

    /** Pairs already normalised and distinct; the arrays are owned by the lexicon from now on. */
    static Lexicon ofPairs(String[] english, String[] chinese) {
        return new Lexicon(english, chinese);
    }

    /** {@return the lexicon without entries} */
    public static Lexicon empty() {
        return EMPTY;
    }

    /**
     * The built-in lexicon of several thousand high-frequency content words (everyday, news and literary
     * vocabulary), written for bitext. Loaded once, on first use, and shared.
     *
     * @return the core lexicon
     * @throws ExceptionInInitializerError wrapping a {@link BitextException} if the resource is missing
     *     or malformed (a broken build)
     */
    public static Lexicon core() {
        return CoreHolder.CORE;
    }

    /** Initialisation-on-demand holder for {@link #core()}. */
    private static final class CoreHolder {
        static final Lexicon CORE = loadCore();

        private static Lexicon loadCore() {
            try (InputStream in = Lexicon.class.getResourceAsStream(CORE_RESOURCE)) {
                if (in == null) {
                    throw new BitextException(CORE_RESOURCE + ": missing from the bitext jar");
                }
                return LexiconFiles.read(CORE_RESOURCE, in, LexiconTsvLine::parse);
            } catch (IOException e) {
                throw new BitextException(CORE_RESOURCE + ": cannot read: " + e.getMessage(), e);
            }
        }
    }

    /**
     * A lexicon from a map of English keys (a word or a phrase, any case) to their Chinese words.
     * Whitespace inside Chinese words is removed; repeated pairs count once.
     *
     * @param entries English key to Chinese words; the map is copied
     * @return the lexicon
     * @throws IllegalArgumentException if a key has no ASCII letter or a Chinese word is blank
     * @throws NullPointerException if the map, a key or a word is null
     */
    public static Lexicon of(Map<String, ? extends Collection<String>> entries) {
        LexiconBuilder builder = new LexiconBuilder();
        entries.forEach((key, words) -> {
            for (String word : words) {
                Preconditions.checkArgument(builder.add(key, word),
                        "lexicon entry without an English letter or a Chinese word: %s -> %s", key, word);
            }
        });
        return builder.build();
    }

    /**
     * Reads a dictionary file, telling its format from its first entry line: CC-CEDICT
     * ({@code Trad Simp [pin1 yin1] /gloss/}), hunalign ({@code chinese @ english}) or the built-in
     * lexicon's tab-separated format.
     *
     * @param file a UTF-8 file
     * @return the lexicon
     * @throws BitextException naming the file when its format is none of these, or as the readers do
     */
    public static Lexicon read(Path file) {
        String first = LexiconFiles.firstEntryLine(file);
        if (first.contains(" @ ")) {
            return readHunalign(file);
        }
        if (first.matches("\\S+ \\S+ \\[[^\\]]*\\] /.*")) {
            return readCedict(file);
        }
        if (first.indexOf('\t') > 0) {
            return readTsv(file);
        }
        throw new BitextException(file + ": unknown dictionary format (expected CC-CEDICT, hunalign "
                + "'chinese @ english' or 'english<TAB>chinese|chinese')");
    }

    /**
     * Reads a CC-CEDICT file ({@code Trad Simp [pin1 yin1] /gloss/gloss/}), pairing the simplified
     * headword with each usable English gloss (notes, "to", classifier, variant, surname and long glosses
     * removed). Lines starting with {@code #} are comments.
     *
     * @param file a UTF-8 file
     * @return the lexicon
     * @throws BitextException "FILE:LINE: problem" for a malformed line or bad UTF-8, or naming the file
     *     when it cannot be read or yields no entry
     */
    public static Lexicon readCedict(Path file) {
        return LexiconFiles.read(file, CedictLine::parse);
    }

    /**
     * Reads a hunalign dictionary, {@code chinese @ english} per line.
     *
     * @param file a UTF-8 file
     * @return the lexicon
     * @throws BitextException "FILE:LINE: problem" for a malformed line or bad UTF-8, or naming the file
     *     when it cannot be read or yields no entry
     */
    public static Lexicon readHunalign(Path file) {
        return LexiconFiles.read(file, HunalignLine::parse);
    }

    /**
     * Reads a lexicon in the format of the built-in one: {@code english<TAB>chinese1|chinese2|...} per
     * line, {@code #} comments.
     *
     * @param file a UTF-8 file
     * @return the lexicon
     * @throws BitextException "FILE:LINE: problem" for a malformed line or bad UTF-8, or naming the file
     *     when it cannot be read or yields no entry
     */
    public static Lexicon readTsv(Path file) {
        return LexiconFiles.read(file, LexiconTsvLine::parse);
    }

    /**
     * The union of this lexicon and {@code other}; ids are renumbered, this lexicon's pairs first.
     *
     * @param other another lexicon
     * @return a new lexicon (or one of the two when the other is empty)
     */
    public Lexicon merge(Lexicon other) {
        if (other.size() == 0) {
            return this;
        }
        if (size() == 0) {
            return other;
        }
        LexiconBuilder builder = new LexiconBuilder();
        builder.addAll(this);
        builder.addAll(other);
        return builder.build();
    }

    /**
     * Serialized as its pairs; the indexes are built again when read.
     *
     * @return the serialized form
     */
    @java.io.Serial
    private Object writeReplace() {
        return new Pairs(english, chinese);
    }

    /**
     * Refuses a stream that holds a lexicon in any form but its pairs.
     *
     * @param in the stream
     * @throws java.io.InvalidObjectException always
     */
    @java.io.Serial
    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("a Lexicon is serialized as its pairs");
    }

    /** The serialized form of a {@link Lexicon}: its pairs, in id order. */
    private record Pairs(String[] english, String[] chinese) implements java.io.Serializable {
        @java.io.Serial
        private Object readResolve() throws java.io.InvalidObjectException {
            if (english == null || chinese == null || english.length != chinese.length) {
                throw new java.io.InvalidObjectException("lexicon pairs of unequal length");
            }
            return ofPairs(english.clone(), chinese.clone());
        }
    }

    /** {@return the number of (English, Chinese) pairs} */
    public int size() {
        return english.length;
    }

    /**
     * The ids of all pairs whose English key occurs in {@code sentence} (matched on lemmas of lowercase
     * ASCII words, multi-word keys on consecutive words).
     *
     * @param sentence English text
     * @return sorted distinct ids, a new array
     */
    public int[] englishIds(CharSequence sentence) {
        LexiconIds out = new LexiconIds();
        englishIndex.collect(sentence, out);
        return out.sortedDistinct();
    }

    /**
     * The ids of all pairs whose Chinese word occurs in {@code sentence} as a substring (overlapping and
     * nested words all count). Traditional-only characters match their Simplified form, both in the
     * sentence and in the lexicon's words.
     *
     * @param sentence Chinese text
     * @return sorted distinct ids, a new array
     */
    public int[] chineseIds(CharSequence sentence) {
        LexiconIds out = new LexiconIds();
        chineseIndex.collect(HanVariants.simplify(sentence), out);
        return out.sortedDistinct();
    }

    /**
     * Reports the ids a sentence matches ({@link #englishIds} for English, {@link #chineseIds} for
     * Chinese) grouped by their word on that side ({@link #english}, respectively {@link #chinese}):
     * one call of {@code consumer} per distinct word, the words in the order of their smallest id, the
     * ids of a word ascending. Allocates little: no map, no string, one id buffer reused for every
     * word.
     *
     * @param sentence text in {@code language}
     * @param language which side of the lexicon to match
     * @param consumer receives each word's ids
     * @throws NullPointerException if an argument is null
     */
    public void forEachWord(CharSequence sentence, Language language, LexiconWordConsumer consumer) {
        Preconditions.checkNotNull(consumer, "consumer");
        boolean isEnglish = Preconditions.checkNotNull(language, "language") == Language.ENGLISH;
        int[] ids = isEnglish ? englishIds(sentence) : chineseIds(sentence);
        WordGroups.forEach(ids, isEnglish ? englishWord : chineseWord, consumer);
    }

    /**
     * The English key of pair {@code id}: lowercase words joined by one space.
     *
     * @param id the pair's index
     * @return its English key
     * @throws IndexOutOfBoundsException if id is not in {@code 0..size()-1}
     */
    public String english(int id) {
        return english[Objects.checkIndex(id, english.length)];
    }

    /**
     * The Chinese word of pair {@code id}.
     *
     * @param id the pair's index
     * @return its Chinese word
     * @throws IndexOutOfBoundsException if id is not in {@code 0..size()-1}
     */
    public String chinese(int id) {
        return chinese[Objects.checkIndex(id, chinese.length)];
    }

    @Override
    public String toString() {
        return "Lexicon[" + size() + " pairs]";
    }
}
