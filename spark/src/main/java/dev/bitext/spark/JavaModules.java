package dev.bitext.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Spark wants some of the JDK's packages opened on Java 17 ({@code spark-submit} passes the flags itself; without
 * them Spark 4 still runs with its default serializer, but Kryo and some data types fail). When the job is
 * started with a plain {@code java -cp ...} they are missing: the job then runs itself again in a child JVM
 * with Spark's own list of flags added (same Java, class path, system properties given with {@code -D} and
 * arguments), its standard streams inherited and its exit code passed on; the child is stopped if this JVM is, and ends by
 * itself if this JVM is killed.
 * Stateless.
 */
final class JavaModules {
    /** The flags Spark's own launcher adds for this Spark version (and spark-submit passes). */
    static List<String> flags() {
        return List.of(org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptionArray());
    }

    /** Set in the child, so that it never starts another. */
    private static final String RELAUNCHED = "bitext.spark.relaunched";

    private JavaModules() {
    }

    /** {@return whether this JVM has the packages Spark needs opened} */
    static boolean open() {
        return Object.class.getModule().isOpen("sun.nio.ch", JavaModules.class.getModule())
                && Object.class.getModule().isOpen("java.nio", JavaModules.class.getModule());
    }

    /**
     * Runs {@code mainClass} with {@code args} in a child JVM with the flags, unless this JVM has them.
     *
     * @return the child's exit code, or empty when this JVM can run Spark itself
     */
    static Optional<Integer> relaunchIfNeeded(Class<?> mainClass, String[] args) throws IOException, InterruptedException {
        String parent = System.getProperty(RELAUNCHED);
        if (parent != null) {
            exitWithParent(parent);
            return Optional.empty();
        }
        if (open()) {
            return Optional.empty();
        }
        String java = ProcessHandle.current().info().command().orElse(
                System.getProperty("java.home") + "/bin/java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(flags());
        command.addAll(inputArguments());
        command.add("-D" + RELAUNCHED + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread stop = new Thread(child::destroy, "bitext-stop-child");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return Optional.of(child.waitFor());
        } finally {
            if (!child.isAlive()) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway and finds the child gone
                }
            }
        }
    }

    /** In the child: ends this JVM when the parent ends without stopping it (killed outright). */
    private static void exitWithParent(String pid) {
        try {
            ProcessHandle.of(Long.parseLong(pid)).ifPresentOrElse(
                    p -> p.onExit().thenRun(() -> System.exit(143)),
                    () -> System.exit(143));
        } catch (NumberFormatException e) {
            // not started by relaunchIfNeeded: nothing to watch
        }
    }

    /** This JVM's own options (heap size, -D properties ...), passed on to the child. */
    private static List<String> inputArguments() {
        List<String> out = new ArrayList<>();
        for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-agentlib") && !a.startsWith("-javaagent")) {
                out.add(a);
            }
        }
        return out;
    }
}
