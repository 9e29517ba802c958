/**
 * Anchor terms and lexicons: evidence that an English and a Chinese sentence translate each other
 * (numbers, Latin tokens, names in pinyin, punctuation, dictionary hits).
 *
 * <pre>{@code
 * AnchorExtractor.all().describe("In 1997 Hong Kong returned.", Language.ENGLISH);  // [name:hongkong, num:1997]
 * Lexicon cedict = Lexicon.read(Path.of("cedict_ts.u8"));   // CC-CEDICT, hunalign or TSV, told apart
 * AlignerOptions options = AlignerOptions.builder().dictionary(cedict).build();
 * }</pre>
 */
package dev.bitext.anchor;
