package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.json.SourcePosition;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** KA036: every typed resource has a metadata.name that follows its kind's rule. */
class ResourceNameCheckTest {

    private static final String SUBDOMAIN_TEXT = "a lowercase RFC 1123 subdomain must consist of lower case "
            + "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. "
            + "'example.com', regex used for validation is "
            + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    private static final String LABEL_TEXT = "a lowercase RFC 1123 label must consist of lower case alphanumeric "
            + "characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or "
            + "'123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    /** A minimal document of each typed kind, with {@code META} where its metadata goes. */
    static Stream<String> kinds() {
        String kargo = "apiVersion: kargo.akuity.io/v1alpha1\n";
        String rollouts = "apiVersion: argoproj.io/v1alpha1\n";
        return Stream.of(
                kargo + "kind: Project\nmetadata: {labels: {team: a}}\n",
                kargo + "kind: ProjectConfig\nmetadata: {namespace: demo}\n",
                kargo + "kind: ClusterConfig\nmetadata: {labels: {team: a}}\n",
                kargo + "kind: Warehouse\nmetadata: {namespace: demo}\nspec:\n  subscriptions:\n"
                        + "  - image: {repoURL: ghcr.io/example/app}\n",
                kargo + "kind: Stage\nmetadata: {namespace: demo}\nspec:\n  requestedFreight:\n"
                        + "  - origin: {kind: Warehouse, name: app}\n    sources: {direct: true}\n",
                kargo + "kind: PromotionTask\nmetadata: {namespace: demo}\nspec:\n  steps: [{uses: git-clone}]\n",
                kargo + "kind: ClusterPromotionTask\nmetadata: {labels: {team: a}}\nspec:\n"
                        + "  steps: [{uses: git-clone}]\n",
                kargo + "kind: Promotion\nmetadata: {namespace: demo}\nspec: {stage: dev, freight: abc}\n",
                kargo + "kind: Freight\nmetadata: {namespace: demo}\norigin: {kind: Warehouse, name: app}\n"
                        + "images: [{repoURL: ghcr.io/example/app, tag: '1'}]\n",
                rollouts + "kind: AnalysisTemplate\nmetadata: {namespace: demo}\nspec:\n  metrics:\n"
                        + "  - {name: ok, provider: {web: {url: 'https://example.com'}}}\n",
                rollouts + "kind: ClusterAnalysisTemplate\nmetadata: {labels: {team: a}}\nspec:\n  metrics:\n"
                        + "  - {name: ok, provider: {web: {url: 'https://example.com'}}}\n",
                "apiVersion: v1\nkind: Namespace\nmetadata: {labels: {team: a}}\n",
                "apiVersion: v1\nkind: Secret\nmetadata: {namespace: demo}\nstringData: {password: hunter2}\n");
    }

    private static List<Finding> ka036(String yaml) {
        Report r = TestValidation.validate(yaml);
        assertEquals(List.of(), r.withCodes("KR001").findings(), "the document must load");
        return r.withCodes("KA036").findings();
    }

    private static Finding only(String yaml) {
        List<Finding> found = ka036(yaml);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyTypedKindWithoutANameLoadsAndIsReportedAtItsMetadata(String yaml) {
        Finding f = only(yaml);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("metadata.name", f.path().toString());
        assertEquals(Optional.of(new SourcePosition(3, 1)), f.position(), "the metadata key");
        assertTrue(f.message().contains("has no metadata.name"), f.message());
        assertTrue(f.hint().startsWith("write metadata.name: lower-case letters, digits"), f.hint());
    }

    @Test
    void aMissingNameQuotesTheApiServer() {
        Finding f = only("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: PromotionTask
                metadata:
                  namespace: demo
                spec:
                  steps: [{uses: git-clone}]
                """);
        assertEquals("PromotionTask in namespace \"demo\" has no metadata.name; the API server rejects it: "
                + "\"metadata.name: Required value: name or generateName is required\"", f.message());
        assertEquals("write metadata.name: lower-case letters, digits, '-' and '.', starting and ending with a letter "
                + "or digit, at most 253 characters", f.hint());
    }

    @Test
    void anEmptyNameIsAMissingOne() {
        Finding f = only("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Project
                metadata: {name: ""}
                """);
        assertEquals("Project has an empty metadata.name; the API server rejects it: \"metadata.name: Required "
                + "value: name or generateName is required\"", f.message());
        assertTrue(f.hint().contains("at most 63 characters"), "a Project name is a DNS-1123 label: " + f.hint());
        assertEquals(Optional.of(new SourcePosition(3, 12)), f.position());
    }

    @Test
    void generateNameAloneIsNotEnoughInAGitOpsRepository() {
        Finding f = only("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {generateName: dev-, namespace: demo}
                spec:
                  requestedFreight:
                  - origin: {kind: Warehouse, name: app}
                    sources: {direct: true}
                """);
        assertTrue(f.message().startsWith("Stage in namespace \"demo\" has no metadata.name, only generateName "
                + "\"dev-\": the API server would make a name up on create, but kubectl apply and Argo CD cannot"),
                f.message());
        assertTrue(f.hint().startsWith("write metadata.name, such as \"dev\" instead of generateName: "), f.hint());
    }

    @Test
    void aMalformedNameQuotesTheApiServerAndSuggestsOne() {
        Finding f = only("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: App_Images
                  namespace: demo
                spec:
                  subscriptions:
                  - image: {repoURL: ghcr.io/example/app}
                """);
        assertEquals("Warehouse name \"App_Images\" contains 'A', but a DNS-1123 subdomain has only lower-case "
                + "letters a-z, digits and '-' (and '.' between parts); the API server rejects it: \"metadata.name: "
                + "Invalid value: \\\"App_Images\\\": " + SUBDOMAIN_TEXT + "\"", f.message());
        assertEquals("write \"app-images\" (lower-case letters, digits, '-' and '.', starting and ending with a letter "
                + "or digit, at most 253 characters), and update what refers to it by name", f.hint());
        assertEquals(Optional.of(new SourcePosition(4, 3)), f.position());
    }

    @Test
    void aProjectNameWithADotFailsWhenKargoCreatesItsNamespace() {
        Finding f = only("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Project
                metadata: {name: kargo.demo}
                """);
        assertEquals("Project name \"kargo.demo\" contains '.', but a DNS-1123 label has only lower-case letters a-z,"
                + " digits and '-' (a Project's name becomes its namespace's name); Kargo rejects it: \"error "
                + "creating namespace \\\"kargo.demo\\\": Namespace \\\"kargo.demo\\\" is invalid: metadata.name: "
                + "Invalid value: \\\"kargo.demo\\\": " + LABEL_TEXT + "\"", f.message());
        assertTrue(f.hint().startsWith("write \"kargo-demo\""), f.hint());
    }

    @Test
    void aProjectNameTheApiServerRefusesQuotesTheApiServer() {
        Finding f = only("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Project
                metadata: {name: Kargo-Demo}
                """);
        assertTrue(f.message().endsWith("the API server rejects it: \"metadata.name: Invalid value: "
                + "\\\"Kargo-Demo\\\": " + SUBDOMAIN_TEXT + "\""), f.message());
        Finding tooLong = only("apiVersion: kargo.akuity.io/v1alpha1\nkind: Project\nmetadata: {name: "
                + "a".repeat(64) + "}\n");
        assertTrue(tooLong.message().contains("is 64 characters long, but a DNS-1123 label has at most 63")
                && tooLong.message().endsWith(": must be no more than 63 characters\""), tooLong.message());
    }

    @Test
    void namespacesAreLabels() {
        Finding f = only("""
                apiVersion: v1
                kind: Namespace
                metadata: {name: kargo.demo}
                """);
        assertTrue(f.message().endsWith("the API server rejects it: \"metadata.name: Invalid value: "
                + "\\\"kargo.demo\\\": " + LABEL_TEXT + "\""), f.message());
    }

    @Test
    void validNamesOfEveryRuleHaveNoFinding() {
        assertEquals(List.of(), ka036("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Project
                metadata: {name: kargo-demo}
                ---
                apiVersion: v1
                kind: Namespace
                metadata: {name: kargo-demo}
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: dev.eu-1, namespace: kargo-demo}
                spec:
                  requestedFreight:
                  - origin: {kind: Warehouse, name: app}
                    sources: {direct: true}
                """));
    }

    @Test
    void kargoRenamesANewFreightSoOnlyAMissingNameCounts() {
        String freight = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Freight
                metadata: {name: Manual_1, namespace: demo}
                origin: {kind: Warehouse, name: app}
                images: [{repoURL: ghcr.io/example/app, tag: '1'}]
                """;
        assertEquals(List.of(), ka036(freight));
        Finding f = only(freight.replace("name: Manual_1, ", ""));
        assertEquals("Freight in namespace \"demo\" has no metadata.name (from Warehouse \"app\"): kubectl apply and "
                + "Argo CD cannot apply a manifest without a name (Kargo then replaces the name of a new Freight with "
                + "an ID computed from its origin and artifacts)", f.message());
    }

    @Test
    void kindsTheModelDoesNotTypeAreNotJudged() {
        assertEquals(List.of(), ka036("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {namespace: demo}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: "system:kargo-viewer"}
                rules: []
                """));
    }

    @Test
    void resourcesBuiltLenientlyInCodeAreReportedWithoutAPosition() {
        Stage nameless = KubernetesNames.lenient(() -> Stage.builder()
                .metadata(ObjectMeta.builder().namespace("demo").build())
                .spec(s -> s.addRequestedFreight(r -> r.origin(FreightOrigin.warehouse("app"))
                        .sources(src -> src.direct(true))))
                .build());
        List<Finding> found = PipelineValidator.create().validateResources(List.of(nameless)).withCodes("KA036")
                .findings();
        assertEquals(1, found.size(), found.toString());
        assertFalse(found.get(0).position().isPresent());
        assertTrue(found.get(0).message().startsWith("Stage in namespace \"demo\" has no metadata.name"));
    }

    @Test
    void aQuotedHelmPlaceholderGetsTheStepToRenderTheChart() {
        List<Finding> found = ka036("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: "{{ .Values.stage }}", namespace: demo}
                spec:
                  requestedFreight:
                  - origin: {kind: Warehouse, name: app}
                    sources: {direct: true}
                """);
        assertEquals(1, found.size(), found.toString());
        assertEquals("this is a Helm template, not a manifest: render the chart first and validate what it "
                + "renders, such as: helm template CHART --output-dir rendered && kargo4j validate rendered",
                found.get(0).hint());
        assertFalse(found.get(0).hint().contains("values.stage"), found.get(0).hint());
    }
}
