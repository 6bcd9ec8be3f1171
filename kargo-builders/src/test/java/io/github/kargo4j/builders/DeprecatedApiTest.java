package io.github.kargo4j.builders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kargo4j.builders.expr.Expr;
import io.github.kargo4j.model.KargoStyle;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The methods of kargo-model and kargo-builders for fields Kargo deprecated: each is {@code @Deprecated} with
 * {@code since} naming the Kargo version, its Javadoc says {@code @deprecated since Kargo vX.Y} and what to do
 * instead, and the setters Immutables generates for a deprecated property are deprecated too.
 */
class DeprecatedApiTest {

    private static final Pattern SINCE = Pattern.compile("Kargo v\\d+\\.\\d+");
    /** {@code @deprecated since Kargo vX.Y ...: use ...} or {@code ...: remove it}. */
    private static final Pattern JAVADOC = Pattern.compile(
            "@deprecated since Kargo v\\d+\\.\\d+[^:]*:\\s+(use|remove)\\b");
    private static final Pattern ANNOTATED = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*@Deprecated\\(since = \"([^\"]*)\"\\)\\s*public\\s[^;{]*?(\\w+)\\([^()]*\\)\\s*[;{]",
            Pattern.DOTALL);

    /** Every deprecated method written by hand, by source file: its name and the Kargo version. */
    @Test
    void theDeprecatedMethodsAreTheseAndEachNamesAVersionAndWhatToDoInstead() throws IOException {
        Map<String, String> found = new TreeMap<>();
        int bare = 0;
        for (Path root : List.of(Path.of("../kargo-model/src/main/java"), Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String src = Files.readString(f);
                    bare += count(src, "@Deprecated\n") + count(src, "@Deprecated ");
                    Matcher m = ANNOTATED.matcher(src);
                    while (m.find()) {
                        String where = f.getFileName().toString().replace(".java", "") + "." + m.group(3);
                        assertTrue(SINCE.matcher(m.group(2)).matches(), where + ": since = " + m.group(2));
                        String doc = m.group(1).replaceAll("\\s*\\n\\s*\\*", " ");
                        assertTrue(JAVADOC.matcher(doc).find(), where + ": Javadoc without '@deprecated since Kargo"
                                + " vX.Y ...: use ...': " + doc);
                        found.merge(where, m.group(2), (a, b) -> a.equals(b) ? a : a + "," + b);
                    }
                }
            }
        }
        assertEquals(0, bare, "@Deprecated without since = \"Kargo vX.Y\"");
        assertEquals(Map.of(
                "AbstractPromotionPolicy.stage", "Kargo v1.5",
                "AbstractImageSubscription.allowTags", "Kargo v1.9",
                "AbstractImageSubscription.ignoreTags", "Kargo v1.9",
                "AbstractGitSubscription.allowTags", "Kargo v1.9",
                "AbstractGitSubscription.ignoreTags", "Kargo v1.9",
                "AbstractGitCommitConfig.author", "Kargo v1.10",
                "AbstractGitOpenPrConfig.createTargetBranch", "Kargo v1.10",
                "GitCredentials.sshPrivateKey", "Kargo v1.10"), found);
    }

    /** Users of the generated accessors and builder setters of a deprecated property see the deprecation too. */
    @Test
    void generatedSettersOfDeprecatedPropertiesAreDeprecated() throws Exception {
        List<String> notDeprecated = new ArrayList<>();
        int checked = 0;
        for (Class<?> c : classes(KargoStyle.class, Expr.class)) {
            if (!c.getSimpleName().startsWith("Abstract") || c.getEnclosingClass() != null) {
                continue;
            }
            for (Method attr : c.getDeclaredMethods()) {
                if (!attr.isAnnotationPresent(Deprecated.class) || attr.getParameterCount() != 0) {
                    continue;
                }
                Class<?> value = Class.forName(c.getPackageName() + "." + c.getSimpleName().substring(8));
                for (Class<?> generated : List.of(value, Class.forName(value.getName() + "$Builder"))) {
                    for (Method m : generated.getMethods()) {
                        if (m.getName().equals(attr.getName()) && !Modifier.isStatic(m.getModifiers())) {
                            checked++;
                            if (!m.isAnnotationPresent(Deprecated.class)) {
                                notDeprecated.add(generated.getSimpleName() + "." + m.getName()
                                        + List.of(m.getParameterTypes()));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked >= 14, "found only " + checked + " generated methods; the scan is broken");
        assertEquals(List.of(), notDeprecated);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<Class<?>> classes(Class<?>... anchors) throws Exception {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> anchor : anchors) {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/classes in a test run, the module's jar in the verify phase
            try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
                Path root = jar == null ? location : jar.getPath("/");
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                        String name = root.relativize(f).toString().replace('/', '.').replace(".class", "");
                        if (!name.endsWith("package-info") && !name.endsWith("module-info")) {
                            out.add(Class.forName(name, false, anchor.getClassLoader()));
                        }
                    }
                }
            }
        }
        return out;
    }
}
