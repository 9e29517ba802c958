package dev.bitext.anchor;

import dev.bitext.internal.ResourceLines;
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
        ResourceLines.forEach(EnglishIrregulars.class, "english-irregular.txt", line -> {
            int colon = line.indexOf(':');
            if (colon < 0) {
                return;
            }
            String base = line.substring(0, colon).trim();
            for (String form : line.substring(colon + 1).trim().split("\\s+")) {
                if (!form.isEmpty()) {
                    map.putIfAbsent(form, base);
                }
            }
        });
        return Map.copyOf(map);
    }
}
