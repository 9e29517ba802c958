package dev.bitext.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code --version} from the version recorded at build time. Stateless and thread-safe. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"bitext " + version()};
    }

    /** The project version, or {@code unknown} when the build did not record it. */
    static String version() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
