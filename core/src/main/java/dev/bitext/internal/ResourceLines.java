package dev.bitext.internal;

import dev.bitext.BitextException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Reads the data files shipped in the bitext jar, line by line. Stateless. */
public final class ResourceLines {
    private ResourceLines() {
    }

    /**
     * Hands every line of the UTF-8 resource {@code name} (found beside {@code owner}) to {@code line}, in
     * order, except blank lines and lines starting with {@code #}.
     *
     * @throws BitextException naming the resource when it is missing from the jar or cannot be read
     */
    public static void forEach(Class<?> owner, String name, Consumer<String> line) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new BitextException(name + ": missing from the bitext jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    line.accept(l);
                }
            }
        } catch (IOException e) {
            throw new BitextException(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
