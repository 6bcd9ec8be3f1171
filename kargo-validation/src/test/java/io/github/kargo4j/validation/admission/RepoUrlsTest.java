package io.github.kargo4j.validation.admission;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** URL normalization agrees with Kargo's own test cases (pkg/urls). */
class RepoUrlsTest {

    @TestFactory
    Stream<DynamicTest> agreesWithKargosUrlTests() throws IOException {
        List<String> lines;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/admission/normalized-urls.tsv")), StandardCharsets.UTF_8))) {
            lines = r.lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertTrue(lines.size() > 80, "cases: " + lines.size());
        return lines.stream().map(l -> {
            String[] p = l.split("\t", -1);
            return DynamicTest.dynamicTest(p[0] + " " + p[1], () -> assertEquals(p[2], switch (p[0]) {
                case "git" -> RepoUrls.git(p[1]);
                case "image" -> RepoUrls.image(p[1]);
                default -> RepoUrls.chart(p[1]);
            }));
        });
    }

    @TestFactory
    Stream<DynamicTest> sameRepositoryWrittenDifferently() {
        return Stream.of(
                new String[] {"image", "nginx:1.25", "docker.io/library/nginx@sha256:abcd"},
                new String[] {"image", "GHCR.io/Example/App", "ghcr.io/example/app:latest"},
                new String[] {"image", "localhost:5000/app", "localhost:5000/app:1.0"},
                new String[] {"chart", "oci://ghcr.io/example/charts/app", "OCI://ghcr.io/example/charts/app"},
                new String[] {"git", "https://token@github.com/Example/App.git/", "https://github.com/example/app"},
                new String[] {"git", "git@github.com:example/app.git", "ssh://git@github.com/example/app"})
                .map(c -> DynamicTest.dynamicTest(c[1] + " = " + c[2], () -> assertEquals(
                        c[0].equals("git") ? RepoUrls.git(c[1]) : c[0].equals("image") ? RepoUrls.image(c[1])
                                : RepoUrls.chart(c[1]),
                        c[0].equals("git") ? RepoUrls.git(c[2]) : c[0].equals("image") ? RepoUrls.image(c[2])
                                : RepoUrls.chart(c[2]))));
    }
}
