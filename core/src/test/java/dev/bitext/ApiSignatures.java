package dev.bitext;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public API of bitext-core as sorted text lines: every public type of an exported package (nested public
 * types included) with its supertypes, and its public and protected constructors, methods and fields, in
 * {@code toGenericString()} form. Read from the compiled classes and {@code module-info.class}. Stateless.
 */
final class ApiSignatures {
    private ApiSignatures() {
    }

    /** The API lines of the classes compiled into the folder that holds {@link Aligner}. */
    static List<String> ofCompiledCore() throws IOException {
        Path classes = classesFolder();
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        TreeSet<String> lines = new TreeSet<>();
        for (ModuleDescriptor.Exports export : module.exports()) {
            if (!export.isQualified()) {
                for (Class<?> type : publicTypes(classes, export.source())) {
                    describe(type, lines);
                }
            }
        }
        return List.copyOf(lines);
    }

    private static Path classesFolder() {
        try {
            return Path.of(Aligner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> publicTypes(Path classes, String packageName) throws IOException {
        Path folder = classes.resolve(packageName.replace('.', '/'));
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String simple = file.getFileName().toString().replace(".class", "");
                if (simple.equals("package-info")) {
                    continue;
                }
                Class<?> type = load(packageName + "." + simple);
                if (isVisible(type)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiSignatures.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Public, and so is every type it is nested in; neither anonymous nor local. */
    private static boolean isVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static void describe(Class<?> type, TreeSet<String> lines) {
        StringBuilder head = new StringBuilder(type.toGenericString());
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class) {
            head.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        for (var face : type.getGenericInterfaces()) {
            head.append(" implements ").append(face.getTypeName());
        }
        lines.add(head.toString());
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            add(type, c, c.toGenericString(), lines);
        }
        for (Method m : type.getDeclaredMethods()) {
            if (!m.isBridge()) {
                add(type, m, m.toGenericString(), lines);
            }
        }
        for (Field f : type.getDeclaredFields()) {
            add(type, f, f.toGenericString(), lines);
        }
    }

    private static void add(Class<?> type, Member member, String signature, TreeSet<String> lines) {
        int modifiers = member.getModifiers();
        boolean open = !Modifier.isFinal(type.getModifiers()) && Modifier.isProtected(modifiers);
        if (!member.isSynthetic() && (Modifier.isPublic(modifiers) || open)) {
            lines.add(type.getName() + " :: " + signature);
        }
    }
}
