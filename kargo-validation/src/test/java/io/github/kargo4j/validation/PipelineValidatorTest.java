package io.github.kargo4j.validation;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ReadLimits;
import io.github.kargo4j.model.io.ReadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineValidatorTest {

    @Test
    void aResourceOfAnUntypedKindWithNullMetadataIsValidatedWithoutIt() {
        Report r = Validate.yaml("""
                apiVersion: example.com/v1
                kind: Gadget
                metadata:
                spec: {}
                """);
        assertEquals(1, r.resourceCount());
        assertTrue(r.findings().stream().noneMatch(f -> f.code().equals("KR002")), r.toString());
    }

    @Test
    void aCheckThatThrowsBecomesKR002AndTheOthersStillRun() {
        Check broken = new Check() {
            @Override
            public List<Rule> rules() {
                return List.of();
            }

            @Override
            public void run(ValidationContext context) {
                throw new IllegalStateException("bug");
            }
        };
        Report r = Validate.yaml(PipelineValidator.builder().addCheck(broken).build(), """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: App, namespace: demo}
                spec:
                  subscriptions:
                    - image: {repoURL: ghcr.io/example/app}
                """);
        assertEquals(List.of("KA036", "KR002"), r.findings().stream().map(Finding::code).sorted().toList(),
                r.toString());
        Finding kr002 = r.withCodes("KR002").findings().get(0);
        assertEquals(Severity.WARNING, kr002.severity());
        assertTrue(kr002.message().contains("failed: IllegalStateException"), kr002.message());
    }

    private static final String WAREHOUSE = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Warehouse
            metadata: {name: app, namespace: demo}
            spec:
              subscriptions:
                - image: {repoURL: ghcr.io/example/app}
            """;

    private static final String STAGES = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Stage
            metadata: {name: test, namespace: demo}
            spec:
              requestedFreight:
                - origin: {kind: Warehouse, name: missing}
                  sources: {direct: true}
            ---
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Stage
            metadata: {name: prod, namespace: demo}
            spec:
              requestedFreight:
                - origin: {kind: Warehouse, name: app}
                  sources: {stages: [test]}
            """;

    /** Files in read order: a.yaml (1 document), broken.yaml (0), c.json (1), sub/b.yml (2); notes.txt is skipped. */
    private static Path pipeline(Path dir) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), WAREHOUSE);
        Files.writeString(dir.resolve("broken.yaml"), "key: [unclosed\n");
        Files.writeString(dir.resolve("c.json"), """
                {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "demo"}}
                """);
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.yml"), STAGES);
        Files.writeString(dir.resolve("notes.txt"), "not a manifest");
        return dir;
    }

    private static List<String> codes(Report r) {
        return r.findings().stream().map(Finding::code).sorted().toList();
    }

    /** Records what a run saw: whether the set was complete, and how many resources. */
    private static final class Recorder implements Check {
        final List<String> runs = new ArrayList<>();

        @Override
        public List<Rule> rules() {
            return List.of();
        }

        @Override
        public void run(ValidationContext context) {
            runs.add(context.complete() + "/" + context.entries().size());
        }
    }

    @Test
    void validateOfACollectionEqualsValidateOfPaths(@TempDir Path dir) throws IOException {
        pipeline(dir);
        PipelineValidator v = PipelineValidator.create();
        Report ofArray = v.validate(dir.resolve("a.yaml"), dir.resolve("sub"), dir.resolve("broken.yaml"));
        Report ofList = v.validate(List.of(dir.resolve("a.yaml"), dir.resolve("sub"), dir.resolve("broken.yaml")));
        assertEquals(ofArray.findings(), ofList.findings());
        assertEquals(3, ofList.resourceCount());
        assertTrue(codes(ofList).contains("KR001"), ofList.toString());
        assertEquals(v.validate(KargoCodec.create().readAll(dir)).findings(), v.validate(List.of(dir)).findings());
    }

    @Test
    void theProgressListenerHearsOfEachFileInOrder(@TempDir Path dir) throws IOException {
        pipeline(dir);
        List<String> calls = new ArrayList<>();
        PipelineValidator v = PipelineValidator.builder()
                .progress((done, total, documents) -> calls.add(done + "/" + total + ":" + documents))
                .build();
        Report withListener = v.validate(List.of(dir));
        assertEquals(List.of("1/4:1", "2/4:1", "3/4:2", "4/4:4"), calls);
        assertEquals(PipelineValidator.create().validate(dir).findings(), withListener.findings());
        calls.clear();
        v.validate(List.of(dir.resolve("c.json"), dir.resolve("sub/b.yml")));
        assertEquals(List.of("1/2:1", "2/2:3"), calls);
        calls.clear();
        v.validate(List.of());
        assertEquals(List.of(), calls);
        assertThrows(NullPointerException.class, () -> PipelineValidator.builder().progress(null));
    }

    @Test
    void toBuilderKeepsEverySettingAndIsIndependent(@TempDir Path dir) throws IOException {
        pipeline(dir);
        Recorder recorder = new Recorder();
        List<Integer> files = new ArrayList<>();
        KargoCodec small = KargoCodec.builder().limits(ReadLimits.defaults().withMaxDocumentChars(120)).build();
        PipelineValidator original = PipelineValidator.builder()
                .complete(true)
                .suppress("KA036")
                .addCheck(recorder)
                .codec(small)
                .progress((done, total, documents) -> files.add(done))
                .build();
        Report first = original.validate(dir);
        PipelineValidator copy = original.toBuilder().build();
        Report second = copy.validate(dir);
        assertEquals(first.findings(), second.findings());
        assertEquals(first.resourceCount(), second.resourceCount());
        assertEquals(List.of(1, 2, 3, 4, 1, 2, 3, 4), files);
        assertEquals(List.of("true/" + first.resourceCount(), "true/" + first.resourceCount()), recorder.runs);
        assertTrue(codes(first).stream().noneMatch("KA036"::equals), first.toString());
        // the small codec leaves out the larger documents, which the default codec reads
        assertNotEquals(PipelineValidator.create().validate(dir).resourceCount(), first.resourceCount());

        PipelineValidator.Builder changed = original.toBuilder().complete(false).suppress("KR001");
        changed.addCheck(new Recorder());
        changed.build();
        Report again = original.toBuilder().build().validate(dir);
        assertEquals(first.findings(), again.findings());
        assertEquals("true/" + first.resourceCount(), recorder.runs.get(recorder.runs.size() - 1));
        Report relaxed = changed.build().validate(dir);
        assertTrue(codes(relaxed).stream().noneMatch("KR001"::equals), relaxed.toString());
        assertTrue(codes(first).contains("KR001"), first.toString());
        assertEquals("false/" + first.resourceCount(), recorder.runs.get(recorder.runs.size() - 1));
    }

    @Test
    void noListenerIsNeeded(@TempDir Path dir) throws IOException {
        pipeline(dir);
        Report r = PipelineValidator.builder().progress(ReadProgress.NONE).build().validate(List.of(dir));
        assertEquals(4, r.resourceCount());
        assertEquals(PipelineValidator.create().validate(List.of(dir)).findings(), r.findings());
    }
}
