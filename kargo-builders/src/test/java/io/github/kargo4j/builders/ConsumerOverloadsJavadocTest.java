package io.github.kargo4j.builders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public builder method of kargo-model and kargo-builders that takes a {@code Consumer} of a nested builder has
 * its own Javadoc, with an {@code @param} for the consumer, so the overload is documented where users find it.
 */
class ConsumerOverloadsJavadocTest {

    private static final Pattern CONSUMER_METHOD = Pattern.compile("^\\s*public [^=;]*\\w+\\([^)]*Consumer<");

    @Test
    void everyConsumerOverloadHasJavadocWithAParam() throws IOException {
        List<String> undocumented = new ArrayList<>();
        int checked = 0;
        for (Path root : List.of(Path.of("../kargo-model/src/main/java"), Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (!CONSUMER_METHOD.matcher(lines.get(i)).find()) {
                            continue;
                        }
                        checked++;
                        int j = i - 1;
                        while (j >= 0 && lines.get(j).strip().startsWith("@")) {
                            j--;
                        }
                        StringBuilder doc = new StringBuilder();
                        if (j >= 0 && lines.get(j).strip().endsWith("*/")) {
                            for (int k = j; k >= 0; k--) {
                                doc.insert(0, lines.get(k) + "\n");
                                if (lines.get(k).strip().startsWith("/**")) {
                                    break;
                                }
                            }
                        }
                        if (!doc.toString().contains("@param")) {
                            undocumented.add(f.getFileName() + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, "found only " + checked + " Consumer overloads; the scan is broken");
        assertEquals(List.of(), undocumented);
    }
}
