/**
 * Reading documents of known formats (HTML, Markdown, Word, XLIFF, subtitles, plain text) into
 * {@link dev.bitext.doc.StructuredText}: the extracted text and its blocks (headings, paragraphs, list items,
 * table cells, captions, footnotes, subtitle cues with their times), which segmentation and alignment use
 * unchanged, each block keeping the path back to its source element.
 */
package dev.bitext.doc;
