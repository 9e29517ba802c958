package dev.bitext.anchor;

import java.util.Arrays;
import java.util.Collection;

/**
 * An immutable set of ASCII words that answers "which member, if any, equals this slice of text,
 * ASCII upper case read as lower case" without building a string: the hot loops of the anchor
 * sources look up every word of every sentence.
 *
 * <p>Immutable and thread-safe.
 */
final class AsciiWords {
    private final String[] slots;
    private final int mask;

    /** A set of the given lower-case words (duplicates count once). */
    AsciiWords(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4)) * 2;
        slots = new String[capacity];
        mask = capacity - 1;
        for (String w : words) {
            int slot = hash(w, 0, w.length()) & mask;
            while (slots[slot] != null && !slots[slot].equals(w)) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = w;
        }
    }

    /** A set of the given lower-case words. */
    static AsciiWords of(String... words) {
        return new AsciiWords(Arrays.asList(words));
    }

    /**
     * The member equal to {@code text[from, to)} with ASCII upper case lowered, or null when there is
     * none.
     */
    String find(CharSequence text, int from, int to) {
        int slot = hash(text, from, to) & mask;
        for (String s; (s = slots[slot]) != null; slot = (slot + 1) & mask) {
            if (equal(s, text, from, to)) {
                return s;
            }
        }
        return null;
    }

    /** Whether {@code text[from, to)}, ASCII upper case lowered, is a member. */
    boolean contains(CharSequence text, int from, int to) {
        return find(text, from, to) != null;
    }

    private static boolean equal(String s, CharSequence text, int from, int to) {
        if (s.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i - from) != lower(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int from, int to) {
        int h = to - from;
        for (int i = from; i < to; i++) {
            h = h * 31 + lower(text.charAt(i));
        }
        return h ^ (h >>> 15);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
