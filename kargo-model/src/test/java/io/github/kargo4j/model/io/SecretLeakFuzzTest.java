package io.github.kargo4j.model.io;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kargo4j.model.KargoResource;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Fuzz test of the no-secret rule: a marker token is planted at fuzzed places of fuzzed input, which is read as YAML
 * and as JSON; no message, cause, stack trace or {@code toString()} may show any piece of it (see
 * {@link SecretLeakTest}). Only the identity of a resource (apiVersion, kind, namespace, name) may be shown, so a
 * document whose identity holds the marker is not checked for {@code toString()}; and outside Secrets keys are names
 * that a path may show, so the path is checked only when every kind in the input is Secret (or there is none).
 * {@link SecretLeakTest} checks paths through Lists of Secrets.
 *
 * <p>In a normal build this runs on the seed inputs under
 * {@code src/test/resources/io/github/kargo4j/model/io/SecretLeakFuzzTestInputs}; run with {@code JAZZER_FUZZ=1} to
 * fuzz.
 */
class SecretLeakFuzzTest {

    private static final KargoCodec CODEC = KargoCodec.builder()
            .limits(ReadLimits.defaults().withMaxDocumentChars(1 << 16).withMaxNodes(10_000)).build();

    @FuzzTest(maxDuration = "30s")
    void noSecretInAnyMessage(FuzzedDataProvider data) {
        int plants = data.consumeInt(1, 4);
        int[] at = new int[plants];
        for (int i = 0; i < plants; i++) {
            at[i] = data.consumeInt(0, 1 << 20);
        }
        StringBuilder sb = new StringBuilder(data.consumeRemainingAsString());
        for (int p : at) {
            sb.insert(p % (sb.length() + 1), SecretLeakTest.MARKER);
        }
        String input = sb.toString();
        // every kind is Secret, or there is no kind at all (then the reader treats the document as a Secret)
        boolean secret = KIND.matcher(input).results().count() == SECRET_KIND.matcher(input).results().count();
        try {
            new JsonTreeReader(CODEC.limits(), "<fuzz>.json").read(new StringReader(input));
        } catch (ManifestException e) {
            check(e, secret);
        }
        try {
            List<Manifest> manifests = CODEC.parse(input, "<fuzz>");
            for (Manifest m : manifests) {
                if (!identityHoldsTheMarker(m.resource())) {
                    SecretLeakTest.assertClean(m);
                }
            }
        } catch (ManifestException e) {
            check(e, secret);
        }
    }

    /** Any kind, and a kind that is exactly Secret: the keys of other kinds are names that a path may show. */
    private static final Pattern KIND = Pattern.compile("kind");
    private static final Pattern SECRET_KIND = Pattern.compile(
            "kind[\"']?[ \t]*:[ \t]*[\"']?Secret[\"']?[ \t]*(?:[,}\r\n]|$)");

    private static void check(ManifestException e, boolean secret) {
        if (secret) {
            SecretLeakTest.assertClean(e);
            SecretLeakTest.assertClean("ReadResult.toString()", new ReadResult(List.of(), List.of(e)).toString());
            return;
        }
        // the path may show a key of a Stage or ConfigMap: check everything else
        ManifestException withoutPath = e.toBuilder().path(Optional.empty()).build();
        withoutPath.setStackTrace(e.getStackTrace());
        SecretLeakTest.assertClean(withoutPath);
        assertNull(e.getCause(), "a cause");
        assertEquals(0, e.getSuppressed().length, "suppressed exceptions");
    }

    private static boolean identityHoldsTheMarker(KargoResource r) {
        String id = r.apiVersion() + " " + r.ref();
        return id.contains("ghp_") || id.contains("SECRET") || id.contains("q7Zx9Wv3");
    }
}
