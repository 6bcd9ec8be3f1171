package io.github.kargo4j.model;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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
                getClass().getResourceAsStream("/urls/normalized-urls.tsv")), StandardCharsets.UTF_8))) {
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
                new String[] {"git", "HTTPS://Example.com/Deploy/", "https://example.com/deploy.git"},
                new String[] {"git", "git@github.com:example/app.git", "ssh://git@github.com/example/app"})
                .map(c -> DynamicTest.dynamicTest(c[1] + " = " + c[2], () -> assertEquals(
                        c[0].equals("git") ? RepoUrls.git(c[1]) : c[0].equals("image") ? RepoUrls.image(c[1])
                                : RepoUrls.chart(c[1]),
                        c[0].equals("git") ? RepoUrls.git(c[2]) : c[0].equals("image") ? RepoUrls.image(c[2])
                                : RepoUrls.chart(c[2]))));
    }

    /** Go's {@code path.Clean}, with the cases of Go's own {@code path_test.go} ({@code cleantests}). */
    @TestFactory
    Stream<DynamicTest> cleansPathsAsGoDoes() {
        return Stream.of(new String[][] {
                {"", "."}, {"abc", "abc"}, {"abc/def", "abc/def"}, {"a/b/c", "a/b/c"}, {".", "."}, {"..", ".."},
                {"../..", "../.."}, {"../../abc", "../../abc"}, {"/abc", "/abc"}, {"/", "/"},
                {"abc/", "abc"}, {"abc/def/", "abc/def"}, {"a/b/c/", "a/b/c"}, {"./", "."}, {"../", ".."},
                {"../../", "../.."}, {"/abc/", "/abc"},
                {"abc//def//ghi", "abc/def/ghi"}, {"//abc", "/abc"}, {"///abc", "/abc"}, {"//abc//", "/abc"},
                {"abc//", "abc"},
                {"abc/./def", "abc/def"}, {"/./abc/def", "/abc/def"}, {"abc/.", "abc"},
                {"abc/def/ghi/../jkl", "abc/def/jkl"}, {"abc/def/../ghi/../jkl", "abc/jkl"}, {"abc/def/..", "abc"},
                {"abc/def/../..", "."}, {"/abc/def/../..", "/"}, {"abc/def/../../..", ".."},
                {"/abc/def/../../..", "/"}, {"abc/def/../../../ghi/jkl/../../../mno", "../../mno"},
                {"/../abc", "/abc"},
                {"abc/./../def", "def"}, {"abc//./../def", "def"}, {"abc/../../././../def", "../../def"}})
                .map(c -> DynamicTest.dynamicTest("Clean(" + c[0] + ")", () -> {
                    assertEquals(c[1], RepoUrls.pathClean(c[0]));
                    assertEquals(c[1], RepoUrls.pathClean(c[1]), "clean is idempotent");
                }));
    }

    /** Go's {@code path.Join} of two elements, with the two-element cases of Go's {@code jointests}. */
    @TestFactory
    Stream<DynamicTest> joinsPathsAsGoDoes() {
        return Stream.of(new String[][] {
                {"a", "b", "a/b"}, {"a", "", "a"}, {"", "b", "b"}, {"/", "a", "/a"}, {"/", "", "/"},
                {"a/", "b", "a/b"}, {"a/", "", "a"}, {"", "", ""}})
                .map(c -> DynamicTest.dynamicTest("Join(" + c[0] + ", " + c[1] + ")",
                        () -> assertEquals(c[2], RepoUrls.pathJoin(c[0], c[1]))));
    }

    /** How Kargo's Freight webhook names a chart subscription: path.Join(NormalizeChart(repoURL), name). */
    @TestFactory
    Stream<DynamicTest> identifiesChartsAsKargosFreightWebhookDoes() {
        return Stream.of(new String[][] {
                {"oci://ghcr.io/example/charts/app", "", "ghcr.io/example/charts/app"},
                {"OCI://GHCR.io/example/charts/app", "", "ghcr.io/example/charts/app"},
                {"https://charts.example.com", "app", "https:/charts.example.com/app"},
                {"https://Charts.Example.com/", "app", "https:/charts.example.com/app"},
                {"fake-chart-repo-url", "fake-chart-name", "fake-chart-repo-url/fake-chart-name"},
                {"fake-another-chart-repo-url", "", "fake-another-chart-repo-url"}})
                .map(c -> DynamicTest.dynamicTest(c[0] + " " + c[1],
                        () -> assertEquals(c[2], RepoUrls.chartKey(c[0], c[1]))));
    }

    /** The ASCII fast path of {@code sanitize} drops what the code point walk drops: controls, undefined code points. */
    @Test
    void sanitizesAsTheCodePointWalk() {
        java.util.Random random = new java.util.Random(14);
        char[] alphabet = {'a', 'Z', '0', '/', ':', '.', '@', ' ', '\t', '\n', '\u0000', '\u007f', '\u0085', '\u00e9',
            '\u2028', '\u3000', '\ud83d', '\ude00', '\uffff'};
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(12);
            for (int i = 0; i < len; i++) {
                sb.append(n % 2 == 0 ? alphabet[random.nextInt(8)] : alphabet[random.nextInt(alphabet.length)]);
            }
            String url = sb.toString();
            StringBuilder expected = new StringBuilder();
            url.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.isDefined(cp))
                    .forEach(expected::appendCodePoint);
            assertEquals(expected.toString().strip(), RepoUrls.sanitize(url), url);
        }
    }
}
