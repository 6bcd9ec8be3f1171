package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A recovery property: valid documents mixed with documents of random YAML fragments (brackets and braces left
 * open, quotes left unclosed, tabs, anchors and aliases, tags, block scalar indicators, stray {@code ---} and
 * {@code ...} inside a line, CRLF) all load, each at its own line and as it loads from a file of its own, and
 * each broken document is reported once. Seeded, so a failure names the seed that reproduces it.
 */
class DocumentRecoveryPropertyTest {

    private static final KargoCodec CODEC = KargoCodec.create();
    private static final int SEEDS = 2_000;
    private static final String VALID = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: valid\ndata: {k: v}\n";
    private static final String[] FRAGMENTS = {"[", "]", "{", "}", "\"", "'", ": ", ":", "- ", "-", "? ", ",", "\t",
        "  ", " ", "\n", "\n", "\n", "\r\n", "&a ", "*a", "*b ", "!!int ", "!!str ", "!e!x ", "|", ">-", "|2", "#",
        " # c", "key", "value", "kind", "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: x", "0x1G", ".inf",
        "<<: ", "--- ", "...", " ---", "\\u12", "\"\\", "x: y: z", "\n  ", "\n    - ", "%"};
    private static final String[] SEPARATORS = {"---\n", "--- ", "---\t", "...\n---\n", "---\r\n", "--- !tag\n"};

    @Test
    void randomBrokenDocumentsNeverHideValidOnes() {
        KargoResource expected = CODEC.parse(VALID).get(0).resource();
        int broken = 0;
        List<String> failures = new ArrayList<>();
        for (int seed = 0; seed < SEEDS && failures.size() < 5; seed++) {
            Random rnd = new Random(seed);
            StringBuilder text = new StringBuilder();
            List<Integer> validLines = new ArrayList<>();
            int line = 1;
            int count = 1 + rnd.nextInt(6);
            for (int i = 0; i < count; i++) {
                String part;
                if (rnd.nextInt(3) == 0) {
                    validLines.add(line + 1);
                    part = "---\n" + VALID;
                } else {
                    StringBuilder junk = new StringBuilder(SEPARATORS[rnd.nextInt(SEPARATORS.length)]);
                    int n = 1 + rnd.nextInt(25);
                    for (int f = 0; f < n; f++) {
                        String fragment = FRAGMENTS[rnd.nextInt(FRAGMENTS.length)];
                        // a % at the start of a line after ... would be a directive of the next document
                        junk.append(fragment.equals("%") && junk.charAt(junk.length() - 1) == '\n' ? " %"
                                : fragment);
                    }
                    part = junk.append('\n').toString();
                }
                text.append(part);
                line += (int) part.chars().filter(c -> c == '\n').count();
            }
            List<Manifest> manifests = new ArrayList<>();
            List<ManifestException> problems = new ArrayList<>();
            CODEC.read(new StringReader(text.toString()), "<seed " + seed + ">", manifests::add, problems::add);
            broken += problems.size();
            for (int at : validLines) {
                Manifest m = manifests.stream().filter(x -> x.location().position().line() == at).findFirst()
                        .orElse(null);
                if (m == null || !m.resource().equals(expected)
                        || m.positionOf(JsonPath.parse("metadata.name")).line() != at + 3) {
                    failures.add("seed " + seed + ": the valid document at line " + at + (m == null ? " is hidden"
                            : " reads differently") + "; problems " + problems + "\n" + text);
                    break;
                }
            }
            for (ManifestException e : problems) {
                if (e instanceof UnreadableInputException || e.position().isEmpty()) {
                    failures.add("seed " + seed + ": " + e.getMessage() + "\n" + text);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(broken > SEEDS, "most random documents are broken: " + broken);
    }
}
