package io.github.kargo4j.model;

import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Kubernetes naming rules, and the builders that apply them to every typed resource. */
class KubernetesNamesTest {

    @Test
    void labelsAcceptLowerCaseDigitsAndInnerDashesUpTo63() {
        assertTrue(KubernetesNames.labelProblem("kargo-nginx").isEmpty());
        assertTrue(KubernetesNames.labelProblem("a").isEmpty());
        assertTrue(KubernetesNames.labelProblem("0-9").isEmpty());
        assertTrue(KubernetesNames.labelProblem("a".repeat(63)).isEmpty());
    }

    @Test
    void labelsNameTheBrokenRule() {
        assertEquals("is 64 characters long, but a DNS-1123 label has at most 63",
                KubernetesNames.labelProblem("a".repeat(64)).orElseThrow());
        assertTrue(KubernetesNames.labelProblem("kargo-Nginx").orElseThrow().startsWith("contains 'N'"));
        assertTrue(KubernetesNames.labelProblem("a.b").orElseThrow().startsWith("contains '.'"));
        assertTrue(KubernetesNames.labelProblem("a_b").orElseThrow().contains("only lower-case letters"));
        assertTrue(KubernetesNames.labelProblem("a b").orElseThrow().startsWith("contains U+0020"));
        assertTrue(KubernetesNames.labelProblem("-a").orElseThrow().startsWith("starts with '-'"));
        assertTrue(KubernetesNames.labelProblem("a-").orElseThrow().startsWith("ends with '-'"));
        assertTrue(KubernetesNames.labelProblem("").orElseThrow().startsWith("is empty"));
    }

    @Test
    void subdomainsAllowDotsAndLongerNames() {
        assertTrue(KubernetesNames.subdomainProblem("nginx-dev-eastus").isEmpty());
        assertTrue(KubernetesNames.subdomainProblem("a.b.c").isEmpty());
        assertTrue(KubernetesNames.subdomainProblem("a".repeat(253)).isEmpty());
        assertTrue(KubernetesNames.subdomainProblem("a".repeat(254)).orElseThrow().contains("at most 253"));
        assertTrue(KubernetesNames.subdomainProblem("a..b").orElseThrow().contains("empty part"));
        assertTrue(KubernetesNames.subdomainProblem("a.-b").orElseThrow().startsWith("starts with '-'"));
        assertTrue(KubernetesNames.subdomainProblem("A").orElseThrow().startsWith("contains 'A'"));
    }

    @Test
    void labelValuesAllowUpperCaseUnderscoresAndDots() {
        assertTrue(KubernetesNames.labelValueProblem("Shard_1.a").isEmpty());
        assertTrue(KubernetesNames.labelValueProblem("shard/1").orElseThrow().startsWith("contains '/'"));
        assertTrue(KubernetesNames.labelValueProblem("_x").orElseThrow().contains("start and end"));
        assertTrue(KubernetesNames.labelValueProblem("x".repeat(64)).orElseThrow().contains("at most 63"));
    }

    @Test
    void requireThrowsWithTheNameAndRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KubernetesNames.requireLabel("kargo-My", "namespace name"));
        assertEquals("namespace name \"kargo-My\" contains 'M', but a DNS-1123 label has only lower-case letters "
                + "a-z, digits and '-'", e.getMessage());
        assertEquals("x.y", KubernetesNames.requireSubdomain("x.y", "Stage name"));
    }

    @Test
    void theBuildersRefuseAResourceWithoutAName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Stage.builder()
                .metadata(m -> m.namespace("demo"))
                .spec(s -> s.addRequestedFreight(r -> r.origin(FreightOrigin.warehouse("app"))
                        .sources(src -> src.direct(true))))
                .build());
        assertEquals("Stage has no metadata.name; every Stage needs a name (a DNS-1123 subdomain: lower-case "
                + "letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters);"
                + " set one with metadata(m -> m.name(...))", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Warehouse.builder().metadata(m -> m.name(""))
                .spec(s -> s.addSubscription(Subscription.builder().image(i -> i.repoURL("ghcr.io/example/app"))
                        .build())).build());
    }

    @Test
    void theBuildersRefuseANameItsKindDoesNotAllow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Warehouse.builder()
                .metadata(ObjectMeta.of("demo", "App_Images"))
                .spec(s -> s.addSubscription(Subscription.builder().image(i -> i.repoURL("ghcr.io/example/app"))
                        .build())).build());
        assertEquals("Warehouse name \"App_Images\" contains 'A', but a DNS-1123 subdomain has only lower-case "
                + "letters a-z, digits and '-' (and '.' between parts); \"app-images\" would do", e.getMessage());
        IllegalArgumentException project = assertThrows(IllegalArgumentException.class,
                () -> Project.builder().metadata(ObjectMeta.named("kargo.demo")).build());
        assertEquals("Project name \"kargo.demo\" contains '.', but a DNS-1123 label has only lower-case letters a-z,"
                + " digits and '-' (a Project's name becomes its namespace's name); \"kargo-demo\" would do",
                project.getMessage());
        assertEquals("kargo.demo", Stage.builder().metadata(ObjectMeta.of("demo", "kargo.demo"))
                .spec(s -> s.addRequestedFreight(r -> r.origin(FreightOrigin.warehouse("app"))
                        .sources(src -> src.direct(true)))).build().name(), "a Stage name may have dots");
    }

    @Test
    void copiesAreCheckedToo() {
        Project p = Project.builder().metadata(ObjectMeta.named("demo")).build();
        assertThrows(IllegalArgumentException.class, () -> p.withMetadata(ObjectMeta.builder().build()));
    }

    @Test
    void insideLenientAnythingGoesAndOutsideItIsCheckedAgain() {
        Project nameless = KubernetesNames.lenient(() -> KubernetesNames.lenient(
                () -> Project.builder().metadata(ObjectMeta.builder().build()).build()));
        assertEquals("", nameless.name());
        assertEquals("Project has no metadata.name; every Project needs a name (a DNS-1123 label: lower-case "
                + "letters, digits and '-', starting and ending with a letter or digit, at most 63 characters)",
                KubernetesNames.nameProblem(nameless).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> Project.builder().metadata(ObjectMeta.builder().build())
                .build(), "lenient ends with its action");
    }

    /** One nameless document of every typed kind. */
    static Stream<String> namelessDocuments() {
        String kargo = "apiVersion: kargo.akuity.io/v1alpha1\n";
        String rollouts = "apiVersion: argoproj.io/v1alpha1\n";
        String metrics = "spec:\n  metrics:\n  - {name: ok, provider: {web: {url: 'https://example.com'}}}\n";
        return Stream.of(
                kargo + "kind: Project\nmetadata: {}\n",
                kargo + "kind: ProjectConfig\nmetadata: {namespace: demo}\n",
                kargo + "kind: ClusterConfig\nmetadata: {}\n",
                kargo + "kind: Warehouse\nmetadata: {namespace: demo}\nspec:\n  subscriptions:\n"
                        + "  - image: {repoURL: ghcr.io/example/app}\n",
                kargo + "kind: Stage\nmetadata: {namespace: demo}\nspec: {}\n",
                kargo + "kind: PromotionTask\nmetadata: {namespace: demo}\nspec:\n  steps: [{uses: git-clone}]\n",
                kargo + "kind: ClusterPromotionTask\nmetadata: {}\nspec:\n  steps: [{uses: git-clone}]\n",
                kargo + "kind: Promotion\nmetadata: {namespace: demo}\nspec: {stage: dev, freight: abc}\n",
                kargo + "kind: Freight\nmetadata: {namespace: demo}\norigin: {kind: Warehouse, name: app}\n",
                rollouts + "kind: AnalysisTemplate\nmetadata: {namespace: demo}\n" + metrics,
                rollouts + "kind: ClusterAnalysisTemplate\nmetadata: {}\n" + metrics,
                "apiVersion: v1\nkind: Namespace\nmetadata: {}\n",
                "apiVersion: v1\nkind: Secret\nmetadata: {namespace: demo}\n");
    }

    /** Reading never fails for a name, so that the validator can report it; building a copy does. */
    @ParameterizedTest
    @MethodSource("namelessDocuments")
    void everyTypedKindReadsWithoutANameButRefusesToBeBuiltWithoutOne(String yaml) throws Exception {
        KargoResource r = KargoCodec.create().parse(yaml, "nameless.yaml").get(0).resource();
        assertEquals("", r.name());
        assertTrue(KubernetesNames.nameProblem(r).orElseThrow().startsWith(r.kind() + " has no metadata.name"));
        Object builder = r.getClass().getMethod("toBuilder").invoke(r);
        Method build = builder.getClass().getMethod("build");
        InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> build.invoke(builder));
        assertTrue(e.getCause() instanceof IllegalArgumentException, e.getCause().toString());
        assertTrue(e.getCause().getMessage().startsWith(r.kind() + " has no metadata.name"), e.getCause().getMessage());
    }
}
