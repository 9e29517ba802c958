package dev.bitext.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Takes every {@code ```java} block of the project's README, wraps it in the {@code main} method of a class in
 * a module of its own that says {@code requires dev.bitext;}, compiles it against bitext-core and its runtime
 * dependencies on the module path (as a consumer project would), and runs it in a separate JVM in a folder
 * holding the files the examples read ({@code article.txt}, a bilingual seed article; {@code en.txt} and
 * {@code zh.txt}). Fails when the README's
 * code no longer compiles, no longer runs, or writes nothing.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SEED = Path.of("..", "seeds", "002_d7e8be9bf3798988.txt");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final String IMPORTS = """
            import dev.bitext.*;
            import dev.bitext.anchor.*;
            import dev.bitext.eval.*;
            import dev.bitext.io.*;
            import dev.bitext.segment.*;
            import dev.bitext.tm.*;
            import java.io.*;
            import java.nio.file.*;
            import java.time.*;
            import java.util.*;
            """;
    /** The variables the examples take as given. */
    private static final String GIVEN = """
                    String english = "The river rose by 3 metres in 2021. Chen Qingyang left Beijing.";
                    String chinese = "2021年，河水上涨了3米。陈清扬离开了北京。";
                    List<Path> files = List.of(Path.of("article.txt"));
            """;

    @TempDir
    Path work;

    @Test
    void everyJavaBlockOfTheReadmeCompilesAsAModuleAndRuns() throws Exception {
        List<String> blocks = javaBlocks(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(blocks).as("```java blocks in the README").hasSizeGreaterThanOrEqualTo(2);
        Path sources = Files.createDirectories(work.resolve("src/example"));
        Files.writeString(work.resolve("src/module-info.java"), "module readme.example { requires dev.bitext; }\n");
        List<String> files = new ArrayList<>(List.of(work.resolve("src/module-info.java").toString()));
        for (int k = 0; k < blocks.size(); k++) {
            Path source = sources.resolve("Example" + k + ".java");
            Files.writeString(source, "package example;\n" + IMPORTS + "public class Example" + k + " {\n"
                    + "    public static void main(String[] args) throws Exception {\n" + GIVEN + blocks.get(k)
                    + "    }\n}\n");
            files.add(source.toString());
        }
        String modulePath = Files.readString(Path.of("target", "runtime-module-path.txt")).strip();
        Path classes = work.resolve("classes");
        compile(modulePath, classes, files);

        Path run = Files.createDirectories(work.resolve("run"));
        Files.copy(SEED, run.resolve("article.txt"));
        Files.writeString(run.resolve("en.txt"), "The river rose by 3 metres in 2021. Chen Qingyang left Beijing.\n");
        Files.writeString(run.resolve("zh.txt"), "2021年，河水上涨了3米。陈清扬离开了北京。\n");
        for (int k = 0; k < blocks.size(); k++) {
            Process p = new ProcessBuilder(javaCommand(), "--module-path", classes + java.io.File.pathSeparator
                    + modulePath, "-m", "readme.example/example.Example" + k)
                    .directory(run.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("example %d finished", k).isTrue();
            assertThat(p.exitValue()).as("example %d exit code; output:%n%s", k, output).isZero();
        }
        assertThat(Files.readString(run.resolve("out.tmx"))).contains("<tu").contains("xml:lang=\"zh-TW\"");
        assertThat(Files.readString(run.resolve("out.tsv"))).contains("\t");
        assertThat(Files.readString(run.resolve("memory.tmx"))).contains("<tu").contains("x-confidence");
        assertThat(Files.readString(run.resolve("review.html"))).contains("<html");
    }

    private static List<String> javaBlocks(String readme) {
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(readme);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static void compile(String modulePath, Path classes, List<String> files) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("--module-path", modulePath, "-d", classes.toString(),
                "-Xlint:deprecation", "-Werror"));
        args.addAll(files);
        java.io.ByteArrayOutputStream messages = new java.io.ByteArrayOutputStream();
        int exit = javac.run(null, messages, messages, args.toArray(String[]::new));
        assertThat(exit).as("javac on the README's examples:%n%s", messages.toString(StandardCharsets.UTF_8))
                .isZero();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
