package io.github.kargo4j.validation;

import io.github.kargo4j.validation.render.TextRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Read problems: schema-broken documents are validated as far as they fit; each problem says where and what next. */
class ReadFindingsTest {

    private static final String WAREHOUSE = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Warehouse
            metadata:
              name: app
              namespace: demo
            spec:
              subscriptions:
                - image:
                    repoURL: ghcr.io/example/app
                    discoveryLimit: ten
            """;

    @Test
    void aSchemaBreakIsKR003WithItsPathAndTheRestIsStillValidated() {
        Report r = Validate.yaml(WAREHOUSE + "---\n" + """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata:
                  name: dev
                  namespace: demo
                spec:
                  requestedFreight:
                    - origin:
                        kind: Warehouse
                        name: app
                      sources:
                        direct: true
                  promotionTemplate:
                    spec:
                      steps:
                        - uses: git-psuh
                """);
        List<String> codes = r.findings().stream().map(Finding::code).toList();
        assertTrue(codes.contains("KR003"), codes.toString());
        assertTrue(codes.contains("KS001"), "the other document is validated: " + codes);
        Finding f = r.findings().stream().filter(x -> x.code().equals("KR003")).findFirst().orElseThrow();
        assertEquals("spec.subscriptions[0].image.discoveryLimit", f.path().toString());
        assertEquals(10, f.position().orElseThrow().line());
        String text = TextRenderer.withColour(false).render(r);
        assertTrue(text.contains("spec.subscriptions[0].image.discoveryLimit: expected"), text);
    }

    @Test
    void theTypedViewOfAValueKeptAsWrittenIsNotReportedAgain() {
        // the second request lacks its sources: the list is kept as written, and its typed view (empty) must not
        // be reported as "requestedFreight is empty", which the user did not write
        Report r = Validate.yaml(WAREHOUSE.replace("discoveryLimit: ten", "discoveryLimit: 10") + "---\n" + """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata:
                  name: dev
                  namespace: demo
                spec:
                  requestedFreight:
                    - origin:
                        kind: Warehouse
                        name: app
                      sources:
                        direct: true
                    - origin:
                        kind: Warehouse
                        name: app
                  promotionTemplate:
                    spec:
                      steps:
                        - uses: git-psuh
                """);
        List<String> where = r.findings().stream().map(f -> f.code() + " " + f.path()).toList();
        assertEquals(List.of("KR003 spec.requestedFreight[1]"),
                where.stream().filter(w -> w.contains("requestedFreight")).toList(), where.toString());
        assertTrue(where.stream().anyMatch(w -> w.startsWith("KS001")), "the rest is still checked: " + where);
    }

    @Test
    void unreadableInputGetsAHintForItsKindOfProblem() {
        Report malformed = Validate.yaml("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: \"open\n");
        Report notAnObject = Validate.yaml("just a string\n");
        Finding a = malformed.findings().get(0);
        Finding b = notAnObject.findings().get(0);
        assertEquals("KR001", a.code());
        assertEquals("KR001", b.code());
        assertTrue(a.hint().contains("syntax"), a.hint());
        assertTrue(b.hint().contains("apiVersion, kind and metadata"), b.hint());
        assertNotEquals(a.hint(), b.hint());
        Finding c = Validate.yaml("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\u0000b\n").findings().get(0);
        assertEquals("KR001", c.code());
        assertTrue(c.message().contains("NUL"), c.message());
        assertTrue(c.hint().contains("UTF-8 text"), c.hint());
    }
}
