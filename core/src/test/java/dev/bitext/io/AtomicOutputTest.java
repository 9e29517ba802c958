package dev.bitext.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitext.Alignment;
import dev.bitext.BitextException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicOutput} and {@link Alignment#write}: the whole file or the old one, never half of one. */
class AtomicOutputTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void alignmentWriteGivesWhatTheWriterGives() throws IOException {
        Alignment a = Fixtures.englishChinese();
        for (OutputFormat format : List.of(OutputFormat.TSV, OutputFormat.LADDER, OutputFormat.JSONL)) {
            Path file = dir.resolve("out." + format.name().toLowerCase());
            a.write(file, format);
            StringWriter expected = new StringWriter();
            AlignmentWriter.of(format).write(a, expected);
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        }
        a.write(dir.resolve("out.tmx"), AlignmentWriter.tmx(TmxSettings.defaults()));
        assertThat(Files.readString(dir.resolve("out.tmx"))).startsWith("<?xml").contains("<tmx version=\"1.4\">");
    }

    @Test
    void aFailureLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out.tsv");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> AtomicOutput.write(file, out -> {
            out.write("half of it");
            throw new IOException("disk gone");
        })).isInstanceOf(BitextException.class).hasMessage(file + ": disk gone").hasCauseInstanceOf(IOException.class);
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(names()).containsExactly("out.tsv");
    }

    @Test
    void bytesAreWrittenWholeOrNotAtAll() throws IOException {
        Path file = dir.resolve("out.bin");
        AtomicOutput.writeBytes(file, out -> out.write(new byte[] {0, (byte) 0xFF, 'P', 'K'}));
        assertThat(Files.readAllBytes(file)).containsExactly(0, 0xFF, 'P', 'K');
        assertThatThrownBy(() -> AtomicOutput.writeBytes(file, out -> {
            out.write(new byte[] {1, 2, 3});
            throw new IOException("disk gone");
        })).isInstanceOf(BitextException.class).hasMessage(file + ": disk gone").hasCauseInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(file)).containsExactly(0, 0xFF, 'P', 'K');
        assertThat(names()).containsExactly("out.bin");
    }

    @Test
    void aReplacedFileKeepsItsModeAndALinkStaysALink() throws IOException {
        Path real = dir.resolve("real.tsv");
        Files.writeString(real, "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.tsv"), real.getFileName());
        Fixtures.englishChinese().write(link, OutputFormat.LADDER);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("[0]:[0]");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r-----");
        assertThat(names()).containsExactly("link.tsv", "real.tsv");
    }

    @Test
    void aDirectoryOrAMissingFolderIsNamed() {
        Alignment a = Fixtures.englishChinese();
        assertThatThrownBy(() -> a.write(dir, OutputFormat.TSV)).isInstanceOf(BitextException.class)
                .hasMessage(dir + ": is a directory");
        Path nowhere = dir.resolve("no/such/out.tsv");
        assertThatThrownBy(() -> a.write(nowhere, OutputFormat.TSV)).isInstanceOf(BitextException.class)
                .hasMessageStartingWith(nowhere + ": folder ").hasMessageEndingWith(" does not exist");
    }

    @Test
    void severalTargetsAreMovedOnlyWhenAllAreComplete() throws IOException {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "old a");
        assertThatThrownBy(() -> AtomicOutput.writeAll(List.of(a, b), outs -> {
            outs.get(0).write("new a");
            throw new IOException("stopped");
        })).isInstanceOf(BitextException.class);
        assertThat(names()).containsExactly("a.txt");
        AtomicOutput.writeAll(List.of(a, b), outs -> {
            outs.get(0).write("new a");
            outs.get(1).write("new b");
        });
        assertThat(Files.readString(a)).isEqualTo("new a");
        assertThat(Files.readString(b)).isEqualTo("new b");
    }
}
