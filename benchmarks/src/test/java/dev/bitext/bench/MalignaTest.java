package dev.bitext.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Bead;
import java.util.ArrayList;
import java.util.List;
import net.loomchild.maligna.coretypes.Alignment;
import org.junit.jupiter.api.Test;

class MalignaTest {
    private static final List<String> EN = List.of("In the beginning God created the heaven and the earth.",
            "And the earth was without form, and void; and darkness was upon the face of the deep.",
            "And God said, Let there be light: and there was light.",
            "And God saw the light, that it was good: and God divided the light from the darkness.");
    private static final List<String> ZH = List.of("起初神创造天地。", "地是空虚混沌。", "渊面黑暗。",
            "神说：要有光，就有了光。", "神看光是好的，就把光暗分开了。");

    @Test
    void beadsCoverEverySentenceOnceInOrder() {
        List<Bead> beads = Maligna.beads(Maligna.align(EN, ZH), EN, ZH);
        List<Integer> source = new ArrayList<>();
        List<Integer> target = new ArrayList<>();
        beads.forEach(b -> {
            source.addAll(b.source());
            target.addAll(b.target());
        });
        assertThat(source).containsExactly(0, 1, 2, 3);
        assertThat(target).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void beadsFollowTheSegmentCountsOfEachAlignment() {
        List<Alignment> output = List.of(new Alignment(EN.subList(0, 1), ZH.subList(0, 1)),
                new Alignment(EN.subList(1, 2), ZH.subList(1, 3)), new Alignment(EN.subList(2, 3), List.of()),
                new Alignment(EN.subList(3, 4), ZH.subList(3, 5)));
        assertThat(Maligna.beads(output, EN, ZH)).extracting(Bead::type).containsExactly("1-1", "1-2", "1-0", "1-2");
        assertThat(Maligna.beads(output, EN, ZH).get(3).target()).containsExactly(3, 4);
    }

    @Test
    void rejectsOutputThatDoesNotMatchTheInput() {
        List<Alignment> changed = List.of(new Alignment(List.of("something else"), ZH), new Alignment(
                EN.subList(1, 4), List.of()));
        assertThatThrownBy(() -> Maligna.beads(changed, EN, ZH)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("source sentence 0");
        List<Alignment> partial = List.of(new Alignment(EN.subList(0, 2), ZH));
        assertThatThrownBy(() -> Maligna.beads(partial, EN, ZH)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2/4 source");
    }
}
