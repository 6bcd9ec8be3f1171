package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.core.Secret;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No secret in any message, {@code toString()}, cause or stack trace, for any input: a marker token is planted in
 * every position of many malformed documents (keys, values, anchors, aliases, tags, comments, directives, flow and
 * block, YAML and JSON, truncated, bad escapes, bad indentation, duplicate keys, over the limits, a wrong type at
 * every typed field of a Secret and of a Stage) and must show up nowhere.
 *
 * <p>Everything under a Secret is secret, keys included. In other kinds only values are: a Stage's keys are names
 * and may appear in a path, so the cases that turn the marker into a key are Secrets (or documents whose kind is not
 * known yet).
 */
class SecretLeakTest {

    /** The planted token. */
    static final String MARKER = "ghp_SECRETSECRETq7Zx9Wv3";
    /** Pieces of it: a message quoting part of the token is a leak too. */
    private static final List<String> PIECES = List.of("ghp_", "SECRET", "q7Zx9Wv3");

    private static final KargoCodec CODEC = KargoCodec.create();
    private static final KargoCodec SMALL = KargoCodec.builder().limits(ReadLimits.defaults()
            .withMaxScalarChars(64).withMaxDocumentChars(4096).withMaxDepth(8).withMaxAliases(4)
            .withMaxNodes(200)).build();

    /**
     * One input.
     *
     * @param name   what it tries
     * @param text   the document, the marker in it
     * @param json   whether it is a {@code .json} file
     * @param broken whether it is malformed (most such inputs cannot be read at all; under an unknown field some
     *               still load)
     */
    record Case(String name, String text, boolean json, boolean broken) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String SECRET_HEAD = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\n"
            + "  namespace: demo\nstringData:\n";
    static final String STAGE_HEAD = "apiVersion: kargo.akuity.io/v1alpha1\nkind: Stage\nmetadata:\n  name: dev\n"
            + "  namespace: demo\nspec:\n";

    /** Lines under a mapping key at indentation 2, with {@code %1$s} for the marker; true: the marker is a key. */
    private static final Object[][] YAML_BODIES = {
        {"a colon in a plain value", "  password: %1$s: x\n", false},
        {"an unclosed double quote", "  password: \"%1$s\n", false},
        {"an unclosed single quote", "  password: '%1$s\n  other: x\n", false},
        {"an unknown escape", "  password: \"%1$s\\q\"\n", false},
        {"a short \\u escape", "  password: \"\\u%1$s\"\n", false},
        {"a short \\x escape", "  password: \"\\x%1$s\"\n", false},
        {"a short \\U escape", "  password: \"\\U%1$s\"\n", false},
        {"an undefined alias", "  password: *%1$s\n", false},
        {"an alias in a flow list", "  password: [*%1$s]\n", false},
        {"an anchor before a broken flow", "  password: &%1$s [x\n", false},
        {"an anchor on nothing then an alias", "  password: &%1$s\n  other: *%1$s x: y\n", false},
        {"an undefined tag handle", "  password: !%1$s!x value\n", false},
        {"an unclosed verbatim tag", "  password: !<%1$s value\n", false},
        {"a bad URI escape in a tag", "  password: !%1$s%%zz value\n", false},
        {"an int tag", "  password: !!int %1$s\n", false},
        {"a bool tag", "  password: !!bool %1$s\n", false},
        {"a float tag", "  password: !!float %1$s\n", false},
        {"a float tag on an overflowing number", "  password: !!float 1e999%1$s\n", false},
        {"a comment before a broken value", "  # %1$s\n  password: \"x\n", false},
        {"a comment after a value before broken flow", "  password: x # %1$s\n  bad: [\n", false},
        {"a tab for indentation", "\tpassword: %1$s\n", false},
        {"a line indented less", "  password: %1$s\n bad: 1\n", false},
        {"a line indented more", "  password: x\n     %1$s: 1\n", true},
        {"an unclosed flow mapping", "  nested: {password: %1$s\n", false},
        {"an unclosed flow list", "  nested: [%1$s, \n", false},
        {"a flow list in a mapping key", "  [%1$s]: x\n", false},
        {"a flow mapping entry without colon", "  nested: {password %1$s}\n", true},
        {"a block key without value", "  password %1$s:\n", true},
        {"a key holding the marker before a broken value", "  %1$s: [\n", true},
        {"a duplicate key", "  %1$s: a\n  %1$s: b\n", true},
        {"a document separator in a quoted value", "  password: \"%1$s\n---\nx\"\n", false},
        {"a document end in a quoted value", "  password: \"%1$s\n...\nx\"\n", false},
        {"the end of input in a quoted value", "  password: \"%1$s", false},
        {"the end of input in a flow list", "  password: [%1$s", false},
        {"the end of input in a flow mapping", "  password: {a: %1$s", false},
        {"a NUL character", "  password: %1$s\u0000\n", false},
        {"a BEL character", "  password: %1$s\u0007x\n", false},
        {"a DEL character", "  password: %1$s\u007fx\n", false},
        {"a C1 control character", "  password: %1$s\u0090x\n", false},
        {"a U+FFFE", "  password: %1$s\ufffex\n", false},
        {"a zero block indentation indicator", "  password: |0\n    %1$s\n", false},
        {"text after a block indicator", "  password: |x%1$s\n", false},
        {"a value after a block indicator", "  password: | %1$s\n", false},
        {"a block scalar with more indented leading blank lines", "  password: |\n      \n    %1$s\n", false},
        {"a merge key with a value", "  <<: %1$s\n", false},
        {"a merge key with a list of values", "  <<: [%1$s]\n", false},
        {"an object as a key", "  ? {%1$s: 1}\n  : x\n", false},
        {"a list as a key", "  ? [%1$s]\n  : x\n", false},
        {"an alias of an object as a key", "  a: &x {k: %1$s}\n  *x : v\n", false},
        {"a list item among keys", "  - %1$s\n  password: x\n", false},
        {"a key among list items", "  nested:\n    - %1$s\n    password: x\n", false},
        {"a question mark in a flow", "  nested: {? %1$s ? x}\n", false},
        {"a reserved indicator", "  password: @%1$s\n", false},
        {"a backtick", "  password: `%1$s\n", false},
        {"a percent sign at the start of a line", "%%%1$s\n", false},
        {"unbalanced brackets", "  password: [%1$s}]\n", false},
    };

    /** Whole YAML streams. */
    private static final String[][] YAML_STREAMS = {
        {"a %YAML directive of no version", "%%YAML %1$s\n---\na: b\n"},
        {"a %TAG directive twice", "%%TAG !a! tag:%1$s,2000:\n%%TAG !a! tag:%1$s,2000:\n---\na: b\n"},
        {"a %TAG directive with a bad prefix", "%%TAG !%1$s! \n---\na: b\n"},
        {"an unknown directive, then a broken document", "%%%1$s x\n---\na: [\n"},
        {"a %YAML directive twice", "%%YAML 1.1\n%%YAML 1.1\n---\npassword: %1$s\n"},
        {"an unsupported %YAML version", "%%YAML 2.0 %1$s\n---\na: b\n"},
        {"a broken second document", "apiVersion: v1\nkind: Secret\nmetadata: {name: a}\n---\n" + SECRET_HEAD
                + "  password: \"%1$s\n"},
        {"kind after the broken part", "apiVersion: v1\nstringData:\n  %1$s: [\nkind: Secret\n"},
        {"kind after a flow entry without colon", "apiVersion: v1\nmetadata: {name: x}\nstringData:\n"
                + "  {password %1$s}\nkind: Secret\n"},
        {"kubectl order: data before kind", "apiVersion: v1\ndata:\n  %1$s: {\nkind: Secret\n"},
        {"a List of Secrets, kind first", "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n"
                + "  metadata: {name: x}\n  stringData:\n    %1$s: [\n"},
        {"a List of Secrets in kubectl order", "apiVersion: v1\nitems:\n- apiVersion: v1\n  data:\n"
                + "    %1$s: {\n  kind: Secret\nkind: List\n"},
        {"a top-level key holding the marker", "apiVersion: v1\n%1$s: [\n"},
        {"a duplicate top-level key of a Secret", "apiVersion: v1\nkind: Secret\n%1$s: a\n%1$s: b\n"},
        {"a top-level flow entry without colon", "{apiVersion: v1, kind: Secret, %1$s}\n"},
        {"only the marker", "%1$s"},
        {"the marker then a colon", "%1$s:"},
        {"a flow mapping of the marker", "{%1$s"},
        {"a lone high surrogate", SECRET_HEAD + "  password: %1$s\ud800\n"},
        {"a lone low surrogate", SECRET_HEAD + "  password: \udc00%1$s\n"},
        {"Helm template syntax", SECRET_HEAD + "  password: {{ .Values.%1$s }}\n"},
    };

    /** JSON members inside {@code "stringData": {...}} of a Secret; true: the marker is a key. */
    private static final Object[][] JSON_MEMBERS = {
        {"an unquoted token", "\"password\": %1$s", false},
        {"an unquoted token that starts like true", "\"password\": tru%1$s", false},
        {"an unquoted token that starts like NaN", "\"password\": NaN%1$s", false},
        {"an unterminated string", "\"password\": \"%1$s", false},
        {"a bad escape", "\"password\": \"%1$s\\q\"", false},
        {"a short \\u escape", "\"password\": \"\\u%1$s\"", false},
        {"a raw line break in a string", "\"password\": \"%1$s\nx\"", false},
        {"a raw control character in a string", "\"password\": \"%1$s\u0001\"", false},
        {"a missing colon", "\"password\" \"%1$s\"", false},
        {"a missing comma", "\"a\": \"b\" \"password\": \"%1$s\"", false},
        {"a missing comma in a list", "\"password\": [\"%1$s\" \"b\"]", false},
        {"an unquoted key", "%1$s: \"x\"", true},
        {"a single-quoted value", "\"password\": '%1$s'", false},
        {"a bad number", "\"password\": -%1$s", false},
        {"a number with letters", "\"password\": 1.%1$s", false},
        {"a number with a leading zero", "\"password\": 01%1$s", false},
        {"a comment", "/* %1$s */ \"password\": \"x\"", false},
        {"a line comment", "// %1$s\n\"password\": \"x\"", false},
        {"a duplicate key", "\"%1$s\": \"a\", \"%1$s\": \"b\"", true},
        {"a wrong closing bracket", "\"password\": [\"%1$s\"}", false},
        {"a truncated document", "\"password\": \"x\", \"%1$s\"", true},
    };

    static Stream<Case> malformed() {
        List<Case> out = new ArrayList<>();
        for (Object[] b : YAML_BODIES) {
            String body = String.format((String) b[1], MARKER);
            out.add(new Case("YAML Secret: " + b[0], SECRET_HEAD + body, false, true));
            out.add(new Case("YAML Secret, flow style: " + b[0], SECRET_HEAD.replace("stringData:\n",
                    "stringData: {x: y}\nother:\n") + body, false, true));
            if (!(Boolean) b[2]) {
                out.add(new Case("YAML Stage: " + b[0], STAGE_HEAD + body, false, true));
            }
        }
        for (String[] s : YAML_STREAMS) {
            out.add(new Case("YAML stream: " + s[0], String.format(s[1], MARKER), false, true));
        }
        for (Object[] m : JSON_MEMBERS) {
            String member = String.format((String) m[1], MARKER);
            out.add(new Case("JSON Secret: " + m[0], "{\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"metadata\":"
                    + " {\"name\": \"x\"},\n \"stringData\": {" + member + "}}\n", true, true));
            out.add(new Case("JSON, kind last: " + m[0], "{\"apiVersion\": \"v1\", \"stringData\": {" + member
                    + "}, \"kind\": \"Secret\"}\n", true, true));
            if (!(Boolean) m[2]) {
                out.add(new Case("JSON Stage: " + m[0], "{\"apiVersion\": \"kargo.akuity.io/v1alpha1\", \"kind\":"
                        + " \"Stage\", \"metadata\": {\"name\": \"dev\"},\n \"spec\": {" + member + "}}\n", true, true));
            }
        }
        out.add(new Case("JSON: content after the document", "{\"apiVersion\": \"v1\", \"kind\": \"Secret\"} "
                + MARKER, true, true));
        out.add(new Case("JSON: two documents", "{\"apiVersion\": \"v1\", \"kind\": \"Secret\"}\n{\"a\": \""
                + MARKER + "\"}", true, true));
        out.add(new Case("JSON: a top-level key", "{\"" + MARKER + "\": [}", true, true));
        out.add(new Case("JSON: a bare token", MARKER, true, true));
        return out.stream();
    }

    /** Over the limits of {@link #SMALL}. */
    static Stream<Case> overLimits() {
        String m = MARKER;
        return Stream.of(
                new Case("a value over the scalar limit", SECRET_HEAD + "  password: " + m.repeat(4) + "\n", false, true),
                new Case("a line over the line limit", SECRET_HEAD + "  password: " + m.repeat(300) + "\n", false,
                        true),
                new Case("a document over the size limit", SECRET_HEAD + ("  " + m + "x: " + m + "\n").repeat(200),
                        false, true),
                new Case("too deep", SECRET_HEAD + "  " + (m + ": {").repeat(12) + "\n", false, true),
                new Case("too many aliases", SECRET_HEAD + "  a: &" + m + " x\n  b: [*" + m + ", *" + m + ", *" + m
                        + ", *" + m + ", *" + m + ", *" + m + "]\n", false, true),
                new Case("too many nodes", SECRET_HEAD + "  a: &" + m + " [" + "x, ".repeat(60) + "x]\n  b: [*" + m
                        + ", *" + m + ", *" + m + ", *" + m + "]\n", false, true),
                new Case("a JSON value over the limit", "{\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"stringData\":"
                        + " {\"password\": \"" + m.repeat(4) + "\"}}", true, true),
                new Case("JSON too deep", "{\"kind\": \"Secret\", \"stringData\": " + ("{\"" + m + "\": ").repeat(12)
                        + "1" + "}".repeat(13), true, true));
    }

    /** A wrong type, holding the marker, at every typed field of a Secret and of a Stage. */
    static Stream<Case> wrongTypes() {
        List<Case> out = new ArrayList<>();
        wrongTypes("v1", "Secret", Secret.class, out);
        wrongTypes("kargo.akuity.io/v1alpha1", "Stage", Stage.class, out);
        return out.stream();
    }

    private static void wrongTypes(String apiVersion, String kind, Class<?> type, List<Case> out) {
        JsonObject base = JsonObject.builder().put("apiVersion", apiVersion).put("kind", kind)
                .put("metadata", JsonObject.builder().put("name", "x").put("namespace", "demo").build()).build();
        walk(Shape.of(type).orElseThrow(), JsonPath.ROOT, new HashSet<>(), (path, p) -> {
            for (JsonValue wrong : wrongValues(p)) {
                JsonValue doc = set(base, path.segments(), 0, wrong);
                String name = kind + " " + path + " = " + describe(wrong);
                out.add(new Case("wrong type (YAML): " + name, CODEC.treeToYaml(doc), false, false));
                out.add(new Case("wrong type (JSON): " + name, CODEC.treeToJson(doc, true), true, false));
            }
        });
    }

    private interface Visitor {
        void visit(JsonPath path, Shape.Property property);
    }

    private static void walk(Shape shape, JsonPath at, Set<Class<?>> ancestors, Visitor v) {
        if (!ancestors.add(shape.type()) || at.depth() > 12) {
            return;
        }
        for (Shape.Property p : shape.properties()) {
            JsonPath path = at.key(p.jsonName());
            v.visit(path, p);
            JsonPath item = switch (p.cardinality()) {
                case LIST -> path.index(0);
                case MAP -> path.key("k");
                default -> path;
            };
            if (item != path && p.valueShape().isEmpty() && !p.freeForm()) {
                v.visit(item, new Shape.Property(p.jsonName(), p.javaName(), Shape.Cardinality.REQUIRED, p.valueType(),
                        false));
            }
            if (!p.freeForm()) {
                p.valueShape().ifPresent(s -> walk(s, item, ancestors, v));
            }
        }
        ancestors.remove(shape.type());
    }

    private static List<JsonValue> wrongValues(Shape.Property p) {
        JsonValue text = JsonString.of(MARKER);
        JsonValue list = JsonArray.builder().add(JsonString.of(MARKER)).build();
        JsonValue object = JsonObject.builder().put(MARKER, JsonString.of(MARKER)).build();
        Class<?> t = p.valueType();
        return switch (p.cardinality()) {
            case LIST -> List.of(text, object);
            case MAP -> List.of(text, list);
            default -> {
                if (p.freeForm()) {
                    yield t == JsonObject.class ? List.of(text, list) : t == JsonArray.class ? List.of(text, object)
                            : List.of();
                }
                if (t == String.class) {
                    yield List.of(list, object);
                }
                if (t == Boolean.class || t == Integer.class || t == Long.class || t == Double.class) {
                    yield List.of(text, list);
                }
                yield List.of(text, list, object);
            }
        };
    }

    private static String describe(JsonValue v) {
        return v instanceof JsonString ? "the marker" : v instanceof JsonArray ? "[the marker]"
                : "{the marker: the marker}";
    }

    private static JsonValue set(JsonValue node, List<Object> segments, int i, JsonValue value) {
        if (i == segments.size()) {
            return value;
        }
        if (segments.get(i) instanceof String key) {
            JsonObject o = node instanceof JsonObject obj ? obj : JsonObject.EMPTY;
            return o.with(key, set(o.getOrNull(key), segments, i + 1, value));
        }
        JsonValue first = node instanceof JsonArray a && !a.isEmpty() ? a.get(0) : null;
        return JsonArray.builder().add(set(first, segments, i + 1, value)).build();
    }

    /** Documents that load: everything of the Secret holds the marker, and no toString shows it. */
    static Stream<Case> loading() {
        String m = MARKER;
        String everywhere = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\n  namespace: demo\n"
                + "  labels:\n    kargo.akuity.io/cred-type: " + m + "\n    " + m + ": \"x\"\n  annotations:\n"
                + "    kubectl.kubernetes.io/last-applied-configuration: '{\"stringData\":{\"password\":\"" + m
                + "\"}}'\n    " + m + ": \"y\"\n  " + m + ": 1\n  finalizers: [" + m + "]\n"
                + "type: Opaque\nimmutable: true\nstringData:\n  password: " + m + "\n  repoURL: https://user:" + m
                + "@github.com/x/y.git\n  sshPrivateKey: |\n    " + m + "\ndata:\n  password: " + m + "\n"
                + "strigData:\n  password: " + m + "\n  " + m + ": " + m + "\n" + m + ": " + m + "\n";
        return Stream.of(
                new Case("a Secret with the marker in every value and unknown key", everywhere, false, false),
                new Case("a Secret of another apiVersion (generic)", everywhere.replace("apiVersion: v1\n",
                        "apiVersion: v2\n"), false, false),
                new Case("a List of Secrets (generic)", "apiVersion: v1\nkind: List\nitems:\n- "
                        + everywhere.replace("\n", "\n  ").trim() + "\n", false, false),
                new Case("a Secret in JSON", "{\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"metadata\": {\"name\":"
                        + " \"x\"}, \"stringData\": {\"password\": \"" + m + "\"}, \"strigData\": {\"token\": \"" + m
                        + "\"}}", true, false),
                new Case("a Secret with anchors and aliases", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\n"
                        + "stringData:\n  password: &" + m + " " + m + "\n  again: *" + m + "\n  tagged: !" + m + " "
                        + m + "\n", false, false));
    }

    static Stream<Case> all() {
        return Stream.of(malformed(), wrongTypes(), loading()).flatMap(s -> s);
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void theMarkerAppearsInNoMessageToStringCauseOrStackTrace(Case c) throws IOException {
        check(CODEC, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overLimits")
    void theMarkerAppearsInNoMessageOverTheLimits(Case c) throws IOException {
        check(SMALL, c);
    }

    private void check(KargoCodec codec, Case c) throws IOException {
        if (!c.json()) {
            try {
                for (Manifest m : codec.parse(c.text(), "in.yaml")) {
                    assertClean(m);
                    m.problems().forEach(SecretLeakTest::assertClean);
                }
            } catch (ManifestException e) {
                assertClean(e);
            }
        }
        Path file = dir.resolve(c.json() ? "in.json" : "in.yaml");
        write(file, c.text());
        ReadResult result = codec.readAll(file);
        assertClean("ReadResult.toString()", result.toString());
        result.errors().forEach(SecretLeakTest::assertClean);
        result.manifests().forEach(SecretLeakTest::assertClean);
        result.manifests().forEach(m -> m.problems().forEach(SecretLeakTest::assertClean));
    }

    /** The messages of the exception and of every cause and suppressed exception, and its stack trace. */
    static void assertClean(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        assertClean("stack trace", trace.toString());
        Set<Throwable> seen = new HashSet<>();
        List<Throwable> work = new ArrayList<>(List.of(t));
        while (!work.isEmpty()) {
            Throwable x = work.remove(work.size() - 1);
            if (!seen.add(x)) {
                continue;
            }
            assertClean("message", String.valueOf(x.getMessage()));
            assertClean("localized message", String.valueOf(x.getLocalizedMessage()));
            assertClean("toString()", x.toString());
            if (x instanceof ManifestException me) {
                assertClean("problem()", me.problem());
                assertClean("path()", String.valueOf(me.path().orElse(null)));
                assertClean("source()", me.source());
            }
            if (x.getCause() != null) {
                work.add(x.getCause());
            }
            work.addAll(List.of(x.getSuppressed()));
        }
    }

    /**
     * {@code toString()} of the manifest, and of the resource when it is a Secret (of any apiVersion). A Secret shows
     * the keys of {@code data} and {@code stringData} by design (as {@code kubectl describe secret} does), never a
     * value and nothing of its unknown fields.
     */
    static void assertClean(Manifest m) {
        assertClean("Manifest.toString()", m.toString());
        KargoResource r = m.resource();
        if (r instanceof Secret s) {
            String shown = s.toString();
            for (String key : s.data().keySet()) {
                shown = shown.replace(key, "");
            }
            for (String key : s.stringData().keySet()) {
                shown = shown.replace(key, "");
            }
            assertClean("Secret.toString() without the keys", shown);
        } else if (r instanceof GenericResource && r.kind().equals("Secret")) {
            assertClean("GenericResource.toString()", r.toString());
        }
    }

    static void assertClean(String what, String text) {
        for (String piece : PIECES) {
            assertFalse(text.contains(piece), () -> what + " shows the secret: " + text);
        }
    }

    @Test
    void theCorpusCoversEveryKindOfInput() {
        List<Case> cases = all().toList();
        // the YAML and JSON bodies in all their variants, and a wrong type at hundreds of typed fields
        assertTrue(malformed().count() > 180, "malformed: " + malformed().count());
        assertTrue(wrongTypes().count() > 400, "wrong types: " + wrongTypes().count());
        assertEquals(cases.size(), cases.stream().map(Case::name).distinct().count(), "case names are unique");
    }

    @Test
    void theMalformedInputsAreRefusedAndTheOthersLoad() throws IOException {
        long refused = malformed().filter(c -> refused(read(CODEC, c))).count();
        // the flow-style variants put some bodies under an unknown field, where a key without value is fine
        assertTrue(refused > malformed().count() * 9 / 10, refused + " of " + malformed().count());
        assertTrue(overLimits().allMatch(c -> refused(read(SMALL, c))));
        assertTrue(loading().noneMatch(c -> refused(read(CODEC, c))));
        assertTrue(wrongTypes().filter(c -> refused(read(CODEC, c))).count() > wrongTypes().count() * 9 / 10);
    }

    /** UTF-8, an unpaired surrogate (which has no UTF-8 form) written as '?'. */
    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private ReadResult read(KargoCodec codec, Case c) {
        try {
            Path file = dir.resolve(c.json() ? "in.json" : "in.yaml");
            write(file, c.text());
            return codec.readAll(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void messagesStillSayWhatAndWhere() {
        ManifestException yaml = read(SECRET_HEAD + "  password: \"\\u" + MARKER + "\"\n");
        assertEquals("in.yaml:7:16: stringData: malformed YAML: an incomplete \\x, \\u or \\U escape sequence in a"
                + " double-quoted string (while scanning a double-quoted scalar)", yaml.getMessage());
        assertEquals(null, yaml.getCause());
        ManifestException alias = read(STAGE_HEAD + "  shard: *" + MARKER + "\n");
        assertEquals("in.yaml:7:10: spec.shard: an alias (*) refers to no anchor (&) of that name defined before it"
                + " in the document", alias.getMessage());
        ManifestException flow = read(SECRET_HEAD + "  nested: {password " + MARKER + "}\n");
        assertTrue(flow.getMessage().startsWith("in.yaml:7:11: stringData: expected a string, found an object"),
                flow.getMessage());
        ManifestException list = read("apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n"
                + "  stringData:\n    " + MARKER + ": [\n");
        assertEquals("items[0].stringData", list.path().orElseThrow().toString(), list.getMessage());
        ManifestException stage = read(STAGE_HEAD + "  requestedFreight:\n    - origin: {kind: Warehouse, name: w}\n"
                + "      sources: {direct: \"" + MARKER + "\"}\n");
        assertTrue(stage.getMessage().contains("spec.requestedFreight[0].sources.direct: expected a boolean (true or"
                + " false), found a string (in Stage)"), stage.getMessage());
    }

    /** @return the error that stops reading, or else the first value that does not fit the schema */
    private static ManifestException read(String text) {
        List<Manifest> read;
        try {
            read = CODEC.parse(text, "in.yaml");
        } catch (ManifestException e) {
            return e;
        }
        return read.stream().flatMap(m -> m.problems().stream()).findFirst()
                .orElseThrow(() -> new AssertionError("expected an error: " + text));
    }

    /** @return whether reading refused something: a file error, or a value that does not fit the schema */
    private static boolean refused(ReadResult r) {
        return !r.isClean() || r.manifests().stream().anyMatch(m -> !m.fits());
    }

    @Test
    void jsonMessagesNameTheProblemNotTheToken() throws IOException {
        Path file = dir.resolve("in.json");
        Files.writeString(file, "{\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"stringData\": {\"password\": "
                + MARKER + "}}");
        ManifestException e = CODEC.readAll(file).errors().get(0);
        assertTrue(e.getMessage().endsWith(":1:67: stringData: malformed JSON: a value that is not JSON (strings need"
                + " double quotes; true, false and null are lower case)"), e.getMessage());
        assertEquals(null, e.getCause());
    }
}
