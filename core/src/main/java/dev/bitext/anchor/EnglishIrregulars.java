package dev.bitext.anchor;

import dev.bitext.BitextException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The irregular English forms, read once from the resource {@code english-irregular.txt}: lines
 * {@code base: form form ...}. Immutable after class initialisation.
 */
final class EnglishIrregulars {
    static final Map<String, String> TABLE = load();

    private EnglishIrregulars() {
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = EnglishIrregulars.class.getResourceAsStream("english-irregular.txt")) {
            if (in == null) {
                throw new BitextException("english-irregular.txt: missing from the bitext jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String base = line.substring(0, colon).trim();
                for (String form : line.substring(colon + 1).trim().split("\\s+")) {
                    if (!form.isEmpty()) {
                        map.putIfAbsent(form, base);
                    }
                }
            }
        } catch (IOException e) {
            throw new BitextException("english-irregular.txt: cannot read: " + e.getMessage(), e);
        }
        return Map.copyOf(map);
    }
}
