package io.github.kargo4j.validation.expr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Git URLs compare as Kargo's urls.NormalizeGit compares them: lower case, without .git or a trailing slash. */
class RepositoriesTest {

    @Test
    void gitUrlsCompareWithoutCaseOrSuffix() {
        assertEquals(Repositories.normalizeGit("https://example.com/deploy.git"),
                Repositories.normalizeGit("HTTPS://Example.com/Deploy/"));
        assertNotEquals(Repositories.normalizeGit("https://example.com/deploy"),
                Repositories.normalizeGit("https://example.com/deploy-2"));
    }
}
