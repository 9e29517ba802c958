package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script (src/main/launcher/bitext, copied to target/ by the build) run as a process: it finds
 * the jar beside itself from any directory and through a symbolic link, passes every argument (spaces
 * included) and the exit code through, and runs quietly without its class-data archive. The jar beside it
 * here is a small one whose manifest points at the test's class path, so that the test needs no package
 * step. Skipped where there is no POSIX shell.
 */
class LauncherTest {
    private static final Path SCRIPT = Path.of("src", "main", "launcher", "bitext");

    @TempDir
    Path dir;

    private Path launcher;

    @BeforeEach
    void install() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell");
        Path bin = Files.createDirectories(dir.resolve("install dir"));
        launcher = bin.resolve("bitext");
        Files.copy(SCRIPT, launcher);
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        writeJar(bin.resolve("bitext.jar"));
    }

    /** A jar without classes that runs {@link Main} from the test's class path. */
    private static void writeJar(Path jar) throws IOException {
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
    }

    /** Runs {@code command} in {@code cwd} with the JDK of this test; stdout and stderr are kept. */
    private Cli.Result run(Path cwd, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("BITEXT_JAVA_OPTS");
        Cli.Result r = Subprocess.await(builder.start(), err);
        return new Cli.Result(r.exit(), Files.readString(out, StandardCharsets.UTF_8), r.err());
    }

    @Test
    void passesArgumentsWithSpacesAndRunsFromAnyDirectory() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("my texts"));
        Files.writeString(texts.resolve("zh one.txt"), "我们明天去北京。\n他很高兴。\n", StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("en one.txt"), "We go to Beijing tomorrow.\nHe is happy.\n",
                StandardCharsets.UTF_8);
        Cli.Result r = run(texts, launcher.toString(), "align", "--presegmented", "--format", "ladder",
                "--source-lang", "zh", "--target-lang", "en", "-o", "out file.ladder", "zh one.txt", "en one.txt");
        assertThat(r.exit()).as("stderr: %s", r.err()).isZero();
        assertThat(r.err()).as("nothing about the missing archive").isEmpty();
        assertThat(Files.readString(texts.resolve("out file.ladder"), StandardCharsets.UTF_8))
                .isEqualTo("[0]:[0]\n[1]:[1]\n");
    }

    @Test
    void passesTheExitCodeThrough() throws Exception {
        run(dir, launcher.toString(), "align", "no such file.txt").failsWithOneLine(1);
        run(dir, launcher.toString(), "--no-such-option").failsWithOneLine(2);
    }

    @Test
    void findsTheJarThroughASymbolicLink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("bitext-link"), launcher);
        Cli.Result r = run(dir, link.toString(), "--version");
        assertThat(r.exit()).as("stderr: %s", r.err()).isZero();
        assertThat(r.out()).startsWith("bitext ");
    }

    @Test
    void theBuiltLauncherUsesItsArchiveQuietlyWhenThePackageStepHasRun() throws Exception {
        Path built = Path.of("target", "bitext");
        assumeTrue(Files.isExecutable(built) && Files.exists(Path.of("target", "bitext.jar")), "not packaged");
        Cli.Result r = run(dir, built.toAbsolutePath().toString(), "--version");
        assertThat(r.exit()).as("stderr: %s", r.err()).isZero();
        assertThat(r.out()).startsWith("bitext ");
        assertThat(r.err()).isEmpty();
    }
}
