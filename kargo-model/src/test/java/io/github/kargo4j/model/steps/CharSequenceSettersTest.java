package io.github.kargo4j.model.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every string property of a step configuration (Kargo evaluates each as a template, so users set them to
 * expressions) has a builder setter that takes a {@link CharSequence}, so an expression object needs no
 * {@code toString()}. Properties that hold a bare expr-lang expression, without delimiters, are left out on purpose:
 * an expression object there would be written in the wrong (delimited) form.
 */
class CharSequenceSettersTest {

    private static final Set<String> BARE = Set.of("successExpression", "failureExpression", "errorExpression",
            "fromExpression");

    @Test
    void everyStringPropertyOfAStepConfigTakesACharSequence() throws Exception {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Class<?> value : immutableTypes()) {
            Class<?> builder = Class.forName(value.getName() + "$Builder");
            for (Method accessor : value.getMethods()) {
                if (accessor.getParameterCount() != 0 || Modifier.isStatic(accessor.getModifiers())
                        || BARE.contains(accessor.getName()) || !isStringProperty(accessor)
                        || !hasMethod(builder, accessor.getName(), String.class)) {
                    continue;
                }
                checked++;
                if (!hasMethod(builder, accessor.getName(), CharSequence.class)) {
                    missing.add(value.getSimpleName() + "." + accessor.getName());
                }
            }
        }
        assertTrue(checked > 100, "found only " + checked + " string properties; the scan is broken");
        assertEquals(List.of(), missing, "string properties without a CharSequence setter");
    }

    @Test
    void aCharSequenceIsWrittenAsItsText() {
        CharSequence expression = new StringBuilder("${{ vars.repo }}");
        GitCloneConfig c = GitCloneConfig.builder().repoURL(expression)
                .addCheckout(co -> co.branch(new StringBuilder("main")).path("./out")).build();
        assertEquals("${{ vars.repo }}", c.repoURL());
        assertEquals(Optional.of("main"), c.checkout().get(0).branch());
    }

    private static boolean isStringProperty(Method accessor) {
        if (accessor.getReturnType() == String.class) {
            return true;
        }
        return accessor.getReturnType() == Optional.class
                && accessor.getGenericReturnType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class;
    }

    private static boolean hasMethod(Class<?> type, String name, Class<?> parameter) {
        try {
            type.getMethod(name, parameter);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The generated immutable types of this package: those with an {@code Abstract*} parent here. */
    private static List<Class<?>> immutableTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(StepConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(StepConfig.class.getPackageName().replace('.', '/'));
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (!file.endsWith(".class") || file.contains("$") || file.startsWith("Abstract")) {
                    continue;
                }
                Class<?> c = Class.forName(StepConfig.class.getPackageName() + "." + file.replace(".class", ""));
                if (c.getSuperclass() != null && c.getSuperclass().getSimpleName().equals("Abstract" + c.getSimpleName())) {
                    types.add(c);
                }
            }
        }
        return types;
    }
}
