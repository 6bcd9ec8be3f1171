package io.github.kargo4j.validation.expr;

import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpressionCheckTest {

    static List<Finding> expr(boolean complete, String yaml) {
        Report r = PipelineValidator.builder().complete(complete).build()
                .validateManifests(KargoCodec.create().parse(yaml, "test.yaml"));
        assertEquals(List.of(), r.withCodes("KR001", "KR002").findings(), "unreadable or crashed");
        return r.filter(f -> f.code().startsWith("KE")).findings();
    }

    static List<Finding> expr(String yaml) {
        return expr(false, yaml);
    }

    static Finding only(String yaml) {
        List<Finding> fs = expr(yaml);
        assertEquals(1, fs.size(), () -> "expected exactly one KE finding, got " + fs);
        return fs.get(0);
    }

    static final String WAREHOUSE = """
            ---
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Warehouse
            metadata:
              name: app
              namespace: demo
            spec:
              subscriptions:
                - git:
                    repoURL: https://github.com/example/app.git
                - image:
                    repoURL: nginx
                - chart:
                    repoURL: https://charts.example.com
                    name: app
            """;

    /** A Stage requesting Warehouse app, with the given promotion template spec (and more spec after it). */
    static String stage(String templateSpec) {
        return stage(templateSpec, "");
    }

    static String stage(String templateSpec, String moreSpec) {
        return """
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
                """ + templateSpec.stripIndent().indent(6) + moreSpec.stripIndent().indent(2) + WAREHOUSE;
    }

    static String oneStep(String uses, String config) {
        return stage("steps:\n  - uses: " + uses + "\n    config:\n" + config.stripIndent().indent(6));
    }

    // ------------------------------------------------------------------------------------------------ KE001

    @Test
    void unclosedExpression() {
        Finding f = only(oneStep("git-commit", """
                path: ./out
                message: "Update to ${{ ctx.targetFreight.name"
                """));
        assertEquals("KE001", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.promotionTemplate.spec.steps[0].config.message", f.path().toString());
        assertTrue(f.message().contains("Stage dev"), f.message());
        assertTrue(f.message().contains("is never closed with `}}`"), f.message());
        assertTrue(f.message().contains("step 1 (`git-commit`) config"), f.message());
        assertEquals("close it with `}}`", f.hint());
    }

    @Test
    void expressionContainingClosingBracesIsCutShort() {
        Finding f = only(oneStep("yaml-update", """
                path: ./values.yaml
                updates:
                  - key: image
                    value: '${{ toJSON({"image": {"tag": ctx.stage}}) }}'
                """));
        assertEquals("KE001", f.code());
        assertTrue(f.message().contains("is malformed"), f.message());
        assertTrue(f.hint().contains("${% ... %}"), f.hint());
    }

    @Test
    void balancedExpressionsAreFine() {
        assertEquals(List.of(), expr(oneStep("yaml-update", """
                path: ./values.yaml
                updates:
                  - key: image
                    value: '${% toJSON({"image": {"tag": ctx.stage}}) %}'
                  - key: name
                    value: 'a ${{ "x}" + upper(ctx.stage) }} b ${{ [1, 2][0] }} }}'
                  - key: plain
                    value: 'no expression here, just } and {{ braces'
                """)));
    }

    @Test
    void unterminatedStringAndBareFieldsAreChecked() {
        List<Finding> fs = expr(oneStep("http", """
                url: https://example.com
                successExpression: 'response.status == 200 && (response.body.ok'
                outputs:
                  - name: id
                    fromExpression: 'response.body["id]'
                """));
        assertEquals(2, fs.size(), fs::toString);
        assertTrue(fs.stream().allMatch(f -> f.code().equals("KE001")), fs::toString);
        assertTrue(fs.get(0).message().contains("'(' at offset 26 is not closed"), fs.get(0).message());
        assertTrue(fs.get(1).message().contains("is not terminated"), fs.get(1).message());
    }

    // ------------------------------------------------------------------------------------------------ KE002

    @Test
    void stepIfWithoutDelimitersIsAString() {
        Finding f = only(stage("""
                steps:
                  - uses: git-clear
                    if: always()
                    config:
                      path: ./out
                """));
        assertEquals("KE002", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.promotionTemplate.spec.steps[0].if", f.path().toString());
        assertTrue(f.message().contains("plain string \"always()\""), f.message());
        assertTrue(f.message().contains("step 1 (`git-clear`)"), f.message());
        assertEquals("write the condition as an expression: `if: ${{ always() }}`", f.hint());
    }

    @Test
    void stepIfMixingTextAndExpressions() {
        Finding f = only(stage("""
                steps:
                  - uses: git-clear
                    if: ${{ success() }} && ${{ ctx.stage == "dev" }}
                    config:
                      path: ./out
                """));
        assertEquals("KE002", f.code());
        assertTrue(f.message().contains("mixes text and expressions"), f.message());
    }

    @Test
    void stepIfWithOneExpressionIsFine() {
        assertEquals(List.of(), expr(stage("""
                steps:
                  - uses: git-clear
                    if: " ${{ success() && ctx.meta.promotion.rollback == false }} "
                    config:
                      path: ./out
                """)));
    }

    // ------------------------------------------------------------------------------------------------ KE003

    @Test
    void outputOfAnAliasNoStepDefines() {
        Finding f = only(stage("""
                steps:
                  - uses: git-push
                    as: pushed
                    config:
                      path: ./out
                  - uses: git-open-pr
                    config:
                      repoURL: https://github.com/example/deploy.git
                      sourceBranch: ${{ outputs.push.branch }}
                      targetBranch: main
                """));
        assertEquals("KE003", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.promotionTemplate.spec.steps[1].config.sourceBranch", f.path().toString());
        assertTrue(f.message().contains("`outputs['push']`"), f.message());
        assertTrue(f.message().contains("no step defines (earlier aliases: pushed)"), f.message());
        assertEquals("did you mean `pushed`?", f.hint());
    }

    @Test
    void outputOfALaterStep() {
        Finding f = only(stage("""
                steps:
                  - uses: git-open-pr
                    config:
                      repoURL: https://github.com/example/deploy.git
                      sourceBranch: ${{ outputs["push"].branch }}
                      targetBranch: main
                  - uses: git-push
                    as: push
                    config:
                      path: ./out
                """));
        assertTrue(f.message().contains("refers to step 2 (alias `push`), which does not run before this one"),
                f.message());
    }

    @Test
    void outputsOfEarlierStepsDefaultAliasesAndTasksAreFine() {
        assertEquals(List.of(), expr(stage("""
                steps:
                  - uses: git-push
                    config:
                      path: ./out
                  - task:
                      name: open-pr
                  - uses: git-wait-for-pr
                    vars:
                      - name: pr
                        value: ${{ outputs['task-2'].pr.id }}
                    config:
                      repoURL: https://github.com/example/deploy.git
                      prNumber: ${{ outputs['task-2::open'].pr.id ?? vars.pr }}
                  - uses: git-clear
                    if: ${{ outputs?.['step-1']?.branch != nil }}
                    config:
                      path: ${{ outputs['step-1'].branch }}
                """)));
    }

    @Test
    void outputsInPromotionLevelVarsAndVerificationArgs() {
        List<Finding> fs = expr(stage("""
                vars:
                  - name: branch
                    value: ${{ outputs.push.branch }}
                steps:
                  - uses: git-push
                    as: push
                    config:
                      path: ./out
                """, """
                verification:
                  analysisTemplates:
                    - name: smoke
                  args:
                    - name: branch
                      value: ${{ outputs.push.branch }}
                """));
        assertEquals(2, fs.size(), fs::toString);
        assertTrue(fs.stream().allMatch(f -> f.code().equals("KE003")), fs::toString);
        assertTrue(fs.stream().allMatch(f -> f.message().contains("do not exist there")), fs::toString);
    }

    @Test
    void outputsInsidePromotionTasks() {
        List<Finding> fs = expr("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: PromotionTask
                metadata:
                  name: open-pr
                  namespace: demo
                spec:
                  steps:
                    - uses: git-push
                      as: push
                      config:
                        path: ./out
                    - uses: git-open-pr
                      as: open
                      config:
                        repoURL: https://github.com/example/deploy.git
                        sourceBranch: ${{ outputs.push.branch }}
                        targetBranch: ${{ task.outputs.push.branch }}
                        title: ${{ task.outputs.wait.pr.id }} ${{ outputs['clone'].commits }}
                    - uses: git-wait-for-pr
                      as: wait
                      config:
                        repoURL: https://github.com/example/deploy.git
                        prNumber: ${{ task.outputs.open.pr.id }}
                """);
        assertEquals(2, fs.size(), fs::toString);
        assertEquals("spec.steps[1].config.sourceBranch", fs.get(0).path().toString());
        assertTrue(fs.get(0).hint().contains("task.outputs['push']"), fs.get(0).hint());
        assertEquals("spec.steps[1].config.title", fs.get(1).path().toString());
        assertTrue(fs.get(1).message().contains("`task.outputs['wait']`"), fs.get(1).message());
    }

    // ------------------------------------------------------------------------------------------------ KE004

    @Test
    void undeclaredVariable() {
        Finding f = only(stage("""
                vars:
                  - name: imageRepository
                    value: ghcr.io/example/app
                steps:
                  - uses: kustomize-set-image
                    config:
                      path: ./env
                      images:
                        - image: ${{ vars.imageRepo }}
                          tag: v1
                """));
        assertEquals("KE004", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.promotionTemplate.spec.steps[0].config.images[0].image", f.path().toString());
        assertTrue(f.message().contains("`vars.imageRepo`"), f.message());
        assertTrue(f.message().contains("Stage dev"), f.message());
        assertTrue(f.message().contains("did you mean `vars.imageRepository`?"), f.message());
        assertEquals("use `vars.imageRepository`", f.hint());
    }

    @Test
    void variablesOfEveryScopeAreVisibleToSteps() {
        assertEquals(List.of(), expr(stage("""
                vars:
                  - name: tpl
                    value: ${{ vars.stageVar }}-x
                steps:
                  - uses: git-commit
                    vars:
                      - name: own
                        value: ${{ vars.tpl }}
                    if: ${{ vars['own'] != "" }}
                    config:
                      path: ./out
                      message: ${{ vars.stageVar }} ${{ vars.tpl }} ${{ vars?.own }} ${{ vars["own"] }}
                """, """
                vars:
                  - name: stageVar
                    value: a
                """)));
    }

    @Test
    void stageVarsDoNotSeeTemplateVarsAndStepsDoNotSeeOtherStepsVars() {
        List<Finding> fs = expr(stage("""
                vars:
                  - name: tpl
                    value: a
                steps:
                  - uses: git-commit
                    vars:
                      - name: mine
                        value: b
                    config:
                      path: ./out
                      message: m
                  - uses: git-push
                    config:
                      path: ${{ vars.mine }}
                """, """
                vars:
                  - name: stageVar
                    value: ${{ vars.tpl }}
                """));
        assertEquals(2, fs.size(), fs::toString);
        assertTrue(fs.stream().allMatch(f -> f.code().equals("KE004")), fs::toString);
    }

    @Test
    void taskVarsComeFromTheTaskAndFromTheStagesUsingIt() {
        String task = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: PromotionTask
                metadata:
                  name: update
                  namespace: demo
                spec:
                  vars:
                    - name: path
                  steps:
                    - uses: git-commit
                      config:
                        path: ${{ vars.path }}
                        message: ${{ vars.fromStage }} ${{ vars.nowhere }}
                """;
        assertEquals(List.of(), expr(task), "no Stage uses the task and the set may be partial: not judged");
        List<Finding> complete = expr(true, task);
        assertEquals(2, complete.size(), complete::toString);
        String withStage = task + "---\n" + stage("""
                steps:
                  - task:
                      name: update
                    vars:
                      - name: fromStage
                        value: x
                """);
        List<Finding> fs = expr(withStage);
        assertEquals(1, fs.size(), fs::toString);
        assertTrue(fs.get(0).message().contains("`vars.nowhere`"), fs.get(0).message());
    }

    // ------------------------------------------------------------------------------------------------ KE005

    @Test
    void verificationArgsSeeOnlyStageVars() {
        Finding f = only(stage("""
                vars:
                  - name: appRepo
                    value: https://github.com/example/app.git
                steps:
                  - uses: git-commit
                    config:
                      path: ./out
                      message: ${{ commitFrom(vars.appRepo).ID }}
                """, """
                verification:
                  analysisTemplates:
                    - name: smoke
                  args:
                    - name: commit
                      value: ${{ commitFrom(vars.appRepo).ID }}
                """));
        assertEquals("KE005", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.verification.args[0].value", f.path().toString());
        assertTrue(f.message().contains("declared only in spec.promotionTemplate.spec.vars"), f.message());
        assertTrue(f.message().contains("verification arg `commit`"), f.message());
        assertTrue(f.hint().contains("spec.vars"), f.hint());
    }

    @Test
    void verificationArgsReadingStageVarsAreFine() {
        assertEquals(List.of(), expr(stage("""
                steps:
                  - uses: git-commit
                    config:
                      path: ./out
                      message: ${{ commitFrom(vars.appRepo).ID }}
                """, """
                vars:
                  - name: appRepo
                    value: https://github.com/example/app.git
                verification:
                  analysisTemplates:
                    - name: smoke
                  args:
                    - name: commit
                      value: ${{ quote(commitFrom(vars.appRepo, warehouse("app")).ID) }}
                    - name: stage
                      value: ${{ ctx.stage }}
                """)));
    }

    // ------------------------------------------------------------------------------------------------ KE006

    @Test
    void unknownFunctionWithSuggestion() {
        Finding f = only(oneStep("git-commit", """
                path: ./out
                message: ${{ commitfrom("https://github.com/example/app.git").ID }}
                """));
        assertEquals("KE006", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.promotionTemplate.spec.steps[0].config.message", f.path().toString());
        assertTrue(f.message().contains("`commitfrom()`"), f.message());
        assertTrue(f.message().contains("did you mean `commitFrom()`?"), f.message());
        assertEquals("call `commitFrom()`", f.hint());
    }

    @Test
    void functionsNotAvailableWhereTheyAreCalled() {
        List<Finding> fs = expr(stage("""
                vars:
                  - name: ok
                    value: ${{ success() }}
                steps:
                  - uses: http
                    config:
                      url: https://example.com
                      successExpression: response.status == 200 && quote(response.body.ok) == "true"
                      failureExpression: ${{ quote(ctx.stage) }} == "x" || contains(response.body.s, "x")
                """));
        assertEquals(3, fs.size(), fs::toString);
        assertTrue(fs.stream().allMatch(f -> f.code().equals("KE006")), fs::toString);
        assertTrue(fs.get(0).message().contains("`success()`") && fs.get(0).message().contains("only available in a"
                + " step's `if` and `config`"), fs.get(0).message());
        assertTrue(fs.get(1).message().contains("`quote()`") && fs.get(1).message().contains("plain expr-lang"),
                fs.get(1).message());
        assertTrue(fs.get(2).message().contains("`contains(...)`") && fs.get(2).message().contains("operator"),
                fs.get(2).message());
    }

    @Test
    void builtInsKargoFunctionsMethodsOperatorsAndLetAreFine() {
        assertEquals(List.of(), expr(oneStep("yaml-update", """
                path: ./values.yaml
                updates:
                  - key: a
                    value: ${{ semverParse(imageFrom("nginx").Tag).IncMinor().String() }}
                  - key: b
                    value: '${{ let xs = filter([1, 2, 3], # > 1); len(xs) > 0 and "ab" contains "a" }}'
                  - key: c
                    value: '${{ join(map(split("a,b", ","), upper(#)), "-") + secret("s").user }}'
                  - key: d
                    value: '${{ status("step-1") == "Succeeded" ? configMap("c").x : sharedConfigMap("d").y }}'
                  - key: e
                    value: ${{ toBase64(asJSON(freightMetadata(ctx.targetFreight.name))) }}
                  - key: f
                    value: '${{ ctx.stage startsWith ("d" + "e") and not (ctx.stage in ["x"]) }}'
                """)));
    }

    @Test
    void bareExpressionsOfWarehousesAndReceivers() {
        List<Finding> fs = expr("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: app
                  namespace: demo
                spec:
                  freightCreationCriteria:
                    expression: imageFrom("nginx").Tag != "" && warehouse("app") != nil
                  subscriptions:
                    - git:
                        repoURL: https://github.com/example/app.git
                        expressionFilter: hasPrefix(subject, "release") && commitFrom("x") != nil
                    - image:
                        repoURL: nginx
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: ProjectConfig
                metadata:
                  name: demo
                  namespace: demo
                spec:
                  webhookReceivers:
                    - name: hook
                      generic:
                        secretRef:
                          name: s
                        actions:
                          - action: Refresh
                            whenExpression: request.header("X-Event") == "push" && lowr(request.body.ref) != ""
                """);
        assertEquals(3, fs.size(), fs::toString);
        assertTrue(fs.stream().allMatch(f -> f.code().equals("KE006")), fs::toString);
        assertTrue(fs.get(0).message().contains("`warehouse()`"), fs.get(0).message());
        assertTrue(fs.get(1).message().contains("`commitFrom()`"), fs.get(1).message());
        assertTrue(fs.get(2).message().contains("`lowr()`") && fs.get(2).message().contains("`lower()`"),
                fs.get(2).message());
    }

    // ------------------------------------------------------------------------------------------------ KE007

    @Test
    void repositoryNoRequestedWarehouseSubscribesTo() {
        Finding f = only(oneStep("yaml-update", """
                path: ./values.yaml
                updates:
                  - key: commit
                    value: ${{ commitFrom("https://github.com/example/application").ID }}
                """));
        assertEquals("KE007", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.promotionTemplate.spec.steps[0].config.updates[0].value", f.path().toString());
        assertTrue(f.message().contains("https://github.com/example/application"), f.message());
        assertTrue(f.message().contains("(app)"), f.message());
        assertTrue(f.hint().contains("https://github.com/example/app.git"), f.hint());
    }

    @Test
    void commitFromNormalizesTheUrlAsKargoDoes() {
        assertEquals(List.of(), expr(stage("""
                vars:
                  - name: repo
                    value: HTTPS://GitHub.com/example/app/
                steps:
                  - uses: yaml-update
                    config:
                      path: ./values.yaml
                      updates:
                        - key: a
                          value: ${{ commitFrom("https://github.com/example/app").ID }}
                        - key: b
                          value: ${{ commitFrom(vars.repo, warehouse("app")).ID }}
                        - key: c
                          value: ${{ imageFrom("nginx").Tag }}
                        - key: d
                          value: ${{ chartFrom("https://charts.example.com", "app").Version }}
                        - key: e
                          value: ${{ commitFrom(vars.dynamic).ID }}
                """, """
                vars:
                  - name: dynamic
                    value: ${{ configMap("c").repo }}
                """)));
    }

    /** Kargo's FindImage and FindChart compare the subscription's repoURL as written (freight/finder.go). */
    @Test
    void imageFromAndChartFromLookUpTheUrlAsWritten() {
        List<Finding> fs = expr(oneStep("yaml-update", """
                path: ./values.yaml
                updates:
                  - key: c
                    value: ${{ imageFrom("docker.io/library/nginx").Tag }}
                  - key: d
                    value: ${{ chartFrom("https://charts.example.com/", "app").Version }}
                """));
        assertEquals(2, fs.size(), fs::toString);
        assertTrue(fs.stream().allMatch(f -> f.code().equals("KE007")), fs::toString);
        assertTrue(fs.get(0).message().contains("exactly as written"), fs.get(0).message());
        assertTrue(fs.get(0).hint().endsWith("exactly as the subscription does: nginx"), fs.get(0).hint());
        assertTrue(fs.get(1).hint().contains("https://charts.example.com (chart app)"), fs.get(1).hint());
    }

    @Test
    void wrongChartNameImageAndExplicitWarehouse() {
        List<Finding> fs = expr(oneStep("yaml-update", """
                path: ./values.yaml
                updates:
                  - key: a
                    value: ${{ chartFrom("https://charts.example.com", "other").Version }}
                  - key: b
                    value: ${{ imageFrom("ghcr.io/example/app").Tag }}
                """));
        assertEquals(2, fs.size(), fs::toString);
        assertTrue(fs.stream().allMatch(f -> f.code().equals("KE007")), fs::toString);
    }

    @Test
    void freightCreationCriteriaCheckTheWarehouseItself() {
        Finding f = only("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: app
                  namespace: demo
                spec:
                  freightCreationCriteria:
                    expression: imageFrom("ghcr.io/example/other").Tag == commitFrom("https://github.com/example/app").Tag
                  subscriptions:
                    - git:
                        repoURL: https://github.com/example/app.git
                    - image:
                        repoURL: ghcr.io/example/app
                """);
        assertEquals("KE007", f.code());
        assertEquals("spec.freightCreationCriteria.expression", f.path().toString());
        assertTrue(f.message().contains("ghcr.io/example/other"), f.message());
    }

    // ------------------------------------------------------------------------------------------------ KE008

    @Test
    void requestedWarehouseOutsideTheSet() {
        String yaml = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata:
                  name: dev
                  namespace: demo
                spec:
                  requestedFreight:
                    - origin:
                        kind: Warehouse
                        name: elsewhere
                      sources:
                        direct: true
                  promotionTemplate:
                    spec:
                      steps:
                        - uses: git-commit
                          config:
                            path: ./out
                            message: ${{ commitFrom("https://github.com/example/app.git").ID }}
                        - uses: git-push
                          config:
                            path: ./out
                            targetBranch: ${{ commitFrom("https://github.com/example/app.git").Branch }}
                """;
        assertEquals(List.of(), expr(yaml), "a partial set: the missing Warehouse is KG003's, said once per Stage");
        List<Finding> complete = expr(true, yaml);
        assertEquals(1, complete.size(), "once per Stage and repository: " + complete);
        Finding f = complete.get(0);
        assertEquals("KE008", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.promotionTemplate.spec.steps[0].config.message", f.path().toString());
        assertTrue(f.message().contains("Warehouse elsewhere is not in the set"), f.message());
        assertEquals(List.of(), expr(yaml.replace("elsewhere", "app") + WAREHOUSE),
                "with the Warehouse in the set, nothing is unknown");
    }

    // ------------------------------------------------------------------------------------------------ in code

    @Test
    void resourcesBuiltInCodeAreChecked() {
        Stage stage = Stage.builder()
                .metadata(ObjectMeta.of("demo", "dev"))
                .spec(s -> s.addRequestedFreight(FreightRequest.of(FreightOrigin.warehouse("app"),
                                FreightSources.builder().direct(true).build()))
                        .promotionTemplate(t -> t.spec(ts -> ts.addStep(PromotionStep.of("git-commit",
                                JsonObject.builder().put("path", "./out").put("message", "${{ vars.msg }}").build())))))
                .build();
        Report r = PipelineValidator.create().validateResources(List.of(stage)).withCodes("KE004");
        assertEquals(1, r.findings().size(), r::toString);
        assertEquals("spec.promotionTemplate.spec.steps[0].config.message", r.findings().get(0).path().toString());
    }

    @Test
    void promotionsAreChecked() {
        List<Finding> fs = expr("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Promotion
                metadata:
                  name: p
                  namespace: demo
                spec:
                  stage: dev
                  freight: abc
                  vars:
                    - name: a
                      value: x
                  steps:
                    - uses: git-commit
                      config:
                        path: ${{ vars.a }}
                        message: ${{ vars.b }} ${{ outputs['step-2'].commit }}
                """);
        assertEquals(List.of("KE003", "KE004"), fs.stream().map(Finding::code).sorted().toList(), fs::toString);
    }
}
