package dev.bitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards the public API of bitext-core against accidental change: the signatures of every public type and
 * member of the exported packages ({@link ApiSignatures}) must equal the checked-in list {@code core/api/bitext-core.api}.
 * A removed or changed line breaks users; an added line is a new API to review. After a deliberate change,
 * rewrite the list with {@code mvn -pl core -am test -Dtest=ApiSignaturesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbitext.api.update=true} and commit it.
 */
class ApiSignaturesTest {
    private static final Path LIST = Path.of("api", "bitext-core.api");

    @Test
    void publicApiEqualsTheCheckedInList() throws IOException {
        List<String> actual = ApiSignatures.ofCompiledCore();
        if (Boolean.getBoolean("bitext.api.update")) {
            Files.createDirectories(LIST.getParent());
            Files.write(LIST, actual, StandardCharsets.UTF_8);
            return;
        }
        List<String> expected = Files.readAllLines(LIST, StandardCharsets.UTF_8);
        Set<String> removed = new LinkedHashSet<>(expected);
        actual.forEach(removed::remove);
        Set<String> added = new LinkedHashSet<>(actual);
        expected.forEach(added::remove);
        if (!removed.isEmpty() || !added.isEmpty()) {
            List<String> report = new ArrayList<>();
            report.add("The public API differs from " + LIST.toAbsolutePath() + ".");
            removed.forEach(line -> report.add("  removed or changed (breaks users): " + line));
            added.forEach(line -> report.add("  added: " + line));
            report.add("If the change is deliberate, run: mvn -pl core -am test -Dtest=ApiSignaturesTest "
                    + "-Dsurefire.failIfNoSpecifiedTests=false "
                    + "-Dbitext.api.update=true, and commit the list (a removal needs a major version or a "
                    + "deprecation first).");
            fail(String.join("\n", report));
        }
    }

    @Test
    void listsExportedPublicMembersOnly() throws IOException {
        List<String> lines = ApiSignatures.ofCompiledCore();
        assertThat(lines).contains("dev.bitext.Aligner :: public static dev.bitext.Aligner dev.bitext.Aligner.create()");
        assertThat(lines).anyMatch(line -> line.startsWith("public final class dev.bitext.io.Ladder"));
        assertThat(lines).noneMatch(line -> line.contains("dev.bitext.align.") || line.contains("dev.bitext.internal."));
        assertThat(lines).noneMatch(line -> line.contains(" private "));
    }
}
