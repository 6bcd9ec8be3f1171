package io.github.kargo4j.validation.constraints;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ModelKinds;
import io.github.kargo4j.model.io.Shape;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.CheckHarness;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineGenerator;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.RuleDocs;
import io.github.kargo4j.validation.ValidationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule KF001 on the generated table reports exactly what it reported on Hibernate Validator: the same violations
 * (path, constraint, value) and the same findings (rule, path, message, hint, position, order), one by one, for every
 * rule's documented examples, the seed examples, a fleet, random pipelines with planted faults, and documents of
 * every kind filled at random, through every property of every shape, with values that break each constraint.
 */
class FieldConstraintsDifferentialTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    /** KF001 as it was: Hibernate Validator, its property paths mapped to JSON paths, the same reporting. */
    static final class HibernateCheck implements Check {
        @Override
        public List<Rule> rules() {
            return List.of(FieldConstraintsCheck.FIELD_CONSTRAINT);
        }

        @Override
        public void run(ValidationContext context) {
            for (Entry e : context.entries()) {
                if (!(e.resource() instanceof GenericResource)) {
                    FieldConstraintsCheck.report(context, e, violations(e.resource()));
                }
            }
        }
    }

    /** @return the violations Hibernate Validator finds, as the table would describe them */
    static List<Violations.Violation> violations(KargoResource resource) {
        List<Violations.Violation> out = new ArrayList<>();
        for (ConstraintViolation<KargoResource> v : ModelValidation.validator().validate(resource)) {
            PropertyPaths.Mapped mapped = PropertyPaths.toJson(resource.getClass(), v.getPropertyPath());
            boolean optional = mapped.leaf().map(p -> p.cardinality() == Shape.Cardinality.OPTIONAL).orElse(false);
            out.add(new Violations.Violation(mapped.path(), constraint(v.getConstraintDescriptor().getAnnotation()),
                    v.getInvalidValue(), optional));
        }
        return out;
    }

    /** @return the constraint an annotation describes */
    static Constraint constraint(Annotation a) {
        if (a instanceof NotBlank) {
            return new Constraint.NotBlank();
        }
        if (a instanceof Pattern p) {
            int flags = 0;
            for (Pattern.Flag f : p.flags()) {
                flags |= f.getValue();
            }
            return new Constraint.Pattern(p.regexp(), flags);
        }
        if (a instanceof Size s) {
            return new Constraint.Size(s.min(), s.max());
        }
        if (a instanceof Min m) {
            return new Constraint.Min(m.value());
        }
        if (a instanceof Max m) {
            return new Constraint.Max(m.value());
        }
        Email e = (Email) a;
        int flags = 0;
        for (Pattern.Flag f : e.flags()) {
            flags |= f.getValue();
        }
        return new Constraint.Email(e.regexp(), flags);
    }

    private static String describe(Violations.Violation v) {
        Constraint c = v.constraint();
        String attributes = c instanceof Constraint.Pattern p ? p.regexp() + "/" + p.flags()
                : c instanceof Constraint.Email e ? e.regexp() + "/" + e.flags() : c.toString();
        return v.path() + " " + c.annotation() + " " + attributes + " = " + v.value() + (v.optional() ? " (optional)"
                : "");
    }

    /** Counts of what was compared, and which constraints were broken. */
    private static final class Tally {
        int resources;
        int violations;
        int findings;
        final java.util.Set<String> broken = new java.util.TreeSet<>();
    }

    /** @return the constraint as the generator writes it, without its compiled expression */
    private static String key(Constraint c) {
        return c instanceof Constraint.Pattern p ? "Pattern " + p.regexp() + " " + p.flags()
                : c instanceof Constraint.Email e ? "Email " + e.regexp() + " " + e.flags() : c.toString();
    }

    /** Compares violations and findings of both evaluators on a set of entries. */
    private static void compare(String what, List<Entry> entries, Tally tally) {
        for (Entry e : entries) {
            if (e.resource() instanceof GenericResource) {
                continue;
            }
            Violations table = new Violations();
            assertTrue(ModelConstraints.validate(e.resource(), table), what + ": no table for " + e.resource().ref());
            List<String> expected = violations(e.resource()).stream().map(FieldConstraintsDifferentialTest::describe)
                    .sorted().toList();
            List<String> actual = table.list().stream().map(FieldConstraintsDifferentialTest::describe).sorted()
                    .toList();
            assertEquals(expected, actual, what + ": violations of " + e.resource().ref());
            table.list().forEach(v -> tally.broken.add(key(v.constraint())));
            tally.resources++;
            tally.violations += expected.size();
        }
        List<Finding> expected = CheckHarness.run(entries, false, List.of(new HibernateCheck()));
        List<Finding> actual = CheckHarness.run(entries, false, List.of(new FieldConstraintsCheck()));
        assertEquals(expected.size(), actual.size(), what + ": number of findings");
        for (int i = 0; i < expected.size(); i++) {
            Finding x = expected.get(i);
            Finding y = actual.get(i);
            assertEquals(List.of(x.code(), x.resource().toString(), x.path().toString(), x.source(), x.position(),
                            x.message(), x.hint()),
                    List.of(y.code(), y.resource().toString(), y.path().toString(), y.source(), y.position(),
                            y.message(), y.hint()), what + ": finding " + i);
        }
        tally.findings += expected.size();
    }

    private static List<Entry> entries(String text, String source) {
        List<Entry> out = new ArrayList<>();
        CODEC.read(new java.io.StringReader(text), source, m -> out.add(Entry.of(m)), p -> {
        });
        return out;
    }

    // ------------------------------------------------------------------------------------------------ corpora

    @Test
    void ruleExamples() {
        Tally t = new Tally();
        for (Map.Entry<String, String> e : RuleDocs.all().entrySet()) {
            for (String section : List.of("Bad", "Fixed")) {
                String example = io.github.kargo4j.validation.RuleDocsTest.example(e.getValue(), section)
                        .orElse("");
                compare(e.getKey() + " " + section, entries(example, e.getKey() + ".yaml"), t);
            }
        }
        assertTrue(t.resources > 100 && t.findings > 0, t.resources + " resources, " + t.findings + " findings");
    }

    @Test
    void seedExamplesAndAFleet() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(SeedFleet.examples())) {
            files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        Tally t = new Tally();
        for (Path f : files) {
            compare(f.toString(), entries(Files.readString(f), f.toString()), t);
        }
        compare("fleet", entries(SeedFleet.yaml(200), "fleet.yaml"), t);
        assertTrue(files.size() > 10 && t.resources > 1000, files.size() + " files, " + t.resources + " resources");
    }

    @Test
    void generatedPipelinesWithPlantedFaults() {
        Tally t = new Tally();
        for (long seed = 0; seed < 400; seed++) {
            List<Entry> entries = PipelineGenerator.generate(seed).resources().stream().map(Entry::of).toList();
            compare("pipeline " + seed, entries, t);
        }
        assertTrue(t.findings > 100, t.findings + " findings");
    }

    @Test
    void everyKindFilledAtRandom() {
        Tally t = new Tally();
        List<String> kinds = new ArrayList<>(ModelKinds.all().keySet());
        int unreadable = 0;
        for (long seed = 0; seed < 1500; seed++) {
            String kind = kinds.get((int) (seed % kinds.size()));
            String json = new RandomDocuments(seed).document(kind);
            String source = "random-" + seed + ".json";
            List<Entry> entries = KubernetesNames.lenient(() -> {
                try {
                    return CODEC.parse(json, source).stream().map(Entry::of).toList();
                } catch (ManifestException e) {
                    return List.<Entry>of();
                }
            });
            if (entries.isEmpty()) {
                unreadable++;
            }
            compare("random " + seed + " " + kind + "\n" + json, entries, t);
        }
        assertTrue(unreadable < 300, unreadable + " documents could not be read");
        assertTrue(t.violations > 3000, t.violations + " violations");
        // every distinct constraint of the table was broken at least once
        long constraints = ModelConstraintsGenerator.source().lines()
                .filter(l -> l.startsWith("    private static final Constraint ")).count();
        assertEquals(constraints, t.broken.size(), String.join("\n", t.broken));
    }

    /**
     * Documents of one kind filled at random from the shapes: every property, list and map, nested to a bounded
     * depth, with strings, numbers and sizes chosen around the constraints' edges.
     */
    static final class RandomDocuments {

        private static final String LONG = "a".repeat(300);
        private static final List<String> STRINGS = List.of("", " ", "\t", "ok", "my-app", "My_App", "a.b", "-bad",
                "bad-", "5m", "1h30m", "1d", "30s", "10", "https://github.com/example/app.git",
                "git@github.com:example/app.git", "ftp://example.com/x", "ghcr.io/example/app",
                "ghcr.io/example/app:1.0", "https://charts.example.com", "oci://ghcr.io/example/charts",
                "linux/amd64", "linux", "sha256:abcdef0123", "v1.2.3", "kargo@example.com", "not an email", "a@b.",
                "\"q r\"@example.com", "x".repeat(65) + "@example.com", "a@[127.0.0.1]", "a@b..c", "a@xn--bcher-kva.ch",
                "b\u00fccher@b\u00fccher.ch", "main", "refs/heads/main", "release/1.2", "${{ vars.x }}", "All",
                "OneOf", "Warehouse", "Failed", "Errored", "Error", "PromotionTask", "ClusterPromotionTask",
                "NewestFromBranch", "SemVer", "Lexical", "Digest", "Automatic", "Manual", "Refresh", "NewestFreight",
                "MatchUpstream", "AnalysisTemplate", "subscribedURLs", "semver", "a".repeat(63), "a".repeat(64),
                "a".repeat(253), "a".repeat(254), "a".repeat(255), "a".repeat(256), LONG, "svc.example.com",
                "\u00fcnic\u00f6de", "x/y/z/w");
        private static final long[] NUMBERS = {-5, 0, 1, 2, 50, 100, 101, 2147483647L};
        private static final int MAX_DEPTH = 10;

        private final Random random;

        RandomDocuments(long seed) {
            this.random = new Random(seed);
        }

        /**
         * @param kind {@code apiVersion|kind}
         * @return a JSON document of that kind
         */
        String document(String kind) {
            Class<? extends KargoResource> type = ModelKinds.all().get(kind);
            String[] parts = kind.split("\\|");
            StringBuilder sb = new StringBuilder("{\"apiVersion\":");
            quote(parts[0], sb);
            sb.append(",\"kind\":");
            quote(parts[1], sb);
            Shape shape = Shape.of(type).orElseThrow();
            for (Shape.Property p : shape.properties()) {
                if (p.jsonName().equals("apiVersion") || p.jsonName().equals("kind")) {
                    continue;
                }
                if (p.jsonName().equals("metadata") || random.nextInt(10) < 8) {
                    sb.append(',');
                    quote(p.jsonName(), sb);
                    sb.append(':');
                    property(p, 1, sb);
                }
            }
            return sb.append('}').toString();
        }

        private void object(Class<?> type, int depth, StringBuilder sb) {
            Shape shape = Shape.of(type).orElseThrow();
            sb.append('{');
            boolean first = true;
            for (Shape.Property p : shape.properties()) {
                boolean required = p.cardinality() == Shape.Cardinality.REQUIRED;
                if (!required && (depth >= MAX_DEPTH || random.nextInt(10) < 3)) {
                    continue;
                }
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(p.jsonName(), sb);
                sb.append(':');
                property(p, depth + 1, sb);
            }
            sb.append('}');
        }

        private void property(Shape.Property p, int depth, StringBuilder sb) {
            switch (p.cardinality()) {
                case LIST -> {
                    int n = depth >= MAX_DEPTH ? 0 : random.nextInt(4);
                    sb.append('[');
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            sb.append(',');
                        }
                        value(p, depth, sb);
                    }
                    sb.append(']');
                }
                case MAP -> {
                    int n = depth >= MAX_DEPTH ? 0 : random.nextInt(3);
                    sb.append('{');
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            sb.append(',');
                        }
                        quote(List.of("a", "b.c", "x y", "").get(2 * i + random.nextInt(2)), sb);
                        sb.append(':');
                        value(p, depth, sb);
                    }
                    sb.append('}');
                }
                default -> value(p, depth, sb);
            }
        }

        private void value(Shape.Property p, int depth, StringBuilder sb) {
            Class<?> t = p.valueType();
            if (p.freeForm()) {
                sb.append(t == io.github.kargo4j.model.json.JsonObject.class ? "{}" : "1");
            } else if (t == String.class) {
                quote(STRINGS.get(random.nextInt(STRINGS.size())), sb);
            } else if (t == Integer.class || t == Long.class) {
                sb.append(NUMBERS[random.nextInt(NUMBERS.length)]);
            } else if (t == Boolean.class) {
                sb.append(random.nextBoolean());
            } else if (Shape.of(t).isPresent()) {
                object(t, depth, sb);
            } else if (random.nextBoolean()) {
                sb.append(NUMBERS[random.nextInt(NUMBERS.length)]);
            } else {
                quote(STRINGS.get(random.nextInt(STRINGS.size())), sb);
            }
        }

        private static void quote(String s, StringBuilder sb) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c < 0x20) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
            sb.append('"');
        }
    }
}
