package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.common.ArtifactReference;
import io.github.kargo4j.model.testing.Fixtures;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.common.OriginKind;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.testing.RoundTrip;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreightTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    private static Freight freight(String file) {
        return CODEC.parseOne(Fixtures.read("freight/" + file), Freight.class);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRoundTripsLosslessly() {
        List<Path> files = Fixtures.all("freight");
        assertTrue(files.size() >= 2, "fixtures: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<Manifest> read = RoundTrip.assertLossless(Fixtures.read(f));
            assertFalse(read.isEmpty());
            read.forEach(m -> assertTrue(m.resource() instanceof Freight, "typed as Freight: " + m.resource()));
        }));
    }

    @Test
    void readsTopLevelFieldsAndStatus() {
        Freight freight = freight("freight.yaml");
        assertEquals("4c2a9f1e0b7d3a5c8e6f1a2b3c4d5e6f7a8b9c0d", freight.name());
        assertEquals(FreightOrigin.warehouse("security-scan-repo"), freight.origin());
        assertEquals("fierce-panda", freight.alias().orElseThrow());
        assertEquals("2025-06-01T12:00:00Z", freight.discoveredAt().orElseThrow());

        assertEquals(2, freight.commits().size());
        GitCommit commit = freight.commits().get(0);
        assertEquals("9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b", commit.id().orElseThrow());
        assertEquals("main", commit.branch().orElseThrow());
        assertEquals("Bump scanner rules", commit.message().orElseThrow());
        assertEquals("Jane Doe <jane@example.com>", commit.author().orElseThrow());
        assertEquals("GitHub <noreply@github.com>", commit.committer().orElseThrow());
        assertEquals("v2.0.0", freight.commits().get(1).tag().orElseThrow());
        Image image = freight.images().get(0);
        assertEquals("v1.4.2", image.tag().orElseThrow());
        assertTrue(image.digest().orElseThrow().startsWith("sha256:"));
        assertEquals("2025-06-01T11:58:00Z", image.annotations().get("org.opencontainers.image.created"));
        Chart chart = freight.charts().get(0);
        assertEquals("https://charts.example.com", chart.repoURL().orElseThrow());
        assertEquals("security-scanner", chart.name().orElseThrow());
        assertEquals("0.9.1", chart.version().orElseThrow());
        ArtifactReference artifact = freight.artifacts().get(0);
        assertEquals("application/vnd.example.rules+json", artifact.artifactType().orElseThrow());
        assertEquals("2025.06.01", artifact.version());
        assertEquals(JsonString.of("a1b2c3d4"), artifact.metadata().orElseThrow().get("sha256").orElseThrow());

        FreightStatus status = freight.status().orElseThrow();
        assertTrue(status.isApprovedFor("qa"));
        assertFalse(status.isApprovedFor("dev"));
        assertEquals("2025-06-02T09:00:00Z", status.approvedFor().get("qa").approvedAt().orElseThrow());
        assertTrue(status.isCurrentlyIn("dev"));
        assertEquals("2025-06-02T08:15:00Z", status.currentlyIn().get("devpreview").since().orElseThrow());
        assertTrue(status.isVerifiedIn("devpreview"));
        assertEquals("1h45m0s", status.verifiedIn().get("devpreview").longestSoak().orElseThrow());
        assertTrue(status.verifiedIn().get("approvalgatedev").longestSoak().isEmpty());
        assertEquals(JsonValue.of(true), status.metadata().get("signed"));
        assertEquals(JsonValue.of(2), status.metadata().get("findings").asObject().get("high").orElseThrow());

        FreightReference ref = freight.toReference();
        assertEquals(freight.name(), ref.name().orElseThrow());
        assertEquals(freight.images(), ref.images());
        assertEquals(freight.artifacts(), ref.artifacts());
    }

    @Test
    void buildsFreightWithTheBuilders() {
        Freight built = Freight.builder()
                .metadata(m -> m.name("legacy-freight").namespace("kargo-managed-stack"))
                .origin(o -> o.kindAsString("Bucket").name("security-scan-repo"))
                .addImage(i -> i.repoURL("ghcr.io/example/security-scanner").tag("v1.0.0")
                        .unknownFields(JsonObject.of("gitRepoURL",
                                "https://github.com/example/security-scanner.git")))
                .addChart(c -> c.name("security-scanner").version("0.1.0")
                        .unknownFields(JsonObject.of("registryURL", "https://charts.example.com")))
                .status(s -> s.putVerifiedIn("dev", VerifiedStage.builder().verifiedAt("2025-01-01T00:00:00Z")
                                .unknownFields(JsonObject.of("verifiedBy", "admin")).build())
                        .unknownFields(JsonObject.of("rejectedFor", Map.of("prod", Map.of()))))
                .unknownFields(JsonObject.builder().put("id", "0a1b2c3d").put("warehouse", "security-scan-repo")
                        .build())
                .build();
        assertEquals(freight("unknown-fields.yaml"), built);

        Freight full = Freight.builder()
                .metadata(m -> m.name("f").namespace("ns"))
                .origin(FreightOrigin.warehouse("w"))
                .alias("calm-otter")
                .discoveredAt("2025-06-01T12:00:00Z")
                .addCommit(c -> c.repoURL("https://github.com/example/a.git").id("abc").tag("v1"))
                .addArtifact(a -> a.subscriptionName("rules").version("1").metadata(JsonObject.of("k", "v")))
                .status(s -> s.putApprovedFor("qa", ApprovedStage.builder().approvedAt("2025-06-02T09:00:00Z")
                                .build())
                        .putCurrentlyIn("dev", CurrentStage.builder().since("2025-06-02T10:00:00Z").build())
                        .putMetadata("note", JsonValue.of("ok")))
                .build();
        assertEquals(full, CODEC.parseOne(CODEC.toYaml(full), Freight.class));
        assertEquals(FreightReference.builder().name("f").origin(o -> o.kindAsString("Warehouse").name("w"))
                .addCommit(c -> c.repoURL("https://github.com/example/a.git").id("abc").tag("v1"))
                .addArtifact(a -> a.subscriptionName("rules").version("1").metadata(JsonObject.of("k", "v")))
                .build(), full.toReference());
    }

    @Test
    void keepsRemovedFieldsAndUnknownOriginKinds() {
        Freight freight = freight("unknown-fields.yaml");
        assertEquals(JsonString.of("0a1b2c3d"), freight.unknownFields().get("id").orElseThrow(),
                "Freight.id was removed in Kargo v0.5");
        assertEquals(JsonString.of("security-scan-repo"), freight.unknownFields().get("warehouse").orElseThrow());
        assertEquals("Bucket", freight.origin().kindAsString());
        assertEquals(OriginKind.UNKNOWN, freight.origin().kind());
        assertTrue(freight.images().get(0).unknownFields().containsKey("gitRepoURL"));
        assertTrue(freight.charts().get(0).repoURL().isEmpty());
        assertEquals(JsonString.of("https://charts.example.com"),
                freight.charts().get(0).unknownFields().get("registryURL").orElseThrow());
        FreightStatus status = freight.status().orElseThrow();
        assertEquals(JsonString.of("admin"), status.verifiedIn().get("dev").unknownFields().get("verifiedBy")
                .orElseThrow());
        assertTrue(status.unknownFields().containsKey("rejectedFor"));
        String yaml = CODEC.toYaml(freight);
        for (String s : List.of("id: 0a1b2c3d", "warehouse: security-scan-repo", "kind: Bucket", "gitRepoURL:",
                "registryURL:", "verifiedBy: admin", "rejectedFor:")) {
            assertTrue(yaml.contains(s), s + " in\n" + yaml);
        }
    }

    @Test
    void verificationPhaseIsAnOpenEnum() {
        VerificationInfo info = VerificationInfo.builder().id("v").phaseAsString("Paused").build();
        assertEquals(VerificationPhase.UNKNOWN, info.phase().orElseThrow());
        assertEquals("Paused", info.phaseAsString().orElseThrow());
        FreightCollection collection = FreightCollection.builder().id("c").addVerificationHistory(info).build();
        assertEquals(info, collection.latestVerification().orElseThrow());
        assertTrue(VerificationPhase.ERROR.isTerminal());
        assertFalse(VerificationPhase.UNKNOWN.isTerminal());
        assertEquals("Error", VerificationInfo.builder().phase(VerificationPhase.ERROR).build().phaseAsString()
                .orElseThrow());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> VerificationInfo.builder().phase(VerificationPhase.UNKNOWN));
    }
}
