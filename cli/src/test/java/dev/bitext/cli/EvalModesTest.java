package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code eval} on two files and on two folders holding them reads each file the same way: the same output,
 * the same error or the same warnings, naming the same file. The third argument of each case is the error
 * ({@code ":LINE: ..."} or {@code "problem"} after the file name), a warning pattern ({@code "warning: %s: ..."}),
 * the only line expected on stderr, or empty for a clean run.
 */
class EvalModesTest {
    private static final String GOLD = "[0]:[0]\n[1]:[1,2]\n[2,3]:[3]\n";

    @TempDir
    Path dir;

    static Stream<Arguments> testFiles() {
        return Stream.of(
                Arguments.of("empty", new byte[0], "empty file, nothing to score"),
                Arguments.of("white space", " \n\t\n".getBytes(StandardCharsets.UTF_8), "only white space"),
                Arguments.of("only []:[]", "[]:[]\n".getBytes(StandardCharsets.UTF_8), "no beads, nothing to score"),
                Arguments.of("invalid UTF-8", new byte[] {'[', '0', ']', ':', '[', (byte) 0xC3, ']', '\n'},
                        "invalid UTF-8 at byte 5"),
                Arguments.of("NUL", "[0]:[0]\n\0".getBytes(StandardCharsets.UTF_8), "binary file"),
                Arguments.of("malformed", "[0]:[0]\n[1]-[1]\n".getBytes(StandardCharsets.UTF_8), ":2: expected"),
                Arguments.of("too large", "[4000000000]:[0]\n".getBytes(StandardCharsets.UTF_8),
                        ":1: source index '4000000000' is too large (the maximum is 2147483647)"),
                Arguments.of("UTF-16LE with BOM", ("\uFEFF" + GOLD).getBytes(StandardCharsets.UTF_16LE), ""),
                Arguments.of("UTF-16BE with BOM", ("\uFEFF" + GOLD).getBytes(StandardCharsets.UTF_16BE), ""),
                Arguments.of("UTF-8 with BOM and CRLF", ("\uFEFF" + GOLD.replace("\n", "\r\n"))
                        .getBytes(StandardCharsets.UTF_8), ""),
                Arguments.of("discontinuous", "[0]:[0]\n[1,3]:[1,2]\n[2]:[3]\n".getBytes(StandardCharsets.UTF_8),
                        "warning: %s: 1 bead(s) with non-consecutive indices (first at line 2: [1,3]:[1,2])"),
                Arguments.of("repeated index", "[0]:[0]\n[1]:[1,2]\n[1]:[2]\n[2,3]:[3]\n"
                        .getBytes(StandardCharsets.UTF_8), "warning: %s: 2 repeated index(es) (first at line 3: "),
                Arguments.of("beyond the gold", "[0]:[0]\n[1]:[1,2]\n[2,3]:[3]\n[4]:[4]\n"
                        .getBytes(StandardCharsets.UTF_8), "warning: %s: its last indices are source 4, target 4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("testFiles")
    void fileAndFolderModesAgree(String what, byte[] test, String expected) throws IOException {
        Path gold = Cli.write(dir, "gold/a.align", GOLD);
        Path testFile = Files.createDirectories(dir.resolve("test")).resolve("a.align");
        Files.write(testFile, test);
        Cli.Result files = Cli.run("eval", "--json", gold.toString(), testFile.toString());
        Cli.Result folders = Cli.run("eval", "--json", dir.resolve("gold").toString(), dir.resolve("test").toString());
        assertThat(folders).isEqualTo(files);
        if (!expected.isEmpty() && !expected.startsWith("warning: ")) {
            files.failsWithOneLine(1);
            assertThat(files.err()).startsWith("bitext: " + testFile + (expected.startsWith(":") ? "" : ": "))
                    .contains(expected);
        } else {
            assertThat(files.exit()).as(files.err()).isZero();
            assertThat(files.out()).startsWith("{\"p_strict\":");
            if (expected.isEmpty()) {
                assertThat(files.err()).isEmpty();
            } else {
                assertThat(files.err().lines()).singleElement().asString()
                        .startsWith("bitext: " + expected.formatted(testFile));
            }
        }
    }
}
