/**
 * Translation-memory building: many document pairs aligned together (the learned lexicon from all of them),
 * filtered, and streamed into one TMX file, with an optional HTML review report.
 *
 * <pre>{@code
 * TranslationMemoryBuilder tm = TranslationMemoryBuilder.builder()
 *         .filter(TmFilter.builder().minConfidence(0.5).build())
 *         .build();
 * List<TmSource> sources = files.stream().map(TmSource::bilingualFile).toList();
 * try (Writer tmx = Files.newBufferedWriter(Path.of("memory.tmx"))) {
 *     TmSummary summary = tm.build(sources, tmx, null);
 * }
 * }</pre>
 */
package dev.bitext.tm;
