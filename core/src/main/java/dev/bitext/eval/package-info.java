/**
 * Evaluation against gold alignments: {@link dev.bitext.eval.Evaluator} counts strict and lax hits
 * ({@link dev.bitext.eval.Scores}: precision, recall and F1, micro-averaged over documents) and coarse
 * accuracy; {@link dev.bitext.eval.Calibration} tells whether the confidences can be trusted (bins, expected
 * calibration error); {@link dev.bitext.eval.LadderReader} lets a caller decode ladder files its own way.
 *
 * <pre>{@code
 * Scores s = Evaluator.score(Ladder.read(Path.of("gold/001.align")), alignment.beads());
 * System.out.printf("strict F1 %.3f, lax F1 %.3f%n", s.f1Strict(), s.f1Lax());
 * Scores all = Evaluator.scoreDirectories(Path.of("gold"), Path.of("test"));
 * }</pre>
 */
package dev.bitext.eval;
