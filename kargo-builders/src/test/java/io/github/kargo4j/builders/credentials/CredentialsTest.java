package io.github.kargo4j.builders.credentials;

import io.github.kargo4j.model.core.CredentialType;
import io.github.kargo4j.model.core.Secret;
import io.github.kargo4j.model.io.KargoCodec;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialsTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    /** Values that stand for real secrets: random, so that a leak in toString() cannot pass by chance. */
    private final String user = "user-" + UUID.randomUUID();
    private final String token = "token-" + UUID.randomUUID();
    private final String pem = "-----BEGIN RSA PRIVATE KEY-----\n" + UUID.randomUUID()
            + "\n-----END RSA PRIVATE KEY-----";

    @Test
    void gitWithUsernameAndTokenMatchesTheSeedShape() {
        Secret built = Credentials.git("github-creds").namespace("kargo-managed-stack")
                .repoURL("https://github.com/example-org/kargo-manifests.git")
                .usernamePassword("REPLACE_WITH_GITHUB_USERNAME", "REPLACE_WITH_GITHUB_PAT")
                .build();
        Secret seed = CODEC.parseOne("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: github-creds
                  namespace: kargo-managed-stack
                  labels:
                    kargo.akuity.io/cred-type: git
                stringData:
                  repoURL: https://github.com/example-org/kargo-manifests.git
                  username: REPLACE_WITH_GITHUB_USERNAME
                  password: REPLACE_WITH_GITHUB_PAT
                """, Secret.class);
        assertEquals(seed, built);
        assertEquals(CredentialType.GIT, built.credentialType().orElseThrow());
    }

    @Test
    void genericSecretMatchesTheSeedShape() {
        Secret built = Credentials.generic("pulumisecret").namespace("kargo-managed-stack")
                .put("PULUMI_ACCESS_TOKEN", "REPLACE_WITH_PULUMI_TOKEN").build();
        Secret seed = CODEC.parseOne("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: pulumisecret
                  namespace: kargo-managed-stack
                  labels:
                    kargo.akuity.io/cred-type: generic
                stringData:
                  PULUMI_ACCESS_TOKEN: REPLACE_WITH_PULUMI_TOKEN
                """, Secret.class);
        assertEquals(seed, built);
    }

    @Test
    void githubAppKeysAndTokenScopes() {
        Secret s = Credentials.git("gh-app").repoURLPattern("^https://github.com/example-org/.*$")
                .githubApp("Iv1.abc", "123", pem)
                .githubTokenScopes(Map.of("kargo-demo", List.of("example-org/app")))
                .build();
        assertEquals("^https://github.com/example-org/.*$", s.stringData().get(Credentials.REPO_URL));
        assertEquals("true", s.stringData().get(Credentials.REPO_URL_IS_REGEX));
        assertEquals("Iv1.abc", s.stringData().get("githubAppClientID"));
        assertEquals("123", s.stringData().get("githubAppInstallationID"));
        assertEquals(pem, s.stringData().get("githubAppPrivateKey"));
        assertFalse(s.stringData().containsKey("githubAppID"));
        assertEquals("{\"kargo-demo\":[\"example-org/app\"]}",
                s.metadata().annotations().get(GitCredentials.GITHUB_TOKEN_SCOPES));

        Secret byId = Credentials.git("gh-app").repoURL("https://github.com/o/r.git")
                .githubApp("Iv1.abc", "123", pem).githubAppById("42", "123", pem).build();
        assertEquals("42", byId.stringData().get("githubAppID"));
        assertFalse(byId.stringData().containsKey("githubAppClientID"), "the two App identities exclude each other");
    }

    @Test
    @SuppressWarnings("deprecation")
    void sshKeyIsStillWritable() {
        Secret s = Credentials.git("ssh").repoURL("git@github.com:o/r.git").sshPrivateKey(pem).build();
        assertEquals(pem, s.stringData().get("sshPrivateKey"));
    }

    @Test
    void repoURLReplacesAnEarlierPattern() {
        Secret s = Credentials.git("g").repoURLPattern(".*").repoURL("https://x/y.git").build();
        assertEquals("https://x/y.git", s.stringData().get("repoURL"));
        assertFalse(s.stringData().containsKey("repoURLIsRegex"));
    }

    @Test
    void imageAndHelmWithCloudKeys() {
        Secret ecr = Credentials.image("ecr").namespace("p")
                .repoURL("123456789012.dkr.ecr.eu-west-1.amazonaws.com/app")
                .aws("eu-west-1", "AKIA" + user, token).build();
        assertEquals(CredentialType.IMAGE, ecr.credentialType().orElseThrow());
        assertEquals("eu-west-1", ecr.stringData().get("awsRegion"));
        assertEquals("AKIA" + user, ecr.stringData().get("awsAccessKeyID"));
        assertEquals(token, ecr.stringData().get("awsSecretAccessKey"));

        Secret gar = Credentials.helm("gar").repoURL("oci://europe-docker.pkg.dev/proj/charts")
                .gcpServiceAccountKey(token).build();
        assertEquals(CredentialType.HELM, gar.credentialType().orElseThrow());
        assertEquals(token, gar.stringData().get("gcpServiceAccountKey"));

        Secret basic = Credentials.helm("charts").repoURL("https://charts.example.com")
                .usernamePassword(user, token).build();
        assertEquals(Map.of("repoURL", "https://charts.example.com", "username", user, "password", token),
                basic.stringData());
    }

    @Test
    void incompleteOrMixedCredentialsAreRejected() {
        IllegalStateException noUrl = assertThrows(IllegalStateException.class,
                () -> Credentials.git("g").usernamePassword(user, token).build());
        assertTrue(noUrl.getMessage().contains("repoURL"), noUrl.getMessage());
        IllegalStateException mixed = assertThrows(IllegalStateException.class,
                () -> Credentials.git("g").repoURL("https://x").usernamePassword(user, token)
                        .githubApp("c", "1", pem).build());
        assertTrue(mixed.getMessage().contains("usernamePassword, githubApp"), mixed.getMessage());
        assertThrows(IllegalStateException.class, () -> Credentials.image("i").repoURL("r")
                .aws("eu-west-1", user, token).gcpServiceAccountKey(token).build());
        assertThrows(IllegalArgumentException.class, () -> Credentials.git("g").usernamePassword(user, ""));
        assertThrows(IllegalArgumentException.class, () -> Credentials.git(" "));
        assertThrows(IllegalArgumentException.class,
                () -> Credentials.generic("g").label("kargo.akuity.io/cred-type", "git"));
    }

    @Test
    void valuesNeverAppearInToString() {
        GitCredentials draft = Credentials.git("g").namespace("p").repoURL("https://x")
                .usernamePassword(user, token);
        Secret s = draft.build();
        Secret app = Credentials.git("a").repoURL("https://x").githubApp("c", "1", pem).base64Encoded().build();
        Secret generic = Credentials.generic("s").put("TOKEN", token).build();
        for (Object o : List.of(draft, s, app, generic, Credentials.generic("s").put("TOKEN", token))) {
            String text = o.toString();
            assertFalse(text.contains(user), text);
            assertFalse(text.contains(token), text);
            assertFalse(text.contains(pem), text);
            assertFalse(text.contains(Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.UTF_8))),
                    text);
        }
        assertTrue(draft.toString().contains("username"), "keys are shown: " + draft);
        assertTrue(s.toString().contains("password"), "keys are shown: " + s);
    }

    @Test
    void base64EncodedWritesData() {
        Secret s = Credentials.generic("s").put("a", "héllo").base64Encoded().build();
        assertTrue(s.stringData().isEmpty());
        assertEquals(Base64.getEncoder().encodeToString("héllo".getBytes(StandardCharsets.UTF_8)), s.data().get("a"));
        assertEquals(s, CODEC.parseOne(CODEC.toYaml(s), Secret.class));
    }

    @Test
    void labelsAnnotationsAndSharing() {
        Map<String, String> more = new LinkedHashMap<>();
        more.put("b", "2");
        more.put("a", "1");
        Secret s = Credentials.generic("shared").namespace("kargo-shared-resources")
                .label("team", "platform").description("Org-wide token").replicateToAllProjects()
                .putAll(more).build();
        assertEquals("generic", s.metadata().labels().get(Secret.CRED_TYPE_LABEL));
        assertEquals("platform", s.metadata().labels().get("team"));
        assertEquals("*", s.metadata().annotations().get("kargo.akuity.io/replicate-to"));
        assertEquals("Org-wide token", s.metadata().annotations().get("kargo.akuity.io/description"));
        assertEquals(List.of("b", "a"), List.copyOf(s.stringData().keySet()));
    }
}
