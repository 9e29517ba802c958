/**
 * Sentence segmentation and script detection: {@link dev.bitext.segment.Segmenter} splits English or
 * Chinese text into a {@link dev.bitext.Document} of sentences with offsets into the input,
 * {@link dev.bitext.segment.BilingualSplitter} separates the English and Chinese paragraphs of one text, and
 * {@link dev.bitext.segment.ScriptCounts} counts and judges scripts (Han, Latin, kana, Hangul, Traditional
 * or Simplified).
 *
 * <pre>{@code
 * Document doc = Segmenter.of(Language.ENGLISH).segment("Mr. Smith arrived. He sat down.");
 * doc.size();                                        // 2
 * ScriptCounts.of("日本語のテキスト").looksJapanese();   // true
 * BilingualText parts = BilingualSplitter.split(bilingualFileText);
 * }</pre>
 */
package dev.bitext.segment;
