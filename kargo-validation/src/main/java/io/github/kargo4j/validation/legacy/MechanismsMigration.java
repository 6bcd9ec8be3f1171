package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a Kargo v0.8 {@code spec.promotionMechanisms} into the promotion steps that do the same work, as the
 * Kargo v0.9 migration guide maps them: each {@code gitRepoUpdates[]} becomes git-clone (read and write branches),
 * git-clear (when rendering), the image and chart updates, git-commit and git-push (or a pull request), and
 * {@code argoCDAppUpdates[]} becomes one argocd-update step.
 */
final class MechanismsMigration {

    private MechanismsMigration() {
    }

    static JsonArray steps(JsonObject mechanisms) {
        JsonArray.Builder steps = JsonArray.builder();
        String origin = Exprs.origin(mechanisms.getOrNull("origin"));
        List<JsonValue> updates = Json.items(mechanisms.getOrNull("gitRepoUpdates"));
        Map<String, String> commitAliasByRepo = new LinkedHashMap<>();
        for (int i = 0; i < updates.size(); i++) {
            String sfx = updates.size() > 1 ? "-" + (i + 1) : "";
            JsonObject u = Json.obj(updates.get(i));
            gitRepoUpdate(steps, u, Exprs.originOf(u, origin), sfx);
            commitAliasByRepo.put(Json.str(u, "repoURL"), "commit" + sfx);
        }
        List<JsonValue> apps = Json.items(mechanisms.getOrNull("argoCDAppUpdates"));
        if (!apps.isEmpty()) {
            JsonArray.Builder out = JsonArray.builder();
            for (JsonValue a : apps) {
                out.add(app(Json.obj(a), origin, commitAliasByRepo));
            }
            steps.add(step("argocd-update", null, JsonObject.builder().put("apps", out.build()).build()));
        }
        return steps.build();
    }

    private static void gitRepoUpdate(JsonArray.Builder steps, JsonObject u, String origin, String sfx) {
        String repo = Json.str(u, "repoURL");
        String read = Json.str(u, "readBranch");
        String write = Json.str(u, "writeBranch");
        boolean render = u.containsKey("render");
        boolean twoTrees = render || (!read.isEmpty() && !read.equals(write));
        String src = "./src" + sfx;
        String out = "./out" + sfx;
        JsonArray.Builder checkout = JsonArray.builder();
        if (twoTrees) {
            checkout.add(checkout(read, src));
        }
        checkout.add(checkout(write, out));
        JsonObject.Builder clone = JsonObject.builder().put("repoURL", repo).put("checkout", checkout.build());
        if (Json.isTrue(u, "insecureSkipTLSVerify")) {
            clone.put("insecureSkipTLSVerify", true);
        }
        steps.add(step("git-clone", "clone" + sfx, clone.build()));
        if (twoTrees) {
            steps.add(step("git-clear", null, JsonObject.builder().put("path", out).build()));
        }
        String work = twoTrees ? src : out;
        JsonObject kustomize = Json.obj(u.getOrNull("kustomize"));
        kustomizeImages(steps, Json.items(kustomize.getOrNull("images")), work,
                Exprs.originOf(kustomize, origin));
        JsonObject helm = Json.obj(u.getOrNull("helm"));
        String helmOrigin = Exprs.originOf(helm, origin);
        helmImages(steps, Json.items(helm.getOrNull("images")), work, helmOrigin);
        helmCharts(steps, Json.items(helm.getOrNull("charts")), work, helmOrigin);
        if (render) {
            JsonObject r = Json.obj(u.getOrNull("render"));
            kustomizeImages(steps, Json.items(r.getOrNull("images")), src, Exprs.originOf(r, origin));
            steps.add(step("kustomize-build", null, JsonObject.builder().put("path", src).put("outPath", out)
                    .build()));
        }
        steps.add(step("git-commit", "commit" + sfx, JsonObject.builder().put("path", out)
                .put("message", "Promote Freight ${{ ctx.targetFreight.name }} to ${{ ctx.stage }}").build()));
        if (u.containsKey("pullRequest")) {
            steps.add(step("git-push", "push" + sfx, JsonObject.builder().put("path", out)
                    .put("generateTargetBranch", true).build()));
            steps.add(step("git-open-pr", "open-pr" + sfx, JsonObject.builder().put("repoURL", repo)
                    .put("sourceBranch", "${{ outputs['push" + sfx + "'].branch }}")
                    .put("targetBranch", write).build()));
            steps.add(step("git-wait-for-pr", null, JsonObject.builder().put("repoURL", repo)
                    .put("prNumber", "${{ outputs['open-pr" + sfx + "'].pr.id }}").build()));
        } else {
            JsonObject.Builder push = JsonObject.builder().put("path", out);
            if (!write.isEmpty()) {
                push.put("targetBranch", write);
            }
            steps.add(step("git-push", "push" + sfx, push.build()));
        }
    }

    private static JsonObject checkout(String branch, String path) {
        JsonObject.Builder b = JsonObject.builder();
        if (!branch.isEmpty()) {
            b.put("branch", branch);
        }
        return b.put("path", path).build();
    }

    private static void kustomizeImages(JsonArray.Builder steps, List<JsonValue> images, String work,
                                        String origin) {
        Map<String, JsonArray.Builder> byPath = new LinkedHashMap<>();
        for (JsonValue v : images) {
            JsonObject im = Json.obj(v);
            String image = Json.str(im, "image");
            String o = Exprs.originOf(im, origin);
            boolean digest = Json.isTrue(im, "useDigest");
            String path = Json.str(im, "path");
            byPath.computeIfAbsent(path, k -> JsonArray.builder()).add(JsonObject.builder().put("image", image)
                    .put(digest ? "digest" : "tag", Exprs.imageValue(image, digest ? "Digest" : "Tag", o)).build());
        }
        byPath.forEach((path, list) -> steps.add(step("kustomize-set-image", null, JsonObject.builder()
                .put("path", join(work, path)).put("images", list.build()).build())));
    }

    private static void helmImages(JsonArray.Builder steps, List<JsonValue> images, String work, String origin) {
        Map<String, JsonArray.Builder> byFile = new LinkedHashMap<>();
        for (JsonValue v : images) {
            JsonObject im = Json.obj(v);
            String image = Json.str(im, "image");
            String value = Exprs.imageValue(image, Json.str(im, "value"), Exprs.originOf(im, origin));
            byFile.computeIfAbsent(Json.str(im, "valuesFilePath"), k -> JsonArray.builder())
                    .add(JsonObject.builder().put("key", Json.str(im, "key")).put("value", value).build());
        }
        byFile.forEach((file, list) -> steps.add(step("yaml-update", null, JsonObject.builder()
                .put("path", join(work, file)).put("updates", list.build()).build())));
    }

    private static void helmCharts(JsonArray.Builder steps, List<JsonValue> charts, String work, String origin) {
        Map<String, JsonArray.Builder> byPath = new LinkedHashMap<>();
        for (JsonValue v : charts) {
            JsonObject c = Json.obj(v);
            String repository = Json.str(c, "repository");
            String name = Json.str(c, "name");
            String version = Exprs.wrap(Exprs.chartFrom(repository, name, Exprs.originOf(c, origin)) + ".Version");
            byPath.computeIfAbsent(Json.str(c, "chartPath"), k -> JsonArray.builder())
                    .add(JsonObject.builder().put("repository", repository).put("name", name)
                            .put("version", version).build());
        }
        byPath.forEach((path, list) -> steps.add(step("helm-update-chart", null, JsonObject.builder()
                .put("path", join(work, path)).put("charts", list.build()).build())));
    }

    private static JsonObject app(JsonObject a, String inherited, Map<String, String> commitAliasByRepo) {
        String origin = Exprs.originOf(a, inherited);
        JsonObject.Builder app = JsonObject.builder().put("name", Json.str(a, "appName"));
        if (!Json.str(a, "appNamespace").isEmpty()) {
            app.put("namespace", Json.str(a, "appNamespace"));
        }
        JsonArray.Builder sources = JsonArray.builder();
        for (JsonValue v : Json.items(a.getOrNull("sourceUpdates"))) {
            JsonObject s = Json.obj(v);
            String o = Exprs.originOf(s, origin);
            String repo = Json.str(s, "repoURL");
            String chart = Json.str(s, "chart");
            JsonObject.Builder src = JsonObject.builder().put("repoURL", repo);
            if (!chart.isEmpty()) {
                src.put("chart", chart);
            }
            if (Json.isTrue(s, "updateTargetRevision")) {
                String alias = commitAliasByRepo.get(repo);
                String revision = !chart.isEmpty() ? Exprs.wrap(Exprs.chartFrom(repo, chart, o) + ".Version")
                        : alias != null ? "${{ outputs['" + alias + "'].commit }}"
                        : Exprs.wrap(Exprs.call("commitFrom", repo, o) + ".ID");
                src.put("updateTargetRevision", true).put("desiredRevision", revision);
            }
            JsonObject k = Json.obj(s.getOrNull("kustomize"));
            if (!Json.items(k.getOrNull("images")).isEmpty()) {
                JsonArray.Builder images = JsonArray.builder();
                for (JsonValue iv : Json.items(k.getOrNull("images"))) {
                    JsonObject im = Json.obj(iv);
                    String image = Json.str(im, "image");
                    boolean digest = Json.isTrue(im, "useDigest");
                    images.add(JsonObject.builder().put("repoURL", image).put(digest ? "digest" : "tag",
                            Exprs.imageValue(image, digest ? "Digest" : "Tag",
                                    Exprs.originOf(im, Exprs.originOf(k, o)))).build());
                }
                src.put("kustomize", JsonObject.builder().put("images", images.build()).build());
            }
            JsonObject h = Json.obj(s.getOrNull("helm"));
            if (!Json.items(h.getOrNull("images")).isEmpty()) {
                JsonArray.Builder images = JsonArray.builder();
                for (JsonValue iv : Json.items(h.getOrNull("images"))) {
                    JsonObject im = Json.obj(iv);
                    String image = Json.str(im, "image");
                    images.add(JsonObject.builder().put("key", Json.str(im, "key")).put("value",
                            Exprs.imageValue(image, Json.str(im, "value"),
                                    Exprs.originOf(im, Exprs.originOf(h, o)))).build());
                }
                src.put("helm", JsonObject.builder().put("images", images.build()).build());
            }
            sources.add(src.build());
        }
        JsonArray built = sources.build();
        if (!built.isEmpty()) {
            app.put("sources", built);
        }
        return app.build();
    }

    private static JsonObject step(String uses, String as, JsonObject config) {
        JsonObject.Builder b = JsonObject.builder().put("uses", uses);
        if (as != null) {
            b.put("as", as);
        }
        return b.put("config", config).build();
    }

    private static String join(String dir, String path) {
        if (path.isEmpty() || path.equals(".")) {
            return dir;
        }
        return dir + "/" + (path.startsWith("./") ? path.substring(2) : path.startsWith("/") ? path.substring(1)
                : path);
    }
}
