package dev.bitext.spark;

import dev.bitext.Alignment;
import dev.bitext.Bead;
import dev.bitext.BitextException;
import dev.bitext.DocumentPair;
import dev.bitext.io.TmxSettings;
import dev.bitext.tm.CorpusPasses;
import dev.bitext.tm.FilterReason;
import dev.bitext.tm.TmFilter;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The second pass on the executors: loads each document again, aligns it with the broadcast associations and
 * makes one row per bead in {@link UnitSchema#WORKING}'s columns, judged by the filter except for duplicates
 * (settled across documents afterwards). A document that fails gives one row carrying the reason. Immutable and
 * serializable.
 */
final class SecondPass implements FlatMapFunction<FirstRecord, Row>, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final CorpusPasses passes;
    private final DocumentLoader loader;
    private final TmFilter filter;
    private final TmxTags tmx;
    private final Broadcast<CorpusPasses.Learned> learned;

    SecondPass(CorpusPasses passes, DocumentLoader loader, TmFilter filter, TmxTags tmx,
               Broadcast<CorpusPasses.Learned> learned) {
        this.passes = passes;
        this.loader = loader;
        this.filter = filter;
        this.tmx = tmx;
        this.learned = learned;
    }

    @Override
    public Iterator<Row> call(FirstRecord f) {
        if (f.first() == null) {
            return List.of(failed(f.row(), f.error())).iterator();
        }
        Alignment a;
        try {
            DocumentPair pair = loader.load(f.row());
            a = passes.secondPass(pair, f.first().withoutObservation(), learned.value());
        } catch (BitextException e) {
            return List.of(failed(f.row(), e.getMessage())).iterator(); // failed only on the second load
        }
        TmxSettings settings = tmx.settings();
        String sourceTag = settings.sourceTagFor(a.source());
        String targetTag = settings.targetTagFor(a.target());
        List<Row> rows = new ArrayList<>(a.beads().size());
        for (int k = 0; k < a.beads().size(); k++) {
            Bead b = a.beads().get(k);
            String source = a.sourceText(b);
            String target = a.targetText(b);
            FilterReason why = filter.judgeAlone(b, source, target);
            Long key = why == null && filter.deduplicate() ? TmFilter.duplicateKey(source, target) : null;
            rows.add(RowFactory.create(f.row().id(), f.row().index(), k, ints(b.source()), ints(b.target()), source, target,
                    b.confidence(), b.type(), why == null ? null : why.name(), null, sourceTag, targetTag, key));
        }
        return rows.iterator();
    }

    private static int[] ints(List<Integer> indices) {
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Row failed(DocumentRow row, String error) {
        return RowFactory.create(row.id(), row.index(), null, null, null, null, null, null, null,
                UnitSchema.SKIPPED_DOCUMENT, error, null, null, null);
    }
}
