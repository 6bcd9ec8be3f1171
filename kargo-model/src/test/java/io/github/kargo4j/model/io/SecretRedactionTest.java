package io.github.kargo4j.model.io;

import io.github.kargo4j.model.core.CredentialType;
import io.github.kargo4j.model.core.Secret;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secret values never appear in toString or in exception messages. */
class SecretRedactionTest {

    private static final String CREDS = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: github-creds
              namespace: kargo-managed-stack
              labels:
                kargo.akuity.io/cred-type: git
            type: Opaque
            stringData:
              repoURL: https://github.com/example/kargo-manifests.git
              username: octocat
              password: ghp_SUPERSECRETTOKEN123
            data:
              extra: c2VjcmV0LWJ5dGVz
            """;

    @Test
    void toStringShowsKeysNotValues() {
        Secret s = KargoCodec.create().parseOne(CREDS, Secret.class);
        assertEquals(CredentialType.GIT, s.credentialType().orElseThrow());
        String text = s.toString();
        assertTrue(text.contains("password") && text.contains("github-creds"), text);
        assertFalse(text.contains("ghp_SUPERSECRETTOKEN123") || text.contains("octocat")
                || text.contains("c2VjcmV0LWJ5dGVz"), text);
        Secret misspelled = KargoCodec.create().parseOne(CREDS.replace("stringData:", "strigData:"), Secret.class);
        assertTrue(misspelled.toString().endsWith("stringDataKeys=[], unknownFields=1}"), misspelled.toString());
        assertFalse(misspelled.toString().contains("ghp_") || misspelled.toString().contains("strigData"),
                misspelled.toString());
        Secret built = Secret.builder().metadata(m -> m.name("x")).putStringData("token", "tok-123").build();
        assertFalse(built.toString().contains("tok-123"), built.toString());
    }

    @Test
    void exceptionMessagesDoNotQuoteValues() {
        String bad = CREDS.replace("password: ghp_SUPERSECRETTOKEN123", "password: 31415926535");
        ManifestException e = KargoCodec.create().parse(bad).stream().flatMap(m -> m.problems().stream()).findFirst()
                .orElseThrow();
        // inside a Secret the path stops at its field: a key may be a value that lost its colon
        assertTrue(e.getMessage().contains("<string>:12:13: stringData: expected a string, found a number"),
                e.getMessage());
        assertFalse(e.getMessage().contains("31415926535"), e.getMessage());
        String malformed = CREDS.replace("password: ghp_SUPERSECRETTOKEN123", "password: \"ghp_SUPERSECRET");
        ManifestException m = assertThrows(ManifestException.class, () -> KargoCodec.create().parse(malformed));
        assertFalse(m.getMessage().contains("SUPERSECRET"), m.getMessage());
    }
}
