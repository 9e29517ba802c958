package dev.bitext.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Bead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoarseScoreTest {
    @TempDir
    Path dir;

    @Test
    void hunalignRungsBecomeTheBeadsBetweenThem() throws IOException {
        Path rungs = Files.writeString(dir.resolve("h.rungs"), "0\t0\t0.3\n1\t2\t-0.1\n3\t3\t0.2\n3\t4\t0\n4\t4\t0.1\n");
        assertThat(CoarseScore.fromRungs(rungs)).extracting(b -> b.source() + ":" + b.target())
                .containsExactly("[0]:[0, 1]", "[1, 2]:[2]", "[]:[3]", "[3]:[]");
        assertThat(CoarseScore.fromRungs(rungs)).allMatch(Bead::isConsecutive);
    }
}
