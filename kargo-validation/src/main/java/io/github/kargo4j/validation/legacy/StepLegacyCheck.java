package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.FlowYaml;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;
import io.github.kargo4j.validation.steps.StepLists;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Removed and deprecated built-in steps and step config fields. Step configs are not checked when a resource is
 * admitted; they are checked against the step's schema, which rejects unknown fields, just before the step runs, so a
 * removed field makes the Promotion fail.
 */
public final class StepLegacyCheck implements Check {

    private static final String RUN_TIME = "Kargo admits the resource, but the step's config schema rejects the "
            + "field when the step runs, so the Promotion fails";
    private static final Set<String> FROM_ORIGIN_STEPS = Set.of("argocd-update", "git-clone", "helm-update-chart",
            "kustomize-set-image");
    private static final Set<String> GIT_URL_STEPS = Set.of("git-clone", "git-open-pr", "git-wait-for-pr",
            "git-merge-pr");

    /** Creates the check. */
    public StepLegacyCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(LegacyRules.STEP_GIT_OVERWRITE, LegacyRules.STEP_HELM_UPDATE_IMAGE, LegacyRules.STEP_FROM_ORIGIN,
                LegacyRules.STEP_FROM_FREIGHT, LegacyRules.STEP_DESIRED_COMMIT_FROM_STEP,
                LegacyRules.STEP_HELM_IMAGE_SHAPE, LegacyRules.STEP_USE_DIGEST,
                LegacyRules.STEP_SOURCE_BRANCH_FROM_STEP,
                LegacyRules.STEP_PR_NUMBER_FROM_STEP, LegacyRules.STEP_MESSAGE_FROM_STEPS,
                LegacyRules.STEP_COMMIT_AUTHOR, LegacyRules.STEP_CREATE_TARGET_BRANCH, LegacyRules.GIT_SSH_URL);
    }

    @Override
    public void run(ValidationContext ctx) {
        // each step list on its own, on the validator's threads; findings in the order of a plain loop
        ctx.inParallel(StepLists.of(ctx), PerStepList.INSTANCE);
    }

    /** Checks each step of one list (a named class, not a lambda: no call site to link at start-up). */
    private static final class PerStepList implements BiConsumer<ValidationContext, StepLists.StepList> {
        static final PerStepList INSTANCE = new PerStepList();

        @Override
        public void accept(ValidationContext own, StepLists.StepList list) {
            for (int i = 0; i < list.steps().size(); i++) {
                step(own, list, i);
            }
        }
    }

    private static void step(ValidationContext ctx, StepLists.StepList list, int i) {
        PromotionStep step = list.steps().get(i);
        String uses = step.uses().orElse("");
        JsonObject config = step.config().orElse(JsonObject.EMPTY);
        JsonPath p = list.path().index(i);
        JsonPath cp = p.key("config");
        String who = StepLists.describe(list, i);
        switch (uses) {
            case "git-overwrite" -> gitOverwrite(ctx, list, who, config, p);
            case "helm-update-image" -> helmUpdateImage(ctx, list, who, config, p);
            case "git-clone" -> gitClone(ctx, list, who, config, cp);
            case "argocd-update" -> argocdUpdate(ctx, list, who, config, cp);
            case "kustomize-set-image" -> kustomizeSetImage(ctx, list, who, config, cp);
            case "git-open-pr" -> gitOpenPr(ctx, list, who, config, cp);
            case "git-wait-for-pr" -> fromStep(ctx, list, who, config, cp, "prNumberFromStep", "prNumber",
                    LegacyRules.STEP_PR_NUMBER_FROM_STEP, ".pr.id");
            case "git-commit" -> gitCommit(ctx, list, who, config, cp);
            default -> {
            }
        }
        if (FROM_ORIGIN_STEPS.contains(uses)) {
            fromOrigin(ctx, list, who, config, cp);
        }
        if (GIT_URL_STEPS.contains(uses)) {
            String url = Json.str(config, "repoURL");
            if (!url.contains("${") && GitUrls.isSsh(url)) {
                ctx.report(LegacyRules.GIT_SSH_URL, list.entry(), cp.key("repoURL"),
                        who + " (" + uses + ") uses the SSH URL " + url + ", deprecated since Kargo v1.10 (removal "
                                + "planned for v1.13)", GitUrls.hint(url));
            }
        }
    }

    private static void gitOverwrite(ValidationContext ctx, StepLists.StepList list, String who, JsonObject config,
                                     JsonPath p) {
        String in = Json.str(config, "inPath");
        String out = Json.str(config, "outPath");
        JsonArray replacement = JsonArray.of(
                JsonObject.builder().put("uses", "git-clear").put("config", JsonObject.builder()
                        .put("path", out.isEmpty() ? "<outPath>" : out).build()).build(),
                JsonObject.builder().put("uses", "copy").put("config", JsonObject.builder()
                        .put("inPath", in.isEmpty() ? "<inPath>" : in).put("outPath", out.isEmpty() ? "<outPath>" : out)
                        .build()).build());
        ctx.report(LegacyRules.STEP_GIT_OVERWRITE, list.entry(), p.key("uses"),
                who + " uses git-overwrite, a step of the Kargo v0.9 release candidates renamed git-clear before "
                        + "v0.9.0; Kargo v1.11 has no such step, so the Promotion fails when it reaches it",
                "replace it with the steps " + FlowYaml.write(replacement) + " (git-clear empties the working tree, "
                        + "copy fills it)");
    }

    private static void helmUpdateImage(ValidationContext ctx, StepLists.StepList list, String who,
                                        JsonObject config, JsonPath p) {
        JsonArray.Builder updates = JsonArray.builder();
        for (JsonValue v : Json.items(config.getOrNull("images"))) {
            JsonObject im = Json.obj(v);
            String image = Json.str(im, "image");
            updates.add(JsonObject.builder().put("key", Json.str(im, "key")).put("value", Exprs.imageValue(image,
                    Json.str(im, "value"), Exprs.origin(im.getOrNull("fromOrigin")))).build());
        }
        String path = Json.str(config, "path");
        JsonObject replacement = JsonObject.builder().put("uses", "yaml-update").put("config", JsonObject.builder()
                .put("path", path.isEmpty() ? "<values file>" : path).put("updates", updates.build()).build()).build();
        String message = who + " uses helm-update-image, deprecated in Kargo v1.1 and removed in v1.3; Kargo v1.11 "
                + "has no such step, so the Promotion fails when it reaches it";
        String note = " (the value keywords Tag, ImageAndTag, Digest and ImageAndDigest become imageFrom() "
                + "expressions; fromOrigin becomes a warehouse() argument)";
        if (path.isEmpty() || !Set.of("path", "images").containsAll(config.keys())) {
            ctx.report(LegacyRules.STEP_HELM_UPDATE_IMAGE, list.entry(), p.key("uses"), message,
                    "replace it with " + FlowYaml.write(replacement) + note);
            return;
        }
        JsonObject.Builder step = JsonObject.builder();
        PromotionStep old = list.steps().get(p.lastIndex());
        JsonObject tree = Json.obj(p.resolve(Json.tree(list.entry())).orElse(null));
        for (int k = 0; k < tree.size(); k++) {
            String key = tree.keyAt(k);
            step.put(key, key.equals("uses") ? JsonValue.of("yaml-update") : key.equals("config")
                    ? replacement.getOrNull("config") : tree.valueAt(k));
        }
        ctx.report(LegacyRules.STEP_HELM_UPDATE_IMAGE, list.entry(), p.key("uses"), message,
                Fix.of("use yaml-update" + note, new Fix.Replace(p, old == null ? replacement : step.build())));
    }

    private static void gitClone(ValidationContext ctx, StepLists.StepList list, String who, JsonObject config,
                                 JsonPath cp) {
        String repo = Json.str(config, "repoURL");
        List<JsonValue> checkout = Json.items(config.getOrNull("checkout"));
        for (int c = 0; c < checkout.size(); c++) {
            JsonObject co = Json.obj(checkout.get(c));
            if (!co.containsKey("fromFreight")) {
                continue;
            }
            String w = Exprs.origin(co.getOrNull("fromOrigin"));
            String commit = Exprs.wrap(Exprs.call("commitFrom", repo.isEmpty() ? "<repoURL>" : repo, w) + ".ID");
            JsonPath at = cp.key("checkout").index(c).key("fromFreight");
            String message = who + " (git-clone) checks out checkout[" + c + "] with fromFreight, deprecated in "
                    + "Kargo v1.1 and removed in v1.3; " + RUN_TIME;
            if (repo.isEmpty() || co.containsKey("commit") || !Json.isTrue(co, "fromFreight")) {
                ctx.report(LegacyRules.STEP_FROM_FREIGHT, list.entry(), at, message, "replace fromFreight: true"
                        + (w == null ? "" : " and fromOrigin") + " with commit: " + FlowYaml.scalar(commit));
                continue;
            }
            List<Fix.Edit> edits = new java.util.ArrayList<>();
            edits.add(new Fix.ReplacePair(at, "commit", JsonValue.of(commit)));
            if (co.containsKey("fromOrigin")) {
                edits.add(new Fix.Remove(at.parent().orElseThrow().key("fromOrigin")));
            }
            ctx.report(LegacyRules.STEP_FROM_FREIGHT, list.entry(), at, message, new Fix("check out the Freight's "
                    + "commit with commitFrom()", edits));
        }
    }

    private static void argocdUpdate(ValidationContext ctx, StepLists.StepList list, String who, JsonObject config,
                                     JsonPath cp) {
        List<JsonValue> apps = Json.items(config.getOrNull("apps"));
        for (int a = 0; a < apps.size(); a++) {
            List<JsonValue> sources = Json.items(Json.obj(apps.get(a)).getOrNull("sources"));
            for (int s = 0; s < sources.size(); s++) {
                JsonObject src = Json.obj(sources.get(s));
                JsonPath sp = cp.key("apps").index(a).key("sources").index(s);
                String step = Json.str(src, "desiredCommitFromStep");
                if (src.containsKey("desiredCommitFromStep")) {
                    String message = who + " (argocd-update) takes the desired commit of apps[" + a + "].sources["
                            + s + "] from step \"" + step + "\" with desiredCommitFromStep, deprecated in Kargo "
                            + "v1.1 and removed in v1.3; " + RUN_TIME;
                    JsonPath at = sp.key("desiredCommitFromStep");
                    if (step.isEmpty() || src.containsKey("desiredRevision")) {
                        ctx.report(LegacyRules.STEP_DESIRED_COMMIT_FROM_STEP, list.entry(), at, message,
                                "replace it with desiredRevision: " + FlowYaml.scalar("${{ outputs['"
                                        + (step.isEmpty() ? "<alias>" : step) + "'].commit }}"));
                    } else {
                        ctx.report(LegacyRules.STEP_DESIRED_COMMIT_FROM_STEP, list.entry(), at, message,
                                Fix.of("read the commit from the step's output", new Fix.ReplacePair(at,
                                        "desiredRevision", JsonValue.of(outputs(step, ".commit")))));
                    }
                }
                JsonObject helm = Json.obj(src.getOrNull("helm"));
                List<JsonValue> images = Json.items(helm.getOrNull("images"));
                for (int h = 0; h < images.size(); h++) {
                    JsonObject im = Json.obj(images.get(h));
                    String repo = Json.str(im, "repoURL");
                    String value = Json.str(im, "value");
                    if (!im.containsKey("repoURL") && !Exprs.isValueKeyword(value)) {
                        continue;
                    }
                    String w = Exprs.originOf(im, Exprs.origin(helm.getOrNull("fromOrigin")));
                    String expr = Exprs.imageValue(repo.isEmpty() ? "<image repository>" : repo,
                            Exprs.isValueKeyword(value) ? value : "Tag", w);
                    JsonPath ip = sp.key("helm").key("images").index(h);
                    String message = who + " (argocd-update) sets Helm parameter \"" + Json.str(im, "key")
                            + "\" the Kargo v1.1 way (" + (im.containsKey("repoURL") ? "repoURL " + repo : "")
                            + (im.containsKey("repoURL") && Exprs.isValueKeyword(value) ? " and " : "")
                            + (Exprs.isValueKeyword(value) ? "value keyword " + value : "") + "), removed in "
                            + "v1.3; " + (im.containsKey("repoURL") ? RUN_TIME
                            : "the value is now used literally, so the parameter is set to \"" + value + "\"");
                    JsonPath at = im.containsKey("repoURL") ? ip.key("repoURL") : ip.key("value");
                    if (repo.isEmpty()) {
                        ctx.report(LegacyRules.STEP_HELM_IMAGE_SHAPE, list.entry(), at, message,
                                "delete repoURL and set value: " + FlowYaml.scalar(expr));
                        continue;
                    }
                    List<Fix.Edit> edits = new java.util.ArrayList<>();
                    edits.add(new Fix.Remove(ip.key("repoURL")));
                    edits.add(im.containsKey("value") ? new Fix.Replace(ip.key("value"), JsonValue.of(expr))
                            : new Fix.Add(ip, "value", JsonValue.of(expr)));
                    if (im.containsKey("fromOrigin")) {
                        edits.add(new Fix.Remove(ip.key("fromOrigin")));
                    }
                    ctx.report(LegacyRules.STEP_HELM_IMAGE_SHAPE, list.entry(), at, message, new Fix("name the "
                            + "image in an imageFrom() expression", edits));
                }
                JsonObject kustomize = Json.obj(src.getOrNull("kustomize"));
                List<JsonValue> kimages = Json.items(kustomize.getOrNull("images"));
                for (int k = 0; k < kimages.size(); k++) {
                    JsonObject im = Json.obj(kimages.get(k));
                    useDigest(ctx, list, who + " (argocd-update)", im, Json.str(im, "repoURL").isEmpty()
                                    ? Json.str(im, "image") : Json.str(im, "repoURL"),
                            sp.key("kustomize").key("images").index(k));
                }
            }
        }
    }

    private static void kustomizeSetImage(ValidationContext ctx, StepLists.StepList list, String who,
                                          JsonObject config, JsonPath cp) {
        List<JsonValue> images = Json.items(config.getOrNull("images"));
        for (int k = 0; k < images.size(); k++) {
            JsonObject im = Json.obj(images.get(k));
            useDigest(ctx, list, who + " (kustomize-set-image)", im, Json.str(im, "image"),
                    cp.key("images").index(k));
        }
    }

    private static void useDigest(ValidationContext ctx, StepLists.StepList list, String who, JsonObject im,
                                  String image, JsonPath ip) {
        if (!im.containsKey("useDigest")) {
            return;
        }
        boolean digest = Json.isTrue(im, "useDigest");
        String w = Exprs.origin(im.getOrNull("fromOrigin"));
        String repo = image.isEmpty() ? "<image repository>" : image;
        String field = digest ? "digest" : "tag";
        String message = who + " sets useDigest on image " + repo + ", deprecated in Kargo v1.1 and removed in "
                + "v1.3; " + RUN_TIME;
        String expr = Exprs.imageValue(repo, digest ? "Digest" : "Tag", w);
        if (image.isEmpty() || im.containsKey(field)) {
            ctx.report(LegacyRules.STEP_USE_DIGEST, list.entry(), ip.key("useDigest"), message,
                    "replace useDigest with " + field + ": " + FlowYaml.scalar(expr) + " (since v1.3 an image entry "
                            + "names its tag or digest)");
            return;
        }
        List<Fix.Edit> edits = new java.util.ArrayList<>();
        edits.add(new Fix.ReplacePair(ip.key("useDigest"), field, JsonValue.of(expr)));
        if (im.containsKey("fromOrigin")) {
            edits.add(new Fix.Remove(ip.key("fromOrigin")));
        }
        ctx.report(LegacyRules.STEP_USE_DIGEST, list.entry(), ip.key("useDigest"), message, new Fix("name the "
                + field + " (since v1.3 an image entry names its tag or digest)", edits));
    }

    private static void gitOpenPr(ValidationContext ctx, StepLists.StepList list, String who, JsonObject config,
                                  JsonPath cp) {
        fromStep(ctx, list, who, config, cp, "sourceBranchFromStep", "sourceBranch",
                LegacyRules.STEP_SOURCE_BRANCH_FROM_STEP, ".branch");
        if (config.containsKey("createTargetBranch")) {
            ctx.report(LegacyRules.STEP_CREATE_TARGET_BRANCH, list.entry(), cp.key("createTargetBranch"),
                    who + " (git-open-pr) sets createTargetBranch, which does nothing since Kargo v1.10 "
                            + "(deprecated; removal planned for v1.12, when the schema will reject it); git-open-pr "
                            + "no longer creates the target branch, so push it with git-push first if it may not exist",
                    Fix.of("delete createTargetBranch, a no-op", new Fix.Remove(cp.key("createTargetBranch"))));
        }
    }

    private static void gitCommit(ValidationContext ctx, StepLists.StepList list, String who, JsonObject config,
                                  JsonPath cp) {
        if (config.containsKey("messageFromSteps")) {
            List<String> parts = new java.util.ArrayList<>();
            List<JsonValue> aliases = Json.items(config.getOrNull("messageFromSteps"));
            StringBuilder expr = new StringBuilder();
            for (int i = 0; i < aliases.size(); i++) {
                expr.append(i > 0 ? ", " : "").append("outputs['").append(Json.text(aliases.get(i)))
                        .append("'].commitMessage");
                parts.add(Json.text(aliases.get(i)));
            }
            String message = aliases.size() == 1 ? "${{ " + expr + " }}"
                    : aliases.isEmpty() ? "<message>" : "${{ join([" + expr + "], \"\\n\") }}";
            String text = who + " (git-commit) builds its message from steps " + parts + " with messageFromSteps, "
                    + "deprecated in Kargo v1.3 and removed in v1.5; " + RUN_TIME;
            JsonPath at = cp.key("messageFromSteps");
            if (aliases.isEmpty() || parts.contains("") || config.containsKey("message")) {
                ctx.report(LegacyRules.STEP_MESSAGE_FROM_STEPS, list.entry(), at, text,
                        "replace it with message: " + FlowYaml.scalar(message));
            } else {
                ctx.report(LegacyRules.STEP_MESSAGE_FROM_STEPS, list.entry(), at, text, Fix.of("build the message "
                        + "from the steps' commitMessage outputs", new Fix.ReplacePair(at, "message",
                        JsonValue.of(message))));
            }
        }
        if (config.containsKey("author")) {
            ctx.report(LegacyRules.STEP_COMMIT_AUTHOR, list.entry(), cp.key("author"),
                    who + " (git-commit) sets author, deprecated since Kargo v1.10 (still honoured; removal "
                            + "planned for v1.12, when the schema will reject it)",
                    "move author to the git-clone step that checks out this working tree (git-clone config "
                            + "author), or set the committer for all projects in ClusterConfig spec.gitClient");
        }
    }

    private static void fromStep(ValidationContext ctx, StepLists.StepList list, String who, JsonObject config,
                                 JsonPath cp, String field, String replacement, Rule rule, String output) {
        if (!config.containsKey(field)) {
            return;
        }
        String alias = Json.str(config, field);
        int step = cp.parent().isPresent() ? cp.parent().get().lastIndex() : 0;
        String uses = list.steps().get(step).uses().orElse("");
        String message = who + " (" + uses + ") reads " + replacement + " from step \"" + alias + "\" with " + field
                + ", deprecated in Kargo v1.1 and removed in v1.3; " + RUN_TIME;
        if (alias.isEmpty() || config.containsKey(replacement)) {
            ctx.report(rule, list.entry(), cp.key(field), message, "replace it with " + replacement + ": "
                    + FlowYaml.scalar("${{ outputs['" + (alias.isEmpty() ? "<alias>" : alias) + "']" + output
                    + " }}"));
        } else {
            ctx.report(rule, list.entry(), cp.key(field), message, Fix.of("read " + replacement + " from the step's "
                    + "output", new Fix.ReplacePair(cp.key(field), replacement, JsonValue.of(outputs(alias,
                    output)))));
        }
    }

    /** @return {@code ${{ outputs['alias'].field }}}, the alias escaped for the single-quoted index */
    private static String outputs(String alias, String field) {
        return "${{ outputs['" + alias.replace("\\", "\\\\").replace("'", "\\'") + "']" + field + " }}";
    }

    /** Reports every {@code fromOrigin} key at any depth of the config. */
    private static void fromOrigin(ValidationContext ctx, StepLists.StepList list, String who, JsonObject config,
                                   JsonPath cp) {
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {config, cp});
        int step = cp.parent().isPresent() ? cp.parent().get().lastIndex() : 0;
        String uses = list.steps().get(step).uses().orElse("");
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            JsonValue v = (JsonValue) top[0];
            JsonPath p = (JsonPath) top[1];
            if (v instanceof JsonObject o) {
                for (int i = o.size() - 1; i >= 0; i--) {
                    String key = o.keyAt(i);
                    if (key.equals("fromOrigin")) {
                        String w = Exprs.origin(o.valueAt(i));
                        String wh = w == null ? "<warehouse>" : w;
                        ctx.report(LegacyRules.STEP_FROM_ORIGIN, list.entry(), p.key(key),
                                who + " (" + uses + ") selects the origin of " + relative(cp, p)
                                        + " with fromOrigin" + (w == null ? "" : " (Warehouse \"" + w + "\")")
                                        + ", deprecated in Kargo v1.1 and removed in v1.3; " + RUN_TIME,
                                "delete fromOrigin and pass warehouse(\"" + wh + "\") as the last argument of the "
                                        + "expression that picks the artifact, for example "
                                        + example(uses, config, o, wh));
                    } else {
                        stack.push(new Object[] {o.valueAt(i), p.key(key)});
                    }
                }
            } else if (v instanceof JsonArray a) {
                for (int i = a.size() - 1; i >= 0; i--) {
                    stack.push(new Object[] {a.get(i), p.index(i)});
                }
            }
        }
    }

    private static String example(String uses, JsonObject config, JsonObject holder, String w) {
        return switch (uses) {
            case "git-clone" -> "commit: " + FlowYaml.scalar(Exprs.wrap(Exprs.call("commitFrom",
                    nonEmpty(Json.str(config, "repoURL"), "<repoURL>"), w) + ".ID"));
            case "helm-update-chart" -> "version: " + FlowYaml.scalar(Exprs.wrap(Exprs.chartFrom(
                    nonEmpty(Json.str(holder, "repository"), "<repository>"), Json.str(holder, "name"), w)
                    + ".Version"));
            default -> "tag: " + FlowYaml.scalar(Exprs.wrap(Exprs.call("imageFrom", nonEmpty(Json.str(holder,
                    "image"), nonEmpty(Json.str(holder, "repoURL"), "<image repository>")), w) + ".Tag"));
        };
    }

    private static String relative(JsonPath config, JsonPath p) {
        String c = config.toString();
        String s = p.toString();
        return "config" + (s.startsWith(c) ? s.substring(c.length()) : "");
    }

    private static String nonEmpty(String s, String fallback) {
        return s.isEmpty() ? fallback : s;
    }
}
