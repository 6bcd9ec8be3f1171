package io.github.kargo4j.validation.admission;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * KA037, KA038 and KA039: the commits, images and charts of a Freight map one to one onto the git, image and chart
 * subscriptions of its Warehouse, as Kargo's Freight webhook ({@code validateFreightArtifacts}) requires.
 */
class FreightArtifactsTest {

    private static final String[] CODES = {"KA037", "KA038", "KA039"};

    /** A Warehouse {@code w} in namespace {@code test} with these subscriptions (YAML list items). */
    private static String warehouse(String subscriptions) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: w, namespace: test}
                spec:
                  subscriptions:
                """ + subscriptions.indent(2) + "---\n";
    }

    /** A Freight {@code f} in namespace {@code test} from Warehouse {@code w} with this body. */
    private static String freight(String body) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Freight
                metadata: {name: f, namespace: test}
                origin: {kind: Warehouse, name: w}
                """ + body;
    }

    private static List<Finding> findings(String yaml) {
        return TestValidation.validate(yaml).withCodes(CODES).findings();
    }

    /**
     * One case of Kargo's {@code Test_webhook_ValidateFreightArtifacts}.
     *
     * @param name      the case's name in Kargo's test
     * @param yaml      the Warehouse and the Freight
     * @param code      the rule of the one expected error, or null for none
     * @param kargoText the text Kargo's error contains
     */
    record KargoCase(String name, String yaml, String code, String kargoText) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The cases of {@code Test_webhook_ValidateFreightArtifacts} in Kargo v1.11.2
     * {@code pkg/webhook/kubernetes/freight/webhook_test.go} (Apache License 2.0, Copyright 2022 Akuity, Inc.), with
     * Kargo's test values; Kargo's Warehouse and Freight have no name there, here they are {@code w} and {@code f}.
     * Kargo expects exactly one error (or none) containing the quoted text.
     */
    static Stream<KargoCase> kargoCases() {
        return Stream.of(
                new KargoCase("Freight missing artifact",
                        warehouse("- git: {repoURL: fake-repo-url}\n") + freight("commits: []\n"),
                        "KA038", "no artifact found for subscription"),
                new KargoCase("Freight with duplicate Git artifact for Warehouse subscription",
                        warehouse("- git: {repoURL: fake-repo-url}\n")
                                + freight("commits: [{repoURL: fake-repo-url}, {repoURL: fake-repo-url}]\n"),
                        "KA039", "multiple artifacts found for subscription"),
                new KargoCase("Freight with duplicate image artifact for Warehouse subscription",
                        warehouse("- image: {repoURL: fake-repo-url}\n")
                                + freight("images: [{repoURL: fake-repo-url}, {repoURL: fake-repo-url}]\n"),
                        "KA039", "multiple artifacts found for subscription"),
                new KargoCase("Freight with multiple chart artifacts for Warehouse subscription",
                        warehouse("- chart: {repoURL: fake-repo-url, name: fake-name}\n")
                                + freight("charts: [{repoURL: fake-repo-url, name: fake-name}, "
                                + "{repoURL: fake-repo-url, name: fake-name}]\n"),
                        "KA039", "multiple artifacts found for subscription"),
                new KargoCase("Freight with Git commit not matching Warehouse subscription",
                        warehouse("  []\n") + freight("commits: [{repoURL: fake-repo-url}]\n"),
                        "KA037", "no subscription found for Git repository in Warehouse"),
                new KargoCase("Freight with image repository not matching Warehouse subscription",
                        warehouse("  []\n") + freight("images: [{repoURL: fake-repo-url}]\n"),
                        "KA037", "no subscription found for image repository in Warehouse"),
                new KargoCase("Freight with Helm chart not matching Warehouse subscription",
                        warehouse("  []\n") + freight("charts: [{repoURL: fake-repo-url, name: fake-name}]\n"),
                        "KA037", "no subscription found for Helm chart in Warehouse"),
                new KargoCase("success", warehouse("""
                        - git: {repoURL: fake-git-repo-url}
                        - git: {repoURL: fake-another-git-repo-url}
                        - image: {repoURL: fake-image-repo-url}
                        - image: {repoURL: fake-another-image-repo-url}
                        - chart: {repoURL: fake-chart-repo-url, name: fake-chart-name}
                        - chart: {repoURL: fake-chart-repo-url, name: fake-another-chart-name}
                        - chart: {repoURL: fake-another-chart-repo-url}
                        """) + freight("""
                        commits: [{repoURL: fake-git-repo-url}, {repoURL: fake-another-git-repo-url}]
                        images: [{repoURL: fake-image-repo-url}, {repoURL: fake-another-image-repo-url}]
                        charts:
                        - {repoURL: fake-chart-repo-url, name: fake-chart-name}
                        - {repoURL: fake-chart-repo-url, name: fake-another-chart-name}
                        - {repoURL: fake-another-chart-repo-url}
                        """), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kargoCases")
    void agreesWithKargosWebhookTests(KargoCase c) {
        List<Finding> found = findings(c.yaml());
        if (c.code() == null) {
            assertEquals(List.of(), found);
            return;
        }
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(c.code(), f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains(c.kargoText()), f.message());
        assertTrue(f.position().isPresent() && !f.hint().isBlank(), f.toString());
    }

    /** Kargo's {@code "warehouse does not exist"} case: a Warehouse outside the validated set is not compared. */
    @Test
    void aFreightWhoseWarehouseIsNotInTheSetIsNotCompared() {
        assertEquals(List.of(), findings(freight("commits: [{repoURL: fake-repo-url}]\n")));
        assertEquals(List.of(), findings(warehouse("- image: {repoURL: ghcr.io/example/app}\n")
                + freight("commits: [{repoURL: fake-repo-url}]\n").replace("namespace: test}", "namespace: other}")));
    }

    @Test
    void commitsMatchAfterKargosGitUrlNormalization() {
        assertEquals(List.of(), findings(warehouse("""
                - git: {repoURL: 'https://github.com/Example/App.git'}
                - git: {repoURL: 'git@github.com:example/config.git'}
                """) + freight("""
                commits:
                - {repoURL: 'https://token@github.com/example/app/', id: abc}
                - {repoURL: 'ssh://git@github.com/example/config', id: def}
                """)));
    }

    @Test
    void aMissingCommitIsNamedByItsNormalizedUrlAsKargoDoes() {
        List<Finding> found = findings(warehouse("- git: {repoURL: 'https://github.com/Example/App.git'}\n")
                + freight("images: [{repoURL: ghcr.io/example/app, tag: '1'}]\n"));
        List<Finding> missing = found.stream().filter(f -> f.code().equals("KA038")).toList();
        assertEquals(1, missing.size(), found.toString());
        assertEquals("commits", missing.get(0).path().toString());
        assertEquals("Freight \"f\" (from Warehouse \"w\") has no commit for the git subscription "
                + "spec.subscriptions[0] of Warehouse \"w\" (\"https://github.com/Example/App.git\"); Kargo rejects "
                + "it: \"no artifact found for subscription \\\"https://github.com/example/app\\\" of Warehouse "
                + "\\\"w\\\"\"", missing.get(0).message());
        assertTrue(missing.get(0).hint().startsWith("add a commit with repoURL \"https://github.com/Example/App.git\""),
                missing.get(0).hint());
    }

    @Test
    void imagesMatchOnlyAsWrittenAndTheHintSaysSo() {
        List<Finding> found = findings(warehouse("- image: {repoURL: nginx}\n")
                + freight("images: [{repoURL: docker.io/library/nginx, tag: '1.27'}]\n"));
        assertEquals(List.of("KA037", "KA038"), found.stream().map(Finding::code).sorted().toList(),
                found.toString());
        Finding extra = found.stream().filter(f -> f.code().equals("KA037")).findFirst().orElseThrow();
        assertEquals("images[0].repoURL", extra.path().toString());
        assertEquals("Freight \"f\" (from Warehouse \"w\") has an image of \"docker.io/library/nginx\" (images[0]), "
                + "which no image subscription of Warehouse \"w\" matches; Kargo rejects it: \"no subscription found "
                + "for image repository in Warehouse \\\"w\\\"\"", extra.message());
        assertEquals("write repoURL exactly as the subscription spec.subscriptions[0] does, \"nginx\": Kargo "
                + "compares image repositories as written", extra.hint());
    }

    @Test
    void httpChartsMatchByRepositoryAndNameAndOciChartsByUrl() {
        String warehouse = warehouse("""
                - chart: {repoURL: 'https://charts.example.com/', name: app}
                - chart: {repoURL: 'oci://ghcr.io/example/charts/api'}
                """);
        assertEquals(List.of(), findings(warehouse + freight("""
                charts:
                - {repoURL: 'https://Charts.Example.com', name: app, version: 1.0.0}
                - {repoURL: 'OCI://ghcr.io/example/charts/api', version: 2.0.0}
                """)));
        List<Finding> found = findings(warehouse + freight("""
                charts:
                - {repoURL: 'https://charts.example.com', name: other, version: 1.0.0}
                - {repoURL: 'oci://ghcr.io/example/charts/api', name: api, version: 2.0.0}
                """));
        assertEquals(List.of("KA037 charts[0].repoURL", "KA037 charts[1].repoURL", "KA038 charts", "KA038 charts"),
                found.stream().map(f -> f.code() + " " + f.path()).sorted().toList(), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.message().contains(
                "no artifact found for subscription \\\"https:/charts.example.com/app\\\"")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.message().contains(
                "no artifact found for subscription \\\"ghcr.io/example/charts/api\\\"")), found.toString());
        Finding other = found.stream().filter(f -> f.path().toString().equals("charts[0].repoURL")).findFirst()
                .orElseThrow();
        assertEquals("write the repoURL and name of one of the chart subscriptions of Warehouse \"w\" ("
                + "\"https://charts.example.com/\" chart \"app\", \"oci://ghcr.io/example/charts/api\"), or subscribe "
                + "the Warehouse to this chart",
                other.hint());
    }

    /** Kargo joins an OCI repository and a chart name too, so a name that completes the URL matches. */
    @Test
    void anOciRepositoryAndANameMatchTheFullOciUrlAsInKargo() {
        assertEquals(List.of(), findings(warehouse("- chart: {repoURL: 'oci://ghcr.io/example/charts/api'}\n")
                + freight("charts: [{repoURL: 'oci://ghcr.io/example/charts', name: api, version: 2.0.0}]\n")));
    }

    @Test
    void twoCommitsOfOneRepositoryWrittenDifferentlyAreTwoArtifactsOfOneSubscription() {
        List<Finding> found = findings(warehouse("- git: {repoURL: 'https://github.com/example/app'}\n")
                + freight("commits: [{repoURL: 'https://github.com/example/app.git', id: a}, "
                + "{repoURL: 'https://github.com/EXAMPLE/app', id: b}]\n"));
        assertEquals(1, found.size(), found.toString());
        assertEquals("KA039", found.get(0).code());
        assertEquals("commits[1]", found.get(0).path().toString());
        assertTrue(found.get(0).message().contains("has 2 commits for the git subscription spec.subscriptions[0]"
                + " of Warehouse \"w\" (\"https://github.com/example/app\") (commits[0], commits[1]); Kargo rejects "
                + "it: \"multiple artifacts found for subscription \\\"https://github.com/example/app\\\" of "
                + "Warehouse \\\"w\\\"\""), found.get(0).message());
    }

    @Test
    void genericSubscriptionsAndArtifactsAreNotCompared() {
        assertEquals(List.of(), findings(warehouse("""
                - image: {repoURL: ghcr.io/example/app}
                - s3: {bucket: releases}
                """) + freight("""
                images: [{repoURL: ghcr.io/example/app, tag: '1'}]
                artifacts: [{subscriptionName: releases, version: v1}]
                """)));
    }
}
