package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.RepoUrls;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translates a Kargo v0.8 Stage {@code spec.promotionMechanisms} into the promotion steps that do the same work
 * (kargo-api.md §17.2): each {@code gitRepoUpdates[]} becomes git-clone, the image and chart updates, git-commit
 * and git-push (or push, open and wait for a pull request); {@code argoCDAppUpdates[]} become one argocd-update step.
 *
 * <p>When Kargo v0.8 read from something other than the write branch (a {@code readBranch} that differs from
 * {@code writeBranch}, the Freight's commit of a repository a Warehouse subscribes to, or a {@code render}), it applied
 * the updates to the read tree and made that tree the content of the write branch. The steps do the same: git-clone
 * checks out both trees ({@code ./src} and {@code ./out}), git-clear empties {@code ./out}, the updates edit
 * {@code ./src}, and kustomize-build (when rendering) or copy fills {@code ./out}. Without a {@code readBranch} the
 * write branch is read (Kargo v0.8 read the default branch, which is the write branch in the usual case).
 *
 * <p>One deliberate fix: a {@code kustomize.images[]} entry whose {@code path} names a YAML file other than a
 * kustomization file (the seed 003 generator points it at Helm values files such as
 * {@code services/nginx/values-dev.yaml}) cannot work as kustomize-set-image, which edits the kustomization file of a
 * directory; it becomes a yaml-update of the image tag ({@code image.tag}) in that file, and the result says so.
 *
 * <p>A field this class does not know is not guessed at: the result then holds a problem and no steps.
 *
 * <p>This is the one mapping of mechanisms to steps: the KL004 finding's fix is built from it, and
 * {@code migrate} applies that fix.
 */
public final class MechanismSteps {

    /** The image tag key of the conventional Helm chart layout ({@code image: {repository, tag}}). */
    static final String VALUES_TAG_KEY = "image.tag";
    /** The digest key used when the old mechanism asked for digests. */
    static final String VALUES_DIGEST_KEY = "image.digest";

    private static final Set<String> MECHANISMS = Set.of("origin", "gitRepoUpdates", "argoCDAppUpdates");
    private static final Set<String> GIT_UPDATE = Set.of("repoURL", "readBranch", "writeBranch",
            "insecureSkipTLSVerify", "kustomize", "helm", "render", "pullRequest", "origin");
    private static final Set<String> KUSTOMIZE = Set.of("images", "origin");
    private static final Set<String> KUSTOMIZE_IMAGE = Set.of("image", "path", "useDigest", "origin");
    private static final Set<String> HELM = Set.of("images", "charts", "origin");
    private static final Set<String> HELM_IMAGE = Set.of("image", "key", "valuesFilePath", "value", "origin");
    private static final Set<String> HELM_CHART = Set.of("repository", "name", "chartPath", "origin");
    private static final Set<String> RENDER = Set.of("images", "origin");
    private static final Set<String> RENDER_IMAGE = Set.of("image", "useDigest", "origin");
    private static final Set<String> SOURCE_HELM = Set.of("images", "origin");
    private static final Set<String> PULL_REQUEST = Set.of("github", "gitlab");
    private static final Set<String> APP = Set.of("appName", "appNamespace", "sourceUpdates", "origin");
    private static final Set<String> SOURCE = Set.of("repoURL", "chart", "updateTargetRevision", "kustomize", "helm",
            "origin");
    private static final Set<String> SOURCE_KUSTOMIZE_IMAGE = Set.of("image", "useDigest", "origin");
    private static final Set<String> SOURCE_HELM_IMAGE = Set.of("image", "key", "value", "origin");
    private static final Set<String> ORIGIN = Set.of("kind", "name");
    private static final Set<String> VALUE_KEYWORDS = Set.of("Tag", "ImageAndTag", "Digest", "ImageAndDigest");

    /**
     * @param steps    the steps (empty when there are problems)
     * @param fixes    deliberate changes of meaning, each explained
     * @param problems what could not be translated; each names the field (a path below promotionMechanisms)
     */
    public record Result(JsonArray steps, List<String> fixes, List<String> problems) {
    }

    private final List<String> fixes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> subscribedGitRepos;

    private MechanismSteps(Set<String> subscribedGitRepos) {
        this.subscribedGitRepos = new HashSet<>();
        for (String r : subscribedGitRepos) {
            this.subscribedGitRepos.add(RepoUrls.git(r));
        }
    }

    /**
     * @param mechanisms         the value of {@code spec.promotionMechanisms}
     * @param subscribedGitRepos the Git repositories the Stage's Warehouses subscribe to: for those, Kargo v0.8 read
     *                           the commit of the Freight being promoted rather than {@code readBranch}
     * @return the steps, the fixes made and the problems found
     */
    public static Result translate(JsonValue mechanisms, Set<String> subscribedGitRepos) {
        MechanismSteps t = new MechanismSteps(subscribedGitRepos);
        JsonArray steps = t.run(mechanisms);
        return t.problems.isEmpty() ? new Result(steps, List.copyOf(t.fixes), List.of())
                : new Result(JsonArray.EMPTY, List.of(), List.copyOf(t.problems));
    }

    private JsonArray run(JsonValue value) {
        JsonArray.Builder steps = JsonArray.builder();
        JsonObject m = object(value, "promotionMechanisms");
        if (m == null) {
            return steps.build();
        }
        known(m, MECHANISMS, "promotionMechanisms");
        String origin = origin(m, null, "promotionMechanisms");
        List<JsonValue> updates = list(m.getOrNull("gitRepoUpdates"), "promotionMechanisms.gitRepoUpdates");
        Map<String, String> commitAliasByRepo = new LinkedHashMap<>();
        for (int i = 0; i < updates.size(); i++) {
            String where = "promotionMechanisms.gitRepoUpdates[" + i + "]";
            JsonObject u = object(updates.get(i), where);
            if (u == null) {
                continue;
            }
            String sfx = updates.size() > 1 ? "-" + (i + 1) : "";
            gitRepoUpdate(steps, u, origin(u, origin, where), sfx, where);
            commitAliasByRepo.putIfAbsent(str(u, "repoURL"), "commit" + sfx);
        }
        List<JsonValue> apps = list(m.getOrNull("argoCDAppUpdates"), "promotionMechanisms.argoCDAppUpdates");
        if (!apps.isEmpty()) {
            JsonArray.Builder out = JsonArray.builder();
            for (int i = 0; i < apps.size(); i++) {
                String where = "promotionMechanisms.argoCDAppUpdates[" + i + "]";
                JsonObject a = object(apps.get(i), where);
                if (a != null) {
                    out.add(app(a, origin, commitAliasByRepo, where));
                }
            }
            steps.add(step("argocd-update", null, JsonObject.builder().put("apps", out.build()).build()));
        }
        return steps.build();
    }

    private void gitRepoUpdate(JsonArray.Builder steps, JsonObject u, String origin, String sfx, String where) {
        known(u, GIT_UPDATE, where);
        String repo = required(u, "repoURL", where);
        String read = str(u, "readBranch");
        String write = str(u, "writeBranch");
        boolean render = u.containsKey("render");
        // Kargo v0.8 read the Freight's commit of a subscribed repository, else readBranch, and when that differed
        // from writeBranch it replaced the write branch's files with the updated read tree
        boolean fromFreight = subscribedGitRepos.contains(RepoUrls.git(repo));
        boolean twoTrees = render || fromFreight || (!read.isEmpty() && !read.equals(write));
        String src = "./src" + sfx;
        String out = "./out" + sfx;
        JsonArray.Builder checkout = JsonArray.builder();
        if (fromFreight) {
            checkout.add(JsonObject.builder().put("commit", wrap(call("commitFrom", repo, origin) + ".ID"))
                    .put("path", src).build());
        } else if (twoTrees) {
            checkout.add(checkout(read, src));
        }
        checkout.add(checkout(write, out));
        JsonObject.Builder clone = JsonObject.builder().put("repoURL", repo).put("checkout", checkout.build());
        if (isTrue(u, "insecureSkipTLSVerify")) {
            clone.put("insecureSkipTLSVerify", true);
        }
        steps.add(step("git-clone", "clone" + sfx, clone.build()));
        if (twoTrees) {
            steps.add(step("git-clear", null, JsonObject.builder().put("path", out).build()));
        }
        String work = twoTrees ? src : out;
        if (u.containsKey("kustomize")) {
            JsonObject k = object(u.getOrNull("kustomize"), where + ".kustomize");
            if (k != null) {
                known(k, KUSTOMIZE, where + ".kustomize");
                kustomizeImages(steps, list(k.getOrNull("images"), where + ".kustomize.images"), work,
                        origin(k, origin, where + ".kustomize"), where + ".kustomize.images");
            }
        }
        if (u.containsKey("helm")) {
            JsonObject h = object(u.getOrNull("helm"), where + ".helm");
            if (h != null) {
                known(h, HELM, where + ".helm");
                String helmOrigin = origin(h, origin, where + ".helm");
                helmImages(steps, list(h.getOrNull("images"), where + ".helm.images"), work, helmOrigin,
                        where + ".helm.images");
                helmCharts(steps, list(h.getOrNull("charts"), where + ".helm.charts"), work, helmOrigin,
                        where + ".helm.charts");
            }
        }
        if (render) {
            JsonObject r = object(u.getOrNull("render"), where + ".render");
            if (r != null) {
                known(r, RENDER, where + ".render");
                String renderOrigin = origin(r, origin, where + ".render");
                List<JsonValue> images = list(r.getOrNull("images"), where + ".render.images");
                JsonArray.Builder list = JsonArray.builder();
                for (int i = 0; i < images.size(); i++) {
                    JsonObject im = object(images.get(i), where + ".render.images[" + i + "]");
                    if (im != null) {
                        known(im, RENDER_IMAGE, where + ".render.images[" + i + "]");
                        list.add(setImage(im, origin(im, renderOrigin, where + ".render.images[" + i + "]"),
                                where + ".render.images[" + i + "]"));
                    }
                }
                JsonArray built = list.build();
                if (!built.isEmpty()) {
                    steps.add(step("kustomize-set-image", null, JsonObject.builder().put("path", src)
                            .put("images", built).build()));
                }
            }
            steps.add(step("kustomize-build", null, JsonObject.builder().put("path", src).put("outPath", out)
                    .build()));
        } else if (twoTrees) {
            // the updated read tree becomes the content of the write branch (copy skips .git)
            steps.add(step("copy", null, JsonObject.builder().put("inPath", src).put("outPath", out).build()));
        }
        steps.add(step("git-commit", "commit" + sfx, JsonObject.builder().put("path", out)
                .put("message", "Promote Freight ${{ ctx.targetFreight.name }} to ${{ ctx.stage }}").build()));
        if (u.containsKey("pullRequest")) {
            JsonObject pr = object(u.getOrNull("pullRequest"), where + ".pullRequest");
            if (pr != null) {
                known(pr, PULL_REQUEST, where + ".pullRequest");
            }
            steps.add(step("git-push", "push" + sfx, JsonObject.builder().put("path", out)
                    .put("generateTargetBranch", true).build()));
            JsonObject.Builder open = JsonObject.builder().put("repoURL", repo)
                    .put("sourceBranch", "${{ outputs['push" + sfx + "'].branch }}");
            if (!write.isEmpty()) {
                open.put("targetBranch", write);
            }
            steps.add(step("git-open-pr", "open-pr" + sfx, open.build()));
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

    private void kustomizeImages(JsonArray.Builder steps, List<JsonValue> images, String work, String origin,
                                 String where) {
        Map<String, JsonArray.Builder> setImageByDir = new LinkedHashMap<>();
        Map<String, JsonArray.Builder> updatesByFile = new LinkedHashMap<>();
        for (int i = 0; i < images.size(); i++) {
            String at = where + "[" + i + "]";
            JsonObject im = object(images.get(i), at);
            if (im == null) {
                continue;
            }
            known(im, KUSTOMIZE_IMAGE, at);
            String o = origin(im, origin, at);
            String image = required(im, "image", at);
            String path = str(im, "path");
            boolean digest = isTrue(im, "useDigest");
            String file = fileName(path);
            if (isYamlFile(file) && !isKustomization(file)) {
                String key = digest ? VALUES_DIGEST_KEY : VALUES_TAG_KEY;
                String target = join(work, path);
                builderOf(updatesByFile, target).add(JsonObject.builder()
                        .put("key", key).put("value", imageValue(image, digest ? "Digest" : "Tag", o)).build());
                fixes.add(at + ".path " + path + " names a YAML file (" + (file.startsWith("values")
                        ? "a Helm values file" : "not a kustomization file") + "), not a Kustomize directory: "
                        + "kustomize-set-image, which edits a directory's kustomization.yaml, cannot update it. "
                        + "Migrated to yaml-update of " + key + " in " + target + " instead: a deliberate fix; check "
                        + "that the chart reads the image " + (digest ? "digest" : "tag") + " from " + key);
            } else {
                String dir = isKustomization(file) ? parent(path) : path;
                builderOf(setImageByDir, join(work, dir)).add(setImage(im, o, at));
            }
        }
        addSteps(steps, "kustomize-set-image", "images", setImageByDir);
        addSteps(steps, "yaml-update", "updates", updatesByFile);
    }

    private JsonObject setImage(JsonObject im, String origin, String at) {
        String image = required(im, "image", at);
        boolean digest = isTrue(im, "useDigest");
        return JsonObject.builder().put("image", image)
                .put(digest ? "digest" : "tag", imageValue(image, digest ? "Digest" : "Tag", origin)).build();
    }

    private void helmImages(JsonArray.Builder steps, List<JsonValue> images, String work, String origin,
                            String where) {
        Map<String, JsonArray.Builder> byFile = new LinkedHashMap<>();
        for (int i = 0; i < images.size(); i++) {
            String at = where + "[" + i + "]";
            JsonObject im = object(images.get(i), at);
            if (im == null) {
                continue;
            }
            known(im, HELM_IMAGE, at);
            String image = required(im, "image", at);
            String key = required(im, "key", at);
            String file = required(im, "valuesFilePath", at);
            String value = valueKeyword(im, at);
            builderOf(byFile, join(work, file)).add(JsonObject.builder()
                    .put("key", key).put("value", imageValue(image, value, origin(im, origin, at))).build());
        }
        addSteps(steps, "yaml-update", "updates", byFile);
    }

    private void helmCharts(JsonArray.Builder steps, List<JsonValue> charts, String work, String origin,
                            String where) {
        Map<String, JsonArray.Builder> byPath = new LinkedHashMap<>();
        for (int i = 0; i < charts.size(); i++) {
            String at = where + "[" + i + "]";
            JsonObject c = object(charts.get(i), at);
            if (c == null) {
                continue;
            }
            known(c, HELM_CHART, at);
            String repository = required(c, "repository", at);
            String name = str(c, "name");
            String version = wrap(chartFrom(repository, name, origin(c, origin, at)) + ".Version");
            builderOf(byPath, join(work, required(c, "chartPath", at)))
                    .add(JsonObject.builder().put("repository", repository).put("name", name)
                            .put("version", version).build());
        }
        addSteps(steps, "helm-update-chart", "charts", byPath);
    }

    /** @return the builder of {@code key}, added empty if absent (computeIfAbsent without a lambda to link) */
    private static JsonArray.Builder builderOf(Map<String, JsonArray.Builder> map, String key) {
        JsonArray.Builder b = map.get(key);
        if (b == null) {
            b = JsonArray.builder();
            map.put(key, b);
        }
        return b;
    }

    /** Adds a {@code uses} step for each path of {@code byPath}: its config the path, and the list as {@code field}. */
    private static void addSteps(JsonArray.Builder steps, String uses, String field,
                                 Map<String, JsonArray.Builder> byPath) {
        for (Map.Entry<String, JsonArray.Builder> e : byPath.entrySet()) {
            steps.add(step(uses, null, JsonObject.builder().put("path", e.getKey()).put(field, e.getValue().build())
                    .build()));
        }
    }

    private JsonObject app(JsonObject a, String inherited, Map<String, String> commitAliasByRepo, String where) {
        known(a, APP, where);
        String origin = origin(a, inherited, where);
        JsonObject.Builder app = JsonObject.builder().put("name", required(a, "appName", where));
        if (!str(a, "appNamespace").isEmpty()) {
            app.put("namespace", str(a, "appNamespace"));
        }
        JsonArray.Builder sources = JsonArray.builder();
        List<JsonValue> updates = list(a.getOrNull("sourceUpdates"), where + ".sourceUpdates");
        for (int i = 0; i < updates.size(); i++) {
            String at = where + ".sourceUpdates[" + i + "]";
            JsonObject s = object(updates.get(i), at);
            if (s == null) {
                continue;
            }
            known(s, SOURCE, at);
            String o = origin(s, origin, at);
            String repo = required(s, "repoURL", at);
            String chart = str(s, "chart");
            JsonObject.Builder src = JsonObject.builder().put("repoURL", repo);
            if (!chart.isEmpty()) {
                src.put("chart", chart);
            }
            if (isTrue(s, "updateTargetRevision")) {
                String alias = commitAliasByRepo.get(repo);
                String revision = !chart.isEmpty() ? wrap(chartFrom(repo, chart, o) + ".Version")
                        : alias != null ? "${{ outputs['" + alias + "'].commit }}"
                        : wrap(call("commitFrom", repo, o) + ".ID");
                src.put("updateTargetRevision", true).put("desiredRevision", revision);
            }
            if (s.containsKey("kustomize")) {
                JsonObject k = object(s.getOrNull("kustomize"), at + ".kustomize");
                if (k != null) {
                    known(k, KUSTOMIZE, at + ".kustomize");
                    String ko = origin(k, o, at + ".kustomize");
                    JsonArray.Builder images = JsonArray.builder();
                    List<JsonValue> list = list(k.getOrNull("images"), at + ".kustomize.images");
                    for (int j = 0; j < list.size(); j++) {
                        String ia = at + ".kustomize.images[" + j + "]";
                        JsonObject im = object(list.get(j), ia);
                        if (im == null) {
                            continue;
                        }
                        known(im, SOURCE_KUSTOMIZE_IMAGE, ia);
                        String image = required(im, "image", ia);
                        boolean digest = isTrue(im, "useDigest");
                        images.add(JsonObject.builder().put("repoURL", image).put(digest ? "digest" : "tag",
                                imageValue(image, digest ? "Digest" : "Tag", origin(im, ko, ia))).build());
                    }
                    JsonArray built = images.build();
                    if (!built.isEmpty()) {
                        src.put("kustomize", JsonObject.builder().put("images", built).build());
                    }
                }
            }
            if (s.containsKey("helm")) {
                JsonObject h = object(s.getOrNull("helm"), at + ".helm");
                if (h != null) {
                    known(h, SOURCE_HELM, at + ".helm");
                    String ho = origin(h, o, at + ".helm");
                    JsonArray.Builder images = JsonArray.builder();
                    List<JsonValue> list = list(h.getOrNull("images"), at + ".helm.images");
                    for (int j = 0; j < list.size(); j++) {
                        String ia = at + ".helm.images[" + j + "]";
                        JsonObject im = object(list.get(j), ia);
                        if (im == null) {
                            continue;
                        }
                        known(im, SOURCE_HELM_IMAGE, ia);
                        String image = required(im, "image", ia);
                        images.add(JsonObject.builder().put("key", required(im, "key", ia)).put("value",
                                imageValue(image, valueKeyword(im, ia), origin(im, ho, ia))).build());
                    }
                    JsonArray built = images.build();
                    if (!built.isEmpty()) {
                        src.put("helm", JsonObject.builder().put("images", built).build());
                    }
                }
            }
            sources.add(src.build());
        }
        JsonArray built = sources.build();
        if (!built.isEmpty()) {
            app.put("sources", built);
        }
        return app.build();
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static JsonObject step(String uses, String as, JsonObject config) {
        JsonObject.Builder b = JsonObject.builder().put("uses", uses);
        if (as != null) {
            b.put("as", as);
        }
        return b.put("config", config).build();
    }

    private JsonObject object(JsonValue v, String where) {
        if (v instanceof JsonObject o) {
            return o;
        }
        problems.add(where + " is " + (v == null ? "missing" : v.describeType()) + ", expected an object");
        return null;
    }

    private List<JsonValue> list(JsonValue v, String where) {
        if (v == null || v.type() == JsonValue.Type.NULL) {
            return List.of();
        }
        if (v instanceof JsonArray a) {
            return a.items();
        }
        problems.add(where + " is " + v.describeType() + ", expected a list");
        return List.of();
    }

    private void known(JsonObject o, Set<String> keys, String where) {
        for (String k : o.keys()) {
            if (!keys.contains(k)) {
                problems.add(where + "." + k + " is not a field of Kargo v0.8's promotion mechanisms, so there is no "
                        + "known step to migrate it to");
            }
        }
    }

    private String required(JsonObject o, String key, String where) {
        String s = str(o, key);
        if (s.isEmpty()) {
            problems.add(where + "." + key + " is missing or empty; it is required");
        }
        return s;
    }

    private String valueKeyword(JsonObject im, String at) {
        String v = str(im, "value");
        if (v.isEmpty()) {
            return "Tag";
        }
        if (!VALUE_KEYWORDS.contains(v)) {
            problems.add(at + ".value is \"" + v + "\"; Kargo v0.8 accepted Tag, ImageAndTag, Digest or "
                    + "ImageAndDigest");
        }
        return v;
    }

    /** @return the Warehouse of an {@code origin} on this object, else the inherited one */
    private String origin(JsonObject o, String inherited, String where) {
        JsonValue v = o.getOrNull("origin");
        if (v == null || v.type() == JsonValue.Type.NULL) {
            return inherited;
        }
        JsonObject origin = object(v, where + ".origin");
        if (origin == null) {
            return inherited;
        }
        known(origin, ORIGIN, where + ".origin");
        String kind = str(origin, "kind");
        if (!kind.isEmpty() && !kind.equals("Warehouse")) {
            problems.add(where + ".origin.kind is \"" + kind + "\"; only Warehouse is known");
        }
        String name = str(origin, "name");
        return name.isEmpty() ? inherited : name;
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.getOrNull(key);
        return v instanceof JsonString s ? s.value() : "";
    }

    private static boolean isTrue(JsonObject o, String key) {
        return o.getOrNull(key) instanceof JsonBoolean b && b.value();
    }

    private static String call(String fn, String arg, String warehouse) {
        return Exprs.call(fn, arg, warehouse);
    }

    private static String chartFrom(String repo, String name, String warehouse) {
        return Exprs.chartFrom(repo, name, warehouse);
    }

    private static String wrap(String expr) {
        return Exprs.wrap(expr);
    }

    private static String imageValue(String image, String kind, String warehouse) {
        return Exprs.imageValue(image, kind, warehouse);
    }

    private static String fileName(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = p.lastIndexOf('/');
        return slash < 0 ? p : p.substring(slash + 1);
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "." : path.substring(0, slash);
    }

    private static boolean isYamlFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private static boolean isKustomization(String name) {
        return name.equals("kustomization.yaml") || name.equals("kustomization.yml") || name.equals("Kustomization");
    }

    private static String join(String dir, String path) {
        if (path.isEmpty() || path.equals(".") || path.equals("./")) {
            return dir;
        }
        String p = path.startsWith("./") ? path.substring(2) : path.startsWith("/") ? path.substring(1) : path;
        return dir + "/" + p;
    }
}
