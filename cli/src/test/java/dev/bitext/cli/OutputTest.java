package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.BitextException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {
    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void writesUtf8ToTheTarget() throws IOException {
        Path target = dir.resolve("out.tsv");
        Output.write(target, new StringWriter(), w -> w.write("中文\tEnglish\n"));
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("中文\tEnglish\n");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void writesToStandardOutputWithoutFile() throws IOException {
        StringWriter stdout = new StringWriter();
        Output.write(null, stdout, w -> w.write("x"));
        assertThat(stdout).hasToString("x");
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void failureMidwayLeavesNoFile() throws IOException {
        Path target = dir.resolve("out.tmx");
        assertThatThrownBy(() -> Output.write(target, new StringWriter(), w -> {
            w.write("<tmx>".repeat(10_000));
            w.flush();
            throw new BitextException("boom");
        })).hasMessage("boom");
        assertThat(target).doesNotExist();
        assertThat(filesIn(dir)).as("temporary files left behind").isZero();
    }

    @Test
    void failureKeepsAnExistingTargetUnchanged() throws IOException {
        Path target = dir.resolve("out.tmx");
        Files.writeString(target, "previous");
        assertThatThrownBy(() -> Output.write(target, new StringWriter(), w -> {
            w.write("partial");
            throw new IOException("disk full");
        })).isInstanceOf(BitextException.class).hasMessageContaining(target.toString());
        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void successReplacesAnExistingTarget() throws IOException {
        Path target = dir.resolve("out.tmx");
        Files.writeString(target, "previous");
        Output.write(target, new StringWriter(), w -> w.write("new"));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void directoryOrMissingFolderAsTargetIsRefused() {
        assertThatThrownBy(() -> Output.write(dir, new StringWriter(), w -> w.write("x")))
                .isInstanceOf(BitextException.class).hasMessageStartingWith(dir + ": is a directory");
        Path nowhere = dir.resolve("no/such/out.tmx");
        assertThatThrownBy(() -> Output.write(nowhere, new StringWriter(), w -> w.write("x")))
                .isInstanceOf(BitextException.class).hasMessageStartingWith(nowhere + ": ");
    }

    @Test
    void twoOutputsAreWrittenTogetherOrNotAtAll() throws IOException {
        Path tmx = dir.resolve("out.tmx");
        Path html = dir.resolve("out.html");
        Files.writeString(html, "old");
        assertThatThrownBy(() -> Output.writeAllAtomically(java.util.List.of(tmx, html), outs -> {
            outs.get(0).write("<tmx/>");
            outs.get(1).write("<html/>");
            throw new BitextException("boom");
        })).hasMessage("boom");
        assertThat(tmx).doesNotExist();
        assertThat(html).hasContent("old");
        assertThat(filesIn(dir)).isEqualTo(1);

        Output.writeAllAtomically(java.util.List.of(tmx, html), outs -> {
            outs.get(0).write("<tmx/>");
            outs.get(1).write("<html/>");
        });
        assertThat(tmx).hasContent("<tmx/>");
        assertThat(html).hasContent("<html/>");
        assertThat(filesIn(dir)).isEqualTo(2);
    }
}
