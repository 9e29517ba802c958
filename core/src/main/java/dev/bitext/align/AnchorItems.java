package dev.bitext.align;

import dev.bitext.Language;
import dev.bitext.anchor.AnchorExtractor;
import dev.bitext.anchor.AnchorKind;
import java.util.EnumSet;
import java.util.Set;

/** Anchor terms of one kind as evidence items, one item per anchor. Immutable and thread-safe. */
final class AnchorItems implements ItemSource {
    private final AnchorExtractor extractor;
    private final EvidenceKind kind;

    private AnchorItems(AnchorKind anchorKind) {
        this.extractor = AnchorExtractor.of(EnumSet.of(anchorKind));
        this.kind = switch (anchorKind) {
            case NUMBER -> EvidenceKind.NUMBER;
            case LATIN -> EvidenceKind.LATIN;
            case NAME -> EvidenceKind.NAME;
            case PUNCTUATION -> EvidenceKind.PUNCTUATION;
        };
    }

    /** One source per kind, so each kind's match rate is estimated on its own. */
    static java.util.List<ItemSource> of(Set<AnchorKind> kinds) {
        return kinds.stream().sorted().<ItemSource>map(AnchorItems::new).toList();
    }

    /**
     * Every anchor is an item, except names on the Chinese side: every run of two to four Han characters
     * yields a pinyin key there, so those keys are only looked up by the English side's names.
     */
    @Override
    public void items(String text, Language language, ItemSink sink) {
        boolean lookupOnly = kind == EvidenceKind.NAME && language == Language.CHINESE;
        for (long key : extractor.extract(text, language)) {
            if (lookupOnly) {
                sink.key(key);
            } else {
                sink.item(kind, key);
            }
        }
    }
}
