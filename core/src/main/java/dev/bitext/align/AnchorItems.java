package dev.bitext.align;

import dev.bitext.Language;
import dev.bitext.anchor.AnchorExtractor;
import dev.bitext.anchor.AnchorKind;
import java.util.List;
import java.util.Set;

/**
 * Anchor terms as evidence items, one item per anchor, each kind with its own {@link EvidenceKind} so that
 * its match rate is estimated on its own. Immutable and thread-safe.
 */
final class AnchorItems implements ItemSource {
    private final AnchorExtractor extractor;

    private AnchorItems(Set<AnchorKind> kinds) {
        this.extractor = AnchorExtractor.of(kinds);
    }

    /** The source for the given kinds (none when the set is empty). */
    static List<ItemSource> of(Set<AnchorKind> kinds) {
        return kinds.isEmpty() ? List.of() : List.of(new AnchorItems(kinds));
    }

    private static EvidenceKind evidenceKind(AnchorKind kind) {
        return switch (kind) {
            case NUMBER -> EvidenceKind.NUMBER;
            case LATIN -> EvidenceKind.LATIN;
            case NAME -> EvidenceKind.NAME;
            case PUNCTUATION -> EvidenceKind.PUNCTUATION;
        };
    }

    /**
     * Every anchor is an item, except names on the Chinese side: every run of two to four Han characters
     * yields a pinyin key there, so those keys are only looked up by the English side's names.
     */
    @Override
    public void items(String text, Language language, ItemSink sink) {
        boolean chinese = language == Language.CHINESE;
        extractor.forEachKey(text, language, (kind, key) -> {
            if (chinese && kind == AnchorKind.NAME) {
                sink.key(key);
            } else {
                sink.item(evidenceKind(kind), key);
            }
        });
    }
}
