package dev.bitext.anchor;

import com.google.common.base.Preconditions;
import com.google.common.collect.Sets;
import dev.bitext.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the anchor terms of a sentence: numbers, Latin tokens, names in pinyin and punctuation
 * that an English sentence and its Chinese translation tend to share. Each anchor has a readable
 * form such as {@code "num:24"}, {@code "date:1-24"}, {@code "latin:dna"},
 * {@code "name:chenqingyang"} or {@code "punct:question"}, and a 64-bit key, the hash of that
 * form; an English and a Chinese sentence share a key exactly when they share the anchor (up to
 * hash collisions, about one in 2<sup>64</sup> per pair of anchors).
 *
 * <p>Immutable and thread-safe: one instance may serve any number of threads.
 */
public final class AnchorExtractor {
    private static final AnchorExtractor ALL = new AnchorExtractor(EnumSet.allOf(AnchorKind.class));

    private final Set<AnchorKind> kinds;
    private final List<AnchorSource> sources;

    private AnchorExtractor(Set<AnchorKind> kinds) {
        this.kinds = Sets.immutableEnumSet(kinds);
        List<AnchorSource> list = new ArrayList<>();
        for (AnchorKind kind : this.kinds) {
            list.add(sourceOf(kind));
        }
        this.sources = List.copyOf(list);
    }

    private static AnchorSource sourceOf(AnchorKind kind) {
        switch (kind) {
            case NUMBER:
                return new NumberAnchors();
            case LATIN:
                return new LatinAnchors();
            case NAME:
                return new PinyinAnchors();
            case PUNCTUATION:
                return new PunctAnchors();
            default:
                throw new AssertionError(kind);
        }
    }

    /** {@return an extractor looking for every kind of anchor} */
    public static AnchorExtractor all() {
        return ALL;
    }

    /**
     * An extractor looking for the given kinds only (an empty set finds nothing).
     *
     * @param kinds the kinds to look for; copied
     * @return the extractor
     * @throws NullPointerException if {@code kinds} or one of its elements is null
     */
    public static AnchorExtractor of(Set<AnchorKind> kinds) {
        Preconditions.checkNotNull(kinds, "kinds");
        EnumSet<AnchorKind> copy = EnumSet.noneOf(AnchorKind.class);
        for (AnchorKind kind : kinds) {
            copy.add(Preconditions.checkNotNull(kind, "null anchor kind"));
        }
        return new AnchorExtractor(copy);
    }

    /** {@return the kinds this extractor looks for (immutable)} */
    public Set<AnchorKind> kinds() {
        return kinds;
    }

    /**
     * The keys of the anchors of {@code sentence}, sorted ascending and distinct; empty when there
     * are none.
     *
     * @param sentence the sentence's text
     * @param language the sentence's language
     * @return the anchor keys
     * @throws NullPointerException if an argument is null
     */
    public long[] extract(String sentence, Language language) {
        AnchorSink.Keys sink = new AnchorSink.Keys();
        collect(sentence, language, sink);
        return sink.sortedDistinct();
    }

    /**
     * Passes to {@code consumer}, kind by kind in the order of {@link AnchorKind}, the keys of the
     * anchors of {@code sentence}: for each kind of this extractor, exactly the keys, ascending and
     * distinct, that {@code AnchorExtractor.of(EnumSet.of(kind)).extract(sentence, language)} returns.
     * One call does the work of one {@code extract} per kind, folding the sentence once and building no
     * result arrays.
     *
     * @param sentence the sentence's text
     * @param language the sentence's language
     * @param consumer receives each kind with its keys
     * @throws NullPointerException if an argument is null
     */
    public void forEachKey(String sentence, Language language, AnchorKeyConsumer consumer) {
        Preconditions.checkNotNull(consumer, "consumer");
        String text = folded(sentence, language);
        AnchorSink.Keys sink = new AnchorSink.Keys();
        int k = 0;
        for (AnchorKind kind : kinds) {
            sink.clear();
            sources.get(k++).collect(text, language, sink);
            sink.forEachSortedDistinct(key -> consumer.accept(kind, key));
        }
    }

    /**
     * The readable anchors of {@code sentence}, sorted and distinct, for debugging:
     * {@code key(a)} over this list gives exactly the keys of {@link #extract}.
     *
     * @param sentence the sentence's text
     * @param language the sentence's language
     * @return the readable anchors, such as {@code "num:24"}
     * @throws NullPointerException if an argument is null
     */
    public List<String> describe(String sentence, Language language) {
        AnchorSink.Texts sink = new AnchorSink.Texts();
        collect(sentence, language, sink);
        return sink.sorted();
    }

    /**
     * The key of a readable anchor such as {@code "num:24"}.
     *
     * @param anchor a readable anchor as {@link #describe} returns it
     * @return its key
     * @throws NullPointerException if {@code anchor} is null
     */
    public static long key(String anchor) {
        return AnchorHash.of(Preconditions.checkNotNull(anchor, "anchor"));
    }

    private static String folded(String sentence, Language language) {
        Preconditions.checkNotNull(sentence, "sentence");
        Preconditions.checkNotNull(language, "language");
        return AnchorText.fold(sentence);
    }

    private void collect(String sentence, Language language, AnchorSink sink) {
        String text = folded(sentence, language);
        for (AnchorSource source : sources) {
            source.collect(text, language, sink);
        }
    }

    @Override
    public String toString() {
        return "AnchorExtractor" + kinds;
    }
}
