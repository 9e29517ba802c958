package dev.bitext.doc;

/** What a block of a structured document is. Immutable and thread-safe (an enum). */
public enum BlockKind {
    /** A heading (HTML h1-h6, Markdown #, Word Heading styles, title). */
    HEADING,
    /** An ordinary paragraph. */
    PARAGRAPH,
    /** An item of a list. */
    LIST_ITEM,
    /** The text of one table cell. */
    TABLE_CELL,
    /** A caption (figure, table). */
    CAPTION,
    /** A footnote or endnote. */
    FOOTNOTE,
    /** A subtitle cue, with its time span. */
    CUE
}
