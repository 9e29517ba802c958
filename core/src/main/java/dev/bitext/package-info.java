/**
 * The aligner and its data: {@link dev.bitext.Aligner} (configured by {@link dev.bitext.AlignerOptions})
 * aligns two {@link dev.bitext.Document}s of {@link dev.bitext.Sentence}s into an
 * {@link dev.bitext.Alignment} of {@link dev.bitext.Bead}s, each with a confidence in [0, 1].
 * Every type here is immutable and thread-safe except the options builder.
 *
 * <pre>{@code
 * Aligner aligner = Aligner.create();          // share it between threads
 * Alignment a = aligner.align(english, Language.ENGLISH, chinese, Language.CHINESE);
 * for (Bead b : a.beads()) {
 *     System.out.printf("%s\t%s\t%.2f%n", a.sourceText(b), a.targetText(b), b.confidence());
 * }
 * }</pre>
 *
 * <p>Problems with the input are reported as {@link dev.bitext.BitextException}s with a message meant for
 * the user; an interrupted alignment ends with {@link dev.bitext.AlignmentInterruptedException}.
 */
package dev.bitext;
