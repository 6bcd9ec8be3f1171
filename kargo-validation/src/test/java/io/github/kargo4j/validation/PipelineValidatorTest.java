package io.github.kargo4j.validation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
