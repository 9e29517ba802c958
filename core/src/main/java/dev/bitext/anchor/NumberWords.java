package dev.bitext.anchor;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * English number words ({@code twenty-four}, {@code three hundred and five}, {@code a thousand},
 * {@code twenty-first}, years in pairs such as {@code nineteen ninety-four}) and month names.
 *
 * <p>Immutable tables and stateless methods: thread-safe.
 */
final class NumberWords {
    private static final String[] UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"};
    private static final String[] UNIT_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth",
        "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"};
    private static final String[] TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final String[] SCALES = {"hundred", "thousand", "million", "billion"};
    private static final long[] SCALE_VALUES = {100, 1_000, 1_000_000, 1_000_000_000};
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private static final Map<String, Long> CARDINALS = new HashMap<>();
    private static final Map<String, Long> ORDINALS = new HashMap<>();
    private static final Map<String, Integer> MONTH_NUMBERS = new HashMap<>();

    static {
        for (int i = 0; i < UNITS.length; i++) {
            CARDINALS.put(UNITS[i], i + 1L);
            ORDINALS.put(i < UNIT_ORDINALS.length ? UNIT_ORDINALS[i] : UNITS[i] + "th", i + 1L);
        }
        for (int i = 0; i < TENS.length; i++) {
            CARDINALS.put(TENS[i], 20L + 10 * i);
            ORDINALS.put(TENS[i].substring(0, TENS[i].length() - 1) + "ieth", 20L + 10 * i);
        }
        for (int i = 0; i < SCALES.length; i++) {
            CARDINALS.put(SCALES[i], SCALE_VALUES[i]);
            ORDINALS.put(SCALES[i] + "th", SCALE_VALUES[i]);
        }
        for (int i = 0; i < MONTHS.length; i++) {
            MONTH_NUMBERS.put(MONTHS[i], i + 1);
            MONTH_NUMBERS.put(MONTHS[i].substring(0, 3), i + 1);
        }
        MONTH_NUMBERS.put("sept", 9);
    }

    /** What {@link #relevant} gives for a word that no number, date or percentage reads: no key equals it. */
    static final String OTHER = "";
    /** Every word a number, date or percentage may read; see {@link #relevant}. */
    private static final AsciiWords RELEVANT = relevantWords();

    private static AsciiWords relevantWords() {
        java.util.Set<String> words = new java.util.HashSet<>(CARDINALS.keySet());
        words.addAll(ORDINALS.keySet());
        words.addAll(MONTH_NUMBERS.keySet());
        words.addAll(java.util.List.of("a", "and", "of", "percent", "per", "cent"));
        return new AsciiWords(words);
    }

    /**
     * The lower-case form of the ASCII word {@code text[start, end)} if a number, date or percentage
     * may read it (number words, month names, a, and, of, per, cent, percent), else {@link #OTHER}:
     * every method here treats {@link #OTHER} as it would treat any other word.
     */
    static String relevant(CharSequence text, int start, int end) {
        String word = RELEVANT.find(text, start, end);
        return word == null ? OTHER : word;
    }

    /** A number phrase: its value, the index after its last word, and whether it is an ordinal. */
    record Phrase(long value, int end, boolean ordinal) {
    }

    private NumberWords() {
    }

    /** Whether {@code word} (lower case) is a scale word: hundred, thousand, million, billion. */
    static long scale(String word) {
        for (int i = 0; i < SCALES.length; i++) {
            if (SCALES[i].equals(word)) {
                return SCALE_VALUES[i];
            }
        }
        return 0;
    }

    /**
     * The month (1..12) of a lower-case month name or abbreviation (jan, sept), or 0.
     */
    static int month(String word) {
        Integer m = word == null ? null : MONTH_NUMBERS.get(word);
        return m == null ? 0 : m;
    }

    /** Whether {@code word} is a full month name (not an abbreviation). */
    static boolean isFullMonth(String word) {
        return word != null && word.length() > 3 && MONTH_NUMBERS.containsKey(word) && !"sept".equals(word);
    }

    /** Whether a number phrase may start with the lower-case {@code word}. */
    static boolean mayStart(String word) {
        return "a".equals(word) || CARDINALS.containsKey(word) || ORDINALS.containsKey(word);
    }

    /**
     * Reads the number phrase starting at word {@code start}; {@code words} gives the lower-case word
     * at an index, or null where there is no word (a number, punctuation, the end).
     *
     * @return the phrase, or null when no number word starts at {@code start}
     */
    static Phrase parse(IntFunction<String> words, int start) {
        long total = 0;
        long cur = 0;
        boolean any = false;
        boolean year = false;
        int i = start;
        int end = start;
        while (true) {
            String w = words.apply(i);
            if (w == null) {
                break;
            }
            if (!any && "a".equals(w) && scale(words.apply(i + 1)) > 0
                    || any && "and".equals(w) && isNumberWord(words.apply(i + 1))) {
                i++;
                continue;
            }
            boolean ordinal = !CARDINALS.containsKey(w);
            Long v = ordinal ? ORDINALS.get(w) : CARDINALS.get(w);
            if (v == null || "second".equals(w) && !endsInTens(cur)) {
                break;
            }
            if (v < 100) {
                if (isYearHalf(v) && isYearHalf(cur) && total == 0 && !year) {
                    cur *= 100;
                    year = true;
                } else if (cur % 100 != 0 && !(v < 10 && endsInTens(cur))) {
                    break;
                }
                cur += v;
            } else if (v == 100) {
                if (cur >= 100) {
                    break;
                }
                cur = Math.max(cur, 1) * 100;
            } else {
                total += Math.max(cur, 1) * v;
                cur = 0;
            }
            any = true;
            end = ++i;
            if (ordinal) {
                return new Phrase(total + cur, end, true);
            }
        }
        return any ? new Phrase(total + cur, end, false) : null;
    }

    /** Whether {@code v} can be half of a year read in pairs (nineteen ninety, twenty twenty). */
    private static boolean isYearHalf(long v) {
        return v >= 10 && v < 100;
    }

    private static boolean endsInTens(long cur) {
        return cur % 100 >= 20 && cur % 10 == 0;
    }

    private static boolean isNumberWord(String w) {
        return w != null && (CARDINALS.containsKey(w) || ORDINALS.containsKey(w));
    }
}
