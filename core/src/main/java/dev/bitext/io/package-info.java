/**
 * Reading and writing alignments: {@link dev.bitext.io.AlignmentWriter} writes one alignment as TMX, TSV,
 * a ladder or JSON lines ({@link dev.bitext.io.OutputFormat}), {@link dev.bitext.io.TmxStream} writes many
 * documents into one TMX, {@link dev.bitext.io.Ladder} reads and writes ladder (gold) files, and
 * {@link dev.bitext.io.ChineseEncodings} recognises GB18030 and Big5 input.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("out.tmx"))) {
 *     AlignmentWriter.tmx(TmxSettings.defaults()).write(alignment, w);
 * }
 * List<Bead> gold = Ladder.read(Path.of("gold/001.align"));
 * }</pre>
 */
package dev.bitext.io;
