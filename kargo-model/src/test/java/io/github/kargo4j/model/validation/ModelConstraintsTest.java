package io.github.kargo4j.model.validation;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.Shape;
import io.github.kargo4j.model.testing.Validators;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Bean Validation annotations of the model compile, cascade, and flag what the CRDs reject. */
class ModelConstraintsTest {

    private static final Validator VALIDATOR = Validators.create();
    private static final KargoCodec CODEC = KargoCodec.create();

    /** Every model type reachable from the kinds, found through the shapes. */
    private static Set<Class<?>> modelTypes() {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> work = new ArrayDeque<>();
        for (String kind : List.of("Project", "ProjectConfig", "ClusterConfig", "Warehouse", "Stage", "PromotionTask",
                "ClusterPromotionTask", "Promotion", "Freight")) {
            work.add(CODEC.typeOf(KargoResource.KARGO_API_VERSION, kind).orElseThrow());
        }
        work.add(CODEC.typeOf("argoproj.io/v1alpha1", "AnalysisTemplate").orElseThrow());
        work.add(CODEC.typeOf("argoproj.io/v1alpha1", "ClusterAnalysisTemplate").orElseThrow());
        work.add(CODEC.typeOf("v1", "Secret").orElseThrow());
        work.add(CODEC.typeOf("v1", "Namespace").orElseThrow());
        while (!work.isEmpty()) {
            Class<?> t = work.poll();
            if (!seen.add(t)) {
                continue;
            }
            Shape.of(t).ifPresent(s -> s.properties().forEach(p -> work.add(p.valueType())));
        }
        return seen;
    }

    @Test
    void everyPatternCompiles() {
        List<String> broken = new ArrayList<>();
        int count = 0;
        for (Class<?> type : modelTypes()) {
            if (Shape.of(type).isEmpty()) {
                continue;
            }
            Class<?> abs = type.getSuperclass();
            for (Method m : abs.getMethods()) {
                for (Pattern p : patterns(m)) {
                    count++;
                    try {
                        java.util.regex.Pattern.compile(p.regexp());
                    } catch (PatternSyntaxException e) {
                        broken.add(abs.getSimpleName() + "." + m.getName() + ": " + e.getDescription());
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
        assertTrue(count >= 20, "expected the model to carry patterns, found " + count);
    }

    private static List<Pattern> patterns(Method m) {
        List<Pattern> out = new ArrayList<>(List.of(m.getAnnotationsByType(Pattern.class)));
        Deque<AnnotatedType> types = new ArrayDeque<>();
        types.add(m.getAnnotatedReturnType());
        while (!types.isEmpty()) {
            AnnotatedType t = types.poll();
            out.addAll(List.of(t.getAnnotationsByType(Pattern.class)));
            if (t instanceof AnnotatedParameterizedType pt) {
                types.addAll(List.of(pt.getAnnotatedActualTypeArguments()));
            }
        }
        return out;
    }

    private static Set<String> violations(KargoResource r) {
        return VALIDATOR.validate(r).stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theSeed000PipelineHasNoViolations() throws IOException {
        Path seed = Path.of("../kargo-examples/src/main/resources/seed-000");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seed), "runs inside the reactor checkout");
        List<Manifest> manifests = CODEC.readAll(seed).orThrow();
        assertEquals(12, manifests.size());
        for (Manifest m : manifests) {
            assertEquals(Set.of(), violations(m.resource()), m.location().toString());
        }
    }

    @Test
    void violationsNameThePathAndTheRule() {
        KargoResource stage = CODEC.parse("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata:
                  name: Bad_Name
                  namespace: demo
                spec:
                  requestedFreight:
                    - origin:
                        kind: Warehouse
                        name: app
                      sources:
                        stages: [qa]
                        requiredSoakTime: 1d
                        availabilityStrategy: Some
                  vars:
                    - name: 1bad
                      value: x
                """).get(0).resource();
        Set<String> v = violations(stage);
        // metadata.name follows its kind's rule, which KubernetesNames holds (not a Bean Validation constraint)
        assertTrue(v.stream().noneMatch(s -> s.startsWith("metadata.name")), v.toString());
        assertTrue(io.github.kargo4j.model.KubernetesNames.nameProblem(stage).orElseThrow()
                .startsWith("Stage name \"Bad_Name\" contains 'B'"));
        assertTrue(v.stream().anyMatch(s -> s.startsWith("spec.requestedFreight[0].sources.requiredSoakTime")),
                v.toString());
        assertTrue(v.stream().anyMatch(s -> s.startsWith("spec.requestedFreight[0].sources.availabilityStrategy")),
                v.toString());
        assertTrue(v.stream().anyMatch(s -> s.startsWith("spec.vars[0].name")), v.toString());
        assertEquals(3, v.size(), v.toString());

        KargoResource warehouse = CODEC.parse("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: app, namespace: demo}
                spec:
                  interval: 5 minutes
                  subscriptions:
                    - git:
                        repoURL: not a url
                        discoveryLimit: 500
                """).get(0).resource();
        Set<String> w = violations(warehouse);
        assertTrue(w.stream().anyMatch(s -> s.startsWith("spec.interval")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.contains("repoURL")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.contains("discoveryLimit")), w.toString());
    }

    @Test
    void aLegacyStageMissesItsRequestedFreight() throws IOException {
        Path seed = Path.of("../kargo-examples/src/main/resources/seed-003/projects/nginx/stages.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(seed), "runs inside the reactor checkout");
        for (Manifest m : CODEC.read(seed)) {
            Set<ConstraintViolation<KargoResource>> v = VALIDATOR.validate(m.resource());
            assertEquals(Set.of("spec.requestedFreight"), v.stream().map(x -> x.getPropertyPath().toString())
                    .collect(Collectors.toSet()), m.location().toString());
        }
    }
}
