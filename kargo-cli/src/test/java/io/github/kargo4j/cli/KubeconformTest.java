package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kargo4j schema --layout kubeconform} against kubeconform's {@code -schema-location} contract. The first test
 * needs no kubeconform: it expands the location the command prints as kubeconform v0.6.7 and v0.7.0 expand it
 * ({@code schemaPath} in {@code pkg/registry/registry.go} of github.com/yannh/kubeconform: {@code ResourceKind} is
 * the kind lowercased, {@code KindSuffix} is {@code -} and the first label of the API group, lowercased, then
 * {@code -} and the version, lowercased; the core group has no label) for every manifest of the examples, and checks
 * that each lands on a file that is that kind's schema. The second runs the real kubeconform when it is installed
 * ({@code sh kargo-cli/src/test/go/kubeconform/install.sh}, or {@code KUBECONFORM=/path/to/kubeconform}).
 */
class KubeconformTest {

    private static final Path EXAMPLES = Path.of("../kargo-examples/src/main/resources");
    private static final String INSTALL = "kargo-cli/src/test/go/kubeconform/install.sh";
    private static final Pattern LOCATION = Pattern.compile("-schema-location '([^']+)'");

    /**
     * kubeconform's expansion of a schema location template, as its {@code schemaPath} does: every field of v0.7.0
     * ({@code Group} is new there), as plain text replacement of the spellings kubeconform documents.
     */
    static String expand(String template, String kind, String apiVersion, String k8sVersion, boolean strict) {
        String[] groupParts = apiVersion.split("/", -1);
        String[] versionParts = groupParts[0].split("\\.", -1);
        String kindSuffix = "-" + versionParts[0].toLowerCase(Locale.ROOT);
        if (groupParts.length > 1) {
            kindSuffix += "-" + groupParts[1].toLowerCase(Locale.ROOT);
        }
        return template
                .replace("{{ .NormalizedKubernetesVersion }}", k8sVersion.equals("master") ? "master" : "v" + k8sVersion)
                .replace("{{ .StrictSuffix }}", strict ? "-strict" : "")
                .replace("{{ .ResourceKind }}", kind.toLowerCase(Locale.ROOT))
                .replace("{{ .ResourceAPIVersion }}", groupParts[groupParts.length - 1])
                .replace("{{ .Group }}", groupParts[0])
                .replace("{{ .KindSuffix }}", kindSuffix);
    }

    private static String writeLayout(Path out) {
        CliRun run = CliRun.run("schema", "--output", out.toString(), "--layout", "kubeconform");
        assertEquals(0, run.status(), run.err());
        Matcher m = LOCATION.matcher(run.out());
        assertTrue(m.find(), "the command prints the location to pass: " + run.out());
        return m.group(1);
    }

    @Test
    void theExpansionIsKubeconformsOwn() {
        // the four cases of TestSchemaPath in kubeconform's pkg/registry/registry_test.go (v0.6.7, v0.7.0), as data
        String tpl = "https://kubernetesjsonschema.dev/{{ .NormalizedKubernetesVersion }}-standalone"
                + "{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json";
        assertEquals("https://kubernetesjsonschema.dev/v1.16.0-standalone-strict/deployment-apps-v1.json",
                expand(tpl, "Deployment", "apps/v1", "1.16.0", true));
        assertEquals("https://kubernetesjsonschema.dev/v1.16.0-standalone/deployment-apps-v1.json",
                expand(tpl, "Deployment", "apps/v1", "1.16.0", false));
        assertEquals("https://kubernetesjsonschema.dev/v1.18.0-standalone/service-v1.json",
                expand(tpl, "Service", "v1", "1.18.0", false));
        assertEquals("https://kubernetesjsonschema.dev/master-standalone/service-v1.json",
                expand(tpl, "Service", "v1", "master", false));
        assertEquals("stage-kargo-v1alpha1.json",
                expand("{{ .ResourceKind }}{{ .KindSuffix }}.json", "Stage", "kargo.akuity.io/v1alpha1", "1.33.0",
                        true));
    }

    @Test
    void everyExampleManifestResolvesToItsKindsSchemaFile(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("schemas");
        String location = writeLayout(out);
        assertTrue(location.startsWith(out.toAbsolutePath().normalize().toString()), location);
        ReadResult read = KargoCodec.create().readAll(List.of(EXAMPLES));
        assertTrue(read.manifests().size() >= 15, "the examples: " + read.manifests().size());
        Set<String> kinds = new TreeSet<>();
        for (Manifest m : read.manifests()) {
            String kind = m.resource().kind();
            String apiVersion = m.resource().apiVersion();
            for (boolean strict : new boolean[] {false, true}) {
                Path file = Path.of(expand(location, kind, apiVersion, "1.33.0", strict));
                assertTrue(Files.isRegularFile(file), m.location() + ": " + kind + " " + apiVersion + " resolves to "
                        + file + ", which the layout does not have");
                // JSON is YAML: read as the value of a key of an object the codec accepts
                JsonObject schema = (JsonObject) KargoCodec.create().parse("apiVersion: v1\nkind: Schema\nschema: "
                        + Files.readString(file)).get(0).tree().getOrNull("schema");
                JsonObject properties = (JsonObject) schema.getOrNull("properties");
                assertEquals(kind, ((JsonObject) properties.getOrNull("kind")).getString("const").orElseThrow(),
                        file.toString());
                assertEquals(apiVersion, ((JsonObject) properties.getOrNull("apiVersion")).getString("const")
                        .orElseThrow(), file.toString());
            }
            kinds.add(kind);
        }
        assertTrue(kinds.containsAll(Set.of("Project", "ProjectConfig", "Warehouse", "Stage", "AnalysisTemplate",
                "Secret", "Namespace")), kinds.toString());
    }

    @Test
    void theRealKubeconformReadsTheLayout(@TempDir Path tmp) throws IOException, InterruptedException {
        String binary = System.getenv().getOrDefault("KUBECONFORM", "target/kubeconform/kubeconform");
        Assumptions.assumeTrue(Files.isExecutable(Path.of(binary)), "kubeconform is not installed at " + binary
                + "; run sh " + INSTALL + " (needs Go and network) or set KUBECONFORM");
        String location = writeLayout(tmp.resolve("schemas"));

        Run clean = kubeconform(binary, location, EXAMPLES.resolve("seed-000"));
        assertEquals(0, clean.status(), clean.out());
        assertTrue(clean.out().matches("(?s).*Summary: \\d+ resources found in \\d+ files - Valid: \\d+, Invalid: 0,"
                + " Errors: 0, Skipped: 0.*"), clean.out());

        // a misspelled key and a removed shape are what kubeconform must catch with these schemas
        Path broken = Files.writeString(tmp.resolve("stage.yaml"), PipelineDir.stage("dev", "")
                .replace("requestedFreight:", "requestedFreigth:"));
        Run typo = kubeconform(binary, location, broken);
        assertEquals(1, typo.status(), typo.out());
        assertTrue(typo.out().contains("additionalProperties 'requestedFreigth' not allowed"), typo.out());
        Run legacy = kubeconform(binary, location, EXAMPLES.resolve("seed-003/projects/nginx/project.yaml"));
        assertEquals(1, legacy.status(), legacy.out());
        assertTrue(legacy.out().contains("additionalProperties 'spec' not allowed"), legacy.out());
    }

    private record Run(int status, String out) {
    }

    private static Run kubeconform(String binary, String location, Path input)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary, "-strict", "-summary", "-schema-location", location,
                input.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // a guard against a hung process, not a timing assertion
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "kubeconform did not finish: " + out);
        return new Run(p.exitValue(), out);
    }
}
