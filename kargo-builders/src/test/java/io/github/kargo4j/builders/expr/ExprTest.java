package io.github.kargo4j.builders.expr;

import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.stage.Stage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExprTest {

    private static final String APP = "https://github.com/example-org/security-scanner.git";

    @Nested
    class FreightFunctions {
        @Test
        void commitFromLiteralRepoReadsEveryField() {
            CommitExpr c = Expr.commitFrom(APP);
            String call = "commitFrom(\"" + APP + "\")";
            assertEquals("${{ " + call + ".ID }}", c.id().toString());
            assertEquals(call + ".Branch", c.branch().expression());
            assertEquals(call + ".Tag", c.tag().expression());
            assertEquals(call + ".Message", c.message().expression());
            assertEquals(call + ".Author", c.author().expression());
            assertEquals(call + ".Committer", c.committer().expression());
            assertEquals(call + ".RepoURL", c.repoURL().expression());
        }

        @Test
        void commitFromAnInnerExpressionIsNotQuoted() {
            assertEquals("${{ commitFrom(vars.appRepo).ID }}", Expr.commitFrom(Expr.vars("appRepo")).id().toString());
        }

        @Test
        void commitFromWithOrigin() {
            assertEquals("${{ commitFrom(\"" + APP + "\", warehouse(\"w\")).ID }}",
                    Expr.commitFrom(APP, Expr.warehouse("w")).id().toString());
        }

        @Test
        void nilSafeFieldsUseOptionalChaining() {
            assertEquals("${{ commitFrom(vars.repo)?.ID ?? \"none\" }}",
                    Expr.commitFrom(Expr.vars("repo")).nilSafe().id().orElse("none").toString());
            assertEquals("imageFrom(\"nginx\")?.Annotations?.['org.opencontainers.image.source']",
                    Expr.imageFrom("nginx").nilSafe().annotation("org.opencontainers.image.source").expression());
            assertEquals("chartFrom(\"oci://r/c\")?.Version", Expr.chartFrom("oci://r/c").nilSafe().version()
                    .expression());
        }

        @Test
        void imageFromFieldsAndAnnotations() {
            ImageExpr i = Expr.imageFrom("public.ecr.aws/nginx/nginx");
            String call = "imageFrom(\"public.ecr.aws/nginx/nginx\")";
            assertEquals(call + ".Tag", i.tag().expression());
            assertEquals(call + ".Digest", i.digest().expression());
            assertEquals(call + ".RepoURL", i.repoURL().expression());
            assertEquals(call + ".Annotations", i.annotations().expression());
            assertEquals(call + ".Annotations['org.opencontainers.image.revision']",
                    i.annotation("org.opencontainers.image.revision").expression());
            assertEquals(call + ".Annotations.team", i.annotation("team").expression());
            assertEquals("imageFrom(\"nginx\", warehouse(\"images\")).Tag",
                    Expr.imageFrom("nginx", Expr.warehouse("images")).tag().expression());
        }

        @Test
        void chartFromEveryOverload() {
            assertEquals("chartFrom(\"oci://ghcr.io/org/app\").Version",
                    Expr.chartFrom("oci://ghcr.io/org/app").version().expression());
            assertEquals("chartFrom(\"https://charts.example.com\", \"app\").Name",
                    Expr.chartFrom("https://charts.example.com", "app").name().expression());
            assertEquals("chartFrom(\"oci://ghcr.io/org/app\", warehouse(\"w\")).RepoURL",
                    Expr.chartFrom("oci://ghcr.io/org/app", Expr.warehouse("w")).repoURL().expression());
            assertEquals("chartFrom(\"https://charts.example.com\", vars.chart, warehouse(\"w\")).Version",
                    Expr.chartFrom("https://charts.example.com", Expr.vars("chart"), Expr.warehouse("w")).version()
                            .expression());
        }

        @Test
        void warehouseAndArtifact() {
            OriginExpr w = Expr.warehouse("my-wh");
            assertEquals("warehouse(\"my-wh\")", w.expression());
            assertEquals("warehouse(\"my-wh\").Name", w.name().expression());
            assertEquals("warehouse(\"my-wh\").Kind", w.kind().expression());
            assertEquals("artifactFrom(\"config\").version", Expr.artifactFrom("config").get("version").expression());
            assertEquals("artifactFrom(\"config\", warehouse(\"w\"))",
                    Expr.artifactFrom("config", Expr.warehouse("w")).expression());
        }

        @Test
        void freightAndStageMetadata() {
            assertEquals("freightMetadata(ctx.targetFreight.name).approvedBy",
                    Expr.freightMetadata(Expr.ctx().targetFreight().name(), "approvedBy").expression());
            assertEquals("freightMetadata(\"abc123\")['test-result']",
                    Expr.freightMetadata("abc123", "test-result").expression());
            assertEquals("stageMetadata(\"uat\")", Expr.stageMetadata("uat").expression());
            assertEquals("stageMetadata(\"uat\").lastVersion", Expr.stageMetadata("uat", "lastVersion").expression());
        }
    }

    @Nested
    class Variables {
        @Test
        void ctxFields() {
            Ctx ctx = Expr.ctx();
            assertEquals("${{ ctx.project }}", ctx.project().toString());
            assertEquals("ctx.stage", ctx.stage().expression());
            assertEquals("ctx.promotion", ctx.promotion().expression());
            assertEquals("ctx.uiBaseUrl", ctx.uiBaseUrl().expression());
            assertEquals("ctx.targetFreight.name", ctx.targetFreight().name().expression());
            assertEquals("ctx.targetFreight.alias", ctx.targetFreight().alias().expression());
            assertEquals("ctx.targetFreight.origin.name", ctx.targetFreight().origin().name().expression());
            assertEquals("ctx.meta.promotion.actor", ctx.meta().promotion().actor().expression());
            assertEquals("ctx.meta.promotion.rollback", ctx.meta().promotion().rollback().expression());
            assertEquals("ctx.meta.step.alias", ctx.meta().step().alias().expression());
        }

        @Test
        void varsUseDotForIdentifiersAndIndexOtherwise() {
            assertEquals("vars.appRepo", Expr.vars("appRepo").expression());
            assertEquals("vars['app-repo']", Expr.vars("app-repo").expression());
            assertEquals("vars['in']", Expr.vars("in").expression(), "keywords cannot follow a dot");
            assertEquals("vars", Expr.vars().expression());
        }

        @Test
        void outputsOfAStepAndOfATaskStep() {
            assertEquals("${{ outputs['commit'].commit }}", Expr.outputs("commit", "commit").toString());
            assertEquals("outputs['open-pr'].pr.url", Expr.outputs("open-pr", "pr", "url").expression());
            assertEquals("outputs['x']", Expr.outputs("x").expression());
            assertEquals("task.outputs['update'].commit", Expr.taskOutputs("update", "commit").expression());
        }

        @Test
        void secretsAndConfigMaps() {
            assertEquals("${{ secret(\"slack\").token }}", Expr.secret("slack", "token").toString());
            assertEquals("secret(\"slack\")['api-key']", Expr.secret("slack", "api-key").expression());
            assertEquals("secret(\"slack\")", Expr.secret("slack").expression());
            assertEquals("sharedSecret(\"org\").PULUMI_ACCESS_TOKEN",
                    Expr.sharedSecret("org", "PULUMI_ACCESS_TOKEN").expression());
            assertEquals("sharedSecret(\"org\")", Expr.sharedSecret("org").expression());
            assertEquals("configMap(\"settings\").region", Expr.configMap("settings", "region").expression());
            assertEquals("configMap(vars.cm)", Expr.configMap(Expr.vars("cm")).expression());
            assertEquals("sharedConfigMap(\"global\")['base.url']",
                    Expr.sharedConfigMap("global", "base.url").expression());
            assertEquals("sharedConfigMap(\"global\")", Expr.sharedConfigMap("global").expression());
        }
    }

    @Nested
    class Utilities {
        @Test
        void quotingAndSerialising() {
            Expr tag = Expr.imageFrom("nginx").tag();
            assertEquals("${{ quote(imageFrom(\"nginx\").Tag) }}", Expr.quote(tag).toString());
            assertEquals("unsafeQuote(vars.x)", Expr.unsafeQuote(Expr.vars("x")).expression());
            assertEquals("asJSON(outputs['render'])", Expr.asJSON(Expr.outputs("render")).expression());
            assertEquals("asYAML(vars)", Expr.asYAML(Expr.vars()).expression());
        }

        @Test
        void semver() {
            SemverExpr v = Expr.semverParse(Expr.chartFrom("oci://ghcr.io/org/app").version());
            assertEquals("semverParse(chartFrom(\"oci://ghcr.io/org/app\").Version).Major()", v.major().expression());
            assertEquals("semverParse(\"1.2.3\").Minor()", Expr.semverParse("1.2.3").minor().expression());
            assertEquals("semverParse(\"1.2.3\").Patch()", Expr.semverParse("1.2.3").patch().expression());
            assertEquals("semverParse(\"1.2.3\").Prerelease()", Expr.semverParse("1.2.3").prerelease().expression());
            assertEquals("semverParse(\"1.2.3\").Metadata()", Expr.semverParse("1.2.3").metadata().expression());
            assertEquals("semverParse(\"1.2.3\").IncMajor().IncMinor().IncPatch().String()",
                    Expr.semverParse("1.2.3").incMajor().incMinor().incPatch().string().expression());
            assertEquals("semverDiff(vars.current, \"2.0.0\") == \"Major\"",
                    Expr.semverDiff(Expr.vars("current"), "2.0.0").eq("Major").expression());
        }

        @Test
        void stepStatusFunctionsForIf() {
            assertEquals("${{ success() }}", Expr.success().toString());
            assertEquals("${{ failure() }}", Expr.failure().toString());
            assertEquals("${{ always() }}", Expr.always().toString());
            assertEquals("${{ status(\"push\") == \"Errored\" }}", Expr.status("push").eq("Errored").toString());
        }

        @Test
        void operatorsParenthesiseCompoundOperands() {
            Expr cond = Expr.success().and(Expr.status("a").eq("Succeeded").or(Expr.status("b").ne("Skipped")));
            assertEquals("success() && (status(\"a\") == \"Succeeded\" || status(\"b\") != \"Skipped\")",
                    cond.expression());
            assertEquals("!(failure() || always())", Expr.failure().or(Expr.always()).not().expression());
            assertEquals("!success()", Expr.success().not().expression());
            assertEquals("len(vars.list) == 3", Expr.call("len", Expr.vars("list")).eq(3).expression());
            assertEquals("(vars.a ?? vars.b).name", Expr.vars("a").orElse(Expr.vars("b")).get("name").expression());
            assertEquals("vars.a ?? \"x\" == \"y\"", Expr.vars("a").orElse("x").eq("y").expression(),
                    "?? binds tighter than == in expr-lang");
            assertEquals("(vars.a == \"x\") ?? false", Expr.vars("a").eq("x").orElse(Expr.literal(false))
                    .expression());
            assertEquals("!success() == true", Expr.success().not().eq(Expr.literal(true)).expression());
            assertEquals("(len(vars.x) > 0) || success()", Expr.raw("len(vars.x) > 0").or(Expr.success())
                    .expression(), "raw text of unknown structure is always parenthesised");
        }

        @Test
        void callAndIndex() {
            assertEquals("lower(ctx.stage)", Expr.call("lower", Expr.ctx().stage()).expression());
            assertEquals("replace(vars.s, \"a\", \"b\")", Expr.call("replace", Expr.vars("s"), "a", "b").expression());
            assertEquals("vars.list[0]", Expr.vars("list").index(0).expression());
            assertEquals("vars.map[ctx.stage]", Expr.vars("map").index(Expr.ctx().stage()).expression());
            assertThrows(IllegalArgumentException.class, () -> Expr.call("not a name"));
            assertThrows(IllegalArgumentException.class, () -> Expr.call("in"));
        }

        @Test
        void literals() {
            assertEquals("42", Expr.literal(42).expression());
            assertEquals("0.5", Expr.literal(0.5).expression());
            assertEquals("true", Expr.literal(true).expression());
            assertEquals("nil", Expr.nil().expression());
            assertEquals("\"${{ x }\\u007d\"", Expr.literal("${{ x }}").expression(),
                    "an explicit literal may hold ${{");
            assertThrows(IllegalArgumentException.class, () -> Expr.literal(Double.NaN));
        }
    }

    @Nested
    class Escaping {
        @Test
        void quotesAndBackslashesInArgumentsAreEscaped() {
            assertEquals("secret(\"a\\\"b\\\\c\")", Expr.secret("a\"b\\c").expression());
            assertEquals("vars['it\\'s']", Expr.vars("it's").expression());
            assertEquals("outputs['a\"b']", Expr.outputs("a\"b").expression(), "a double quote needs no escape in ''");
        }

        @Test
        void controlCharactersAreEscaped() {
            assertEquals("\"line1\\nline2\\r\\t\\u0001\"", Expr.literal("line1\nline2\r\t\u0001").expression());
        }

        @Test
        void closingDelimitersInsideLiteralsAreBroken() {
            Expr e = Expr.literal("{{.tag}}");
            assertEquals("\"{{.tag}\\u007d\"", e.expression());
            assertEquals("${{ \"{{.tag}\\u007d\" }}", e.toString(), "no }} inside, so the usual delimiters work");
            assertEquals("\"100%\\u007d\"", Expr.literal("100%}").expression());
            assertEquals("\"}\\u007d}\"", Expr.literal("}}}").expression());
        }

        @Test
        void kargoReadsBackExactlyTheExpressionThatWasWritten() {
            List<Expr> tricky = List.of(
                    Expr.literal("{{.tag}}"),
                    Expr.literal("a }} b %} c"),
                    Expr.secret("we\"ird\\name", "key with spaces"),
                    Expr.raw("{'a': {'b': 1}}"),
                    Expr.raw("{'a': 1}"),
                    Expr.commitFrom(APP).id());
            for (Expr e : tricky) {
                String template = "prefix " + e + " suffix";
                List<String> found = KargoTemplate.expressions(template);
                assertEquals(List.of(e.expression()), found, template);
            }
        }

        @Test
        void alternateDelimitersWhenTheExpressionContainsClosingBraces() {
            Expr e = Expr.raw("{'a': {'b': 1}}");
            assertEquals("${% {'a': {'b': 1}} %}", e.toString());
            assertThrows(IllegalArgumentException.class, () -> Expr.raw("{'a': {'b': '%}'}}"));
        }

        @Test
        void stringArgumentsHoldingAnExpressionAreRejected() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Expr.commitFrom("${{ vars.repo }}"));
            assertTrue(e.getMessage().contains("Expr.vars"), e.getMessage());
        }
    }

    @Nested
    class Composition {
        @Test
        void rawAndFromDelimited() {
            assertEquals("${{ len(vars.x) > 0 }}", Expr.raw("  len(vars.x) > 0 ").toString());
            assertEquals("(len(vars.x) > 0) && success()", Expr.raw("len(vars.x) > 0").and(Expr.success())
                    .expression());
            assertEquals("vars.a.b", Expr.raw("vars.a").get("b").expression(), "a name path needs no parentheses");
            assertEquals(Expr.vars("repo"), Expr.fromDelimited("${{ vars.repo }}"));
            assertEquals("\"{{.tag}}\"", Expr.fromDelimited("${% \"{{.tag}}\" %}").expression());
            assertThrows(IllegalArgumentException.class, () -> Expr.fromDelimited("a ${{ b }}"));
            assertThrows(IllegalArgumentException.class, () -> Expr.fromDelimited("${{ a }} ${{ b }}"));
            assertThrows(IllegalArgumentException.class, () -> Expr.raw("${{ vars.a }}"));
            assertThrows(IllegalArgumentException.class, () -> Expr.raw(" "));
        }

        @Test
        void templateInterpolatesDelimitedExpressions() {
            Expr commit = Expr.commitFrom(Expr.vars("appRepo")).id();
            assertEquals("Update dev to ${{ commitFrom(vars.appRepo).ID }}", "Update dev to " + commit);
            assertEquals("Update ${{ ctx.stage }} to ${{ commitFrom(vars.appRepo).ID }} (100%)",
                    Expr.template("Update %s to %s (100%%)", Expr.ctx().stage(), commit));
            assertEquals("tag ${% \"{{.tag}}\" %} of ${{ ctx.stage }}",
                    Expr.template("tag %s of %s", Expr.fromDelimited("${% \"{{.tag}}\" %}"), Expr.ctx().stage()));
            assertThrows(IllegalArgumentException.class, () -> Expr.template("%s %s", commit));
            assertThrows(IllegalArgumentException.class, () -> Expr.template("%s", commit, commit));
            assertThrows(IllegalArgumentException.class, () -> Expr.template("%d", 1));
        }

        @Test
        void anExpressionIsACharSequenceOfItsDelimitedForm() {
            Expr e = Expr.ctx().stage();
            CharSequence cs = e;
            assertEquals("${{ ctx.stage }}".length(), cs.length());
            assertEquals('$', cs.charAt(0));
            assertEquals("ctx.stage", cs.subSequence(4, 13).toString());
            assertEquals("x ${{ ctx.stage }}", new StringBuilder("x ").append(cs).toString());
        }

        @Test
        void equalityFollowsTheExpressionText() {
            assertEquals(Expr.vars("a"), Expr.raw("vars.a"));
            assertEquals(Expr.vars("a").hashCode(), Expr.raw("vars.a").hashCode());
            assertNotEquals(Expr.vars("a"), Expr.vars("b"));
            assertFalse(Expr.vars("a").equals("${{ vars.a }}"));
        }

        @Test
        void expressionsSurviveAYamlRoundTrip() {
            Expr commit = Expr.commitFrom(Expr.vars("appRepo")).id();
            Stage stage = Stage.builder()
                    .metadata(m -> m.name("dev").namespace("p"))
                    .spec(s -> s
                            .addRequestedFreight(r -> r.origin(o -> o.kindAsString("Warehouse").name("w"))
                                    .sources(src -> src.direct(true)))
                            .addVar(ExpressionVariable.of("commit", commit))
                            .addVar(ExpressionVariable.of("msg", Expr.template("it's \"%s\"", commit)))
                            .addVar(ExpressionVariable.of("tpl", Expr.literal("{{.tag}}")))
                            .verification(v -> v.addArg("commit-id", Expr.quote(commit))))
                    .build();
            KargoCodec codec = KargoCodec.create();
            Stage back = codec.parseOne(codec.toYaml(stage), Stage.class);
            assertEquals(stage, back);
        }
    }

    /** A Java port of how Kargo finds the expressions in a template string (pkg/expressions, nextExpression). */
    static final class KargoTemplate {
        static List<String> expressions(String template) {
            List<String> out = new ArrayList<>();
            String rest = template;
            while (true) {
                int a = rest.indexOf("${{");
                int b = rest.indexOf("${%");
                if (a < 0 && b < 0) {
                    return out;
                }
                boolean curly = a >= 0 && (b < 0 || a < b);
                int start = (curly ? a : b) + 3;
                int end = rest.indexOf(curly ? "}}" : "%}", start);
                if (end < 0) {
                    throw new IllegalStateException("unclosed expression");
                }
                out.add(rest.substring(start, end).strip());
                rest = rest.substring(end + 2);
            }
        }
    }
}
