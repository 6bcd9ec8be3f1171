package io.github.kargo4j.model.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input ends in a clear ManifestException, never OutOfMemoryError or StackOverflowError. The timeouts are
 * guards against hanging, not performance claims.
 */
class LimitsTest {

    private static final Duration GUARD = Duration.ofSeconds(30);

    private static ManifestException fails(KargoCodec codec, String text) {
        return assertTimeoutPreemptively(GUARD, () -> assertThrows(ManifestException.class, () -> codec.parse(text)));
    }

    /** A billion-laughs bomb built from 1,000 aliases: 100 levels, each holding 10 aliases of the level before. */
    static String aliasBomb() {
        StringBuilder sb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n");
        sb.append("  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 100; i++) {
            sb.append("  l").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                sb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            sb.append("]\n");
        }
        return sb.toString();
    }

    @Test
    void aliasBombIsRefusedByTheNodeLimit() {
        ManifestException e = fails(KargoCodec.create(), aliasBomb());
        assertTrue(e.getMessage().contains("values once YAML aliases are expanded (an alias bomb?)"), e.getMessage());
        assertTrue(e.getMessage().contains("ReadLimits.maxNodes"), e.getMessage());
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder sb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\na: &a x\nb:\n");
        for (int i = 0; i < 1_001; i++) {
            sb.append("  - *a\n");
        }
        ManifestException e = fails(KargoCodec.create(), sb.toString());
        assertTrue(e.getMessage().contains("more than 1000 YAML aliases in one document"), e.getMessage());
        assertTrue(e.getMessage().startsWith("<string>:1006:5: b[1000]: "), e.getMessage());
    }

    @Test
    void deepFlowNestingIsRefused() {
        String deep = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: " + "[".repeat(10_000)
                + "]".repeat(10_000) + "\n";
        ManifestException e = fails(KargoCodec.create(), deep);
        assertTrue(e.getMessage().contains("nesting deeper than 256 levels"), e.getMessage());
        assertTrue(e.position().orElseThrow().line() == 4, e.getMessage());
    }

    @Test
    void deepBlockNestingIsRefused() {
        StringBuilder sb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append("- ");
        }
        sb.append("x\n");
        ManifestException e = fails(KargoCodec.create(), sb.toString());
        assertTrue(e.getMessage().contains("nesting deeper than"), e.getMessage());
    }

    @TempDir
    Path dir;

    @Test
    void deepJsonNestingIsRefused() throws IOException {
        Path f = dir.resolve("deep.json");
        Files.writeString(f, "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"data\":" + "[".repeat(10_000)
                + "]".repeat(10_000) + "}");
        ManifestException e = assertTimeoutPreemptively(GUARD,
                () -> assertThrows(ManifestException.class, () -> KargoCodec.create().read(f)));
        assertTrue(e.getMessage().contains("...(244 levels deeper): nesting deeper than 256 levels"), e.getMessage());
        assertTrue(e.getMessage().startsWith(f + ":1:"), e.getMessage());
    }

    @Test
    void hugeMultiLineScalarIsRefusedByTheDocumentLimit() {
        String line = "    " + "x".repeat(1_000) + "\n";
        String huge = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  big: |\n"
                + line.repeat(52_000);
        ManifestException e = fails(KargoCodec.create(), huge);
        assertTrue(e.getMessage().contains("document longer than the limit of 3145728 characters (the Kubernetes API"
                + " server refuses requests over 3 MiB, and etcd stores objects of at most about 1.5 MiB: split it)"),
                e.getMessage());
        assertTrue(e.getMessage().startsWith("<string>:3136:"), e.getMessage());
    }

    @Test
    void hugeSingleLineScalarIsRefusedByTheScalarLimit() {
        KargoCodec codec = KargoCodec.builder()
                .limits(ReadLimits.defaults().withMaxDocumentChars(8 << 20)).build();
        String huge = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  big: " + "x".repeat(6 << 20)
                + "\n";
        ManifestException e = fails(codec, huge);
        assertEquals("<string>:5:8: data.big: a value of 6291456 characters is longer than the limit of 1048576;"
                + " raise ReadLimits.maxScalarChars if this is intended", e.getMessage());
    }

    @Test
    void hugeJsonStringIsRefused() throws IOException {
        Path f = dir.resolve("big.json");
        Files.writeString(f, "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"data\":{\"big\":\"" + "x".repeat(50 << 20)
                + "\"}}");
        ManifestException e = assertTimeoutPreemptively(GUARD,
                () -> assertThrows(ManifestException.class, () -> KargoCodec.create().read(f)));
        assertTrue(e.getMessage().contains("data.big: a value longer than the limit of 1048576 characters"),
                e.getMessage());
    }

    @Test
    void theDocumentLimitCountsEachDocumentOfAStream() {
        KargoCodec codec = KargoCodec.builder().limits(ReadLimits.defaults().withMaxDocumentChars(2_000)).build();
        String doc = "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  v: " + "y".repeat(1_500)
                + "\n";
        assertTrue(codec.parse(doc.repeat(50)).size() == 50);
        ManifestException e = fails(codec, doc.repeat(3) + doc.replace("y".repeat(1_500), "y".repeat(2_500)));
        assertTrue(e.getMessage().startsWith("<string>:24:"), e.getMessage());
        assertTrue(e.getMessage().contains(": document longer than the limit of 2000 characters; raise"
                + " ReadLimits.maxDocumentChars"), e.getMessage());
    }

    @Test
    void limitsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxDepth(0));
    }

    @Test
    void legitimateAnchorsStillWork() {
        String doc = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\nbase: &b {a: 1}\nuse:\n  <<: *b\n  c: 2\n";
        java.util.List<Manifest> m = KargoCodec.create().parse(doc);
        assertTrue(m.get(0).tree().get("use").orElseThrow().asObject().containsKey("a"));
    }
}
