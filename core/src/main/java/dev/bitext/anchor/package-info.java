/**
 * Anchor terms and lexicons: evidence that an English and a Chinese sentence translate each other
 * (numbers, Latin tokens, names in pinyin, punctuation, dictionary hits).
 */
package dev.bitext.anchor;
