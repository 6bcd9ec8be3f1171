package io.github.kargo4j.validation.fields;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.core.Secret;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Shape;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.json.SourcePosition;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.StepConfigRules;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.validation.Category;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.ResourceRef;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.ValidationContext;
import io.github.kargo4j.validation.legacy.LegacyShapes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Reports fields that Kargo does not know, with the known field the author most likely meant. Each typed resource's
 * document (the manifest as read, or for resources built in code their JSON tree) is walked against the model's
 * {@link Shape shapes}; free-form parts (such as a Namespace's {@code spec}) are not checked. Warehouse subscription
 * bodies ({@code git}, {@code image}, {@code chart}) are checked against the typed subscriptions, and each step's
 * {@code config} against the step's known keys from a {@link StepConfigShapes} lookup.
 *
 * <p>Not reported: kinds the model does not type and other API groups, server-set metadata ({@code uid},
 * {@code resourceVersion}, ...), the top-level keys of a subscription item (another type of subscription, which the
 * admission rules judge), and removed legacy fields that the legacy rules report ({@link LegacyShapes}).
 */
public final class UnknownFieldCheck implements Check {

    /** A field the schema does not have: the API server prunes it. */
    public static final Rule UNKNOWN_FIELD = Rule.of("KU001", "unknown-field", Category.UNKNOWN_FIELD,
            Severity.ERROR, "A field the Kargo v1.11 schema does not have; the API server drops it without a word");
    /** A key inside a git, image or chart subscription that Kargo does not know: stored, then ignored. */
    public static final Rule UNKNOWN_SUBSCRIPTION_FIELD = Rule.of("KU002", "unknown-subscription-field",
            Category.UNKNOWN_FIELD, Severity.ERROR,
            "A key in a Warehouse's git, image or chart subscription that Kargo stores but ignores");
    /** A key in a step's config that the step does not accept: the promotion fails at run time. */
    public static final Rule UNKNOWN_STEP_CONFIG_FIELD = Rule.of("KU003", "unknown-step-config-field",
            Category.UNKNOWN_FIELD, Severity.ERROR,
            "A key in a promotion step's config that the step does not accept; the promotion fails when it runs");

    /** Metadata fields the API server sets; they may appear in exported manifests. */
    private static final Set<String> SERVER_METADATA = Set.of("uid", "resourceVersion", "generation",
            "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "managedFields", "selfLink");

    private static final int MAX_LISTED_NAMES = 12;

    private final StepConfigShapes stepConfigs;

    /** Looked up once, on first use: {@link StepConfigShapes#defaults()} searches the class path. */
    private static final class Defaults {
        static final StepConfigShapes SHAPES = StepConfigShapes.defaults();
    }

    /** {@link Defaults#SHAPES}, looked up on the first step (a named class, not a lambda: no call site to link). */
    private static final class LazyDefaults implements StepConfigShapes {
        static final LazyDefaults INSTANCE = new LazyDefaults();

        @Override
        public Optional<KnownFields> configOf(String step) {
            return Defaults.SHAPES.configOf(step);
        }
    }

    /** A check using {@link StepConfigShapes#defaults()} for step configs. */
    public UnknownFieldCheck() {
        this.stepConfigs = LazyDefaults.INSTANCE;
    }

    /**
     * @param stepConfigs the known config keys of each step
     */
    public UnknownFieldCheck(StepConfigShapes stepConfigs) {
        this.stepConfigs = Objects.requireNonNull(stepConfigs, "stepConfigs");
    }

    @Override
    public List<Rule> rules() {
        return List.of(UNKNOWN_FIELD, UNKNOWN_SUBSCRIPTION_FIELD, UNKNOWN_STEP_CONFIG_FIELD);
    }

    /** Looks up the default step config shapes (a class-path search for providers), when this check uses them. */
    @Override
    public void prepare() {
        if (stepConfigs == LazyDefaults.INSTANCE) {
            Defaults.SHAPES.configOf("");
        }
    }

    @Override
    public void run(ValidationContext context) {
        // the node of a step with its step's config, made once per step name and run
        Map<KnownFields, Map<String, KnownFields>> stepNodes = new ConcurrentHashMap<>();
        context.inParallel(context.entries(), new Walk(this, stepNodes));
    }

    /** Walks one resource's document (a named class, not a lambda: no call site to link at start-up). */
    private static final class Walk implements BiConsumer<ValidationContext, Entry> {
        private final UnknownFieldCheck check;
        private final Map<KnownFields, Map<String, KnownFields>> stepNodes;

        Walk(UnknownFieldCheck check, Map<KnownFields, Map<String, KnownFields>> stepNodes) {
            this.check = check;
            this.stepNodes = stepNodes;
        }

        @Override
        public void accept(ValidationContext c, Entry e) {
            check.walk(c, e, stepNodes);
        }
    }

    private enum Mode { RESOURCE, SUBSCRIPTION, STEP_CONFIG }

    /**
     * An object of the document being walked.
     *
     * @param label the subscription's kind, in a subscription
     * @param step  the step's object, in a step config (described only for a finding)
     */
    private record Frame(JsonPath path, KnownFields node, JsonObject obj, Frame parent, String keyInParent,
                         Mode mode, String label, Frame step, String uses) implements Suggestions.Place {

        /** @return what the finding names: the subscription's kind, or the step whose config this is */
        String describe() {
            return mode == Mode.STEP_CONFIG ? describeStep(step) : label;
        }
    }

    private void walk(ValidationContext ctx, Entry e, Map<KnownFields, Map<String, KnownFields>> stepNodes) {
        KargoResource r = e.resource();
        if (r instanceof GenericResource) {
            return;
        }
        Optional<Shape> shape = Shape.of(r.getClass());
        if (shape.isEmpty()) {
            return;
        }
        JsonObject tree;
        if (e.manifest().isPresent()) {
            tree = e.manifest().get().tree();
        } else if (KargoCodec.toTree(r) instanceof JsonObject o) {
            tree = o;
        } else {
            return;
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(JsonPath.ROOT, KnownFields.of(shape.get()), tree, null, "", Mode.RESOURCE, "", null,
                ""));
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            for (int i = 0; i < f.obj().size(); i++) {
                String key = f.obj().keyAt(i);
                JsonValue value = f.obj().valueAt(i);
                if (f.parent() == null && (key.equals("apiVersion") || key.equals("kind"))) {
                    continue;
                }
                Optional<KnownFields> child = f.node().field(key);
                if (child.isEmpty()) {
                    unknown(ctx, e, f, key);
                    continue;
                }
                KnownFields node = child.get();
                if (node.isAny()) {
                    continue;
                }
                Mode mode = f.mode();
                String label = f.label();
                Frame step = f.step();
                String uses = f.uses();
                Class<?> type = f.node().modelType().orElse(null);
                if (type == Subscription.class) {
                    mode = Mode.SUBSCRIPTION;
                    label = key;
                } else if (type == PromotionStep.class && key.equals("config")) {
                    mode = Mode.STEP_CONFIG;
                    uses = f.obj().getString("uses").orElse("");
                    step = f;
                }
                if (value instanceof JsonObject o) {
                    stack.push(new Frame(f.path().key(key), withStepConfig(node, o, stepNodes), o, f, key, mode,
                            label, step, uses));
                } else if (value instanceof JsonArray a) {
                    for (int j = a.size() - 1; j >= 0; j--) {
                        if (a.get(j) instanceof JsonObject o) {
                            stack.push(new Frame(f.path().key(key).index(j), withStepConfig(node, o, stepNodes), o, f,
                                    key, mode, label, step, uses));
                        }
                    }
                }
            }
        }
    }

    /** For a step, makes {@code config} known with the step's own config keys (also used for suggestions). */
    /**
     * @param stepNodes the nodes made so far in this run, by the step's node (by identity) and the step name: every
     *                  step of a name gets the same node
     */
    private KnownFields withStepConfig(KnownFields node, JsonObject step,
                                       Map<KnownFields, Map<String, KnownFields>> stepNodes) {
        if (node.modelType().orElse(null) != PromotionStep.class) {
            return node;
        }
        Optional<String> uses = step.getString("uses");
        if (uses.isEmpty()) {
            return node;
        }
        Map<String, KnownFields> byName = stepNodes.get(node);
        if (byName == null) {
            stepNodes.putIfAbsent(node, new ConcurrentHashMap<>());
            byName = stepNodes.get(node);
        }
        KnownFields known = byName.get(uses.get());
        if (known == null) {
            known = withConfigOf(node, uses.get());
            KnownFields first = byName.putIfAbsent(uses.get(), known);
            known = first == null ? known : first;
        }
        return known;
    }

    private KnownFields withConfigOf(KnownFields node, String uses) {
        Optional<KnownFields> config;
        try {
            config = stepConfigs.configOf(uses);
        } catch (RuntimeException ex) {
            config = Optional.empty();
        }
        return config.isPresent() ? node.withField("config", config.get()) : node;
    }

    private static String describeStep(Frame step) {
        int index = step.path().lastIndex();
        String uses = step.obj().getString("uses").orElse("?");
        String as = step.obj().getString("as").orElse("");
        String n = index >= 0 ? "step " + (index + 1) : "a step";
        return n + " (`" + uses + "`" + (as.isEmpty() ? "" : ", alias `" + as + "`") + ")";
    }

    private void unknown(ValidationContext ctx, Entry e, Frame f, String key) {
        KargoResource r = e.resource();
        JsonPath path = f.path().key(key);
        Class<?> type = f.node().modelType().orElse(null);
        if (type == ObjectMeta.class && SERVER_METADATA.contains(key)) {
            return;
        }
        if (type == Subscription.class) {
            return;
        }
        // a step config object that Kargo's schema leaves open (the root of git-tag) accepts any key
        if (f.mode() == Mode.STEP_CONFIG && type != null && StepConfigRules.isOpen(type)) {
            return;
        }
        // removed fields are the legacy rules' to report, with a migration hint
        if (f.mode() == Mode.STEP_CONFIG ? LegacyShapes.removedStepConfigFields().contains(key)
                : type != null && LegacyShapes.removedFields(type).contains(key)) {
            return;
        }
        Optional<Suggestions.Suggestion> s = Suggestions.find(f, key);
        if (r instanceof Secret && s.isEmpty()) {
            secretKey(ctx, e, f, path);
            return;
        }
        String who = r.kind() + " " + r.name();
        String meant = s.map(x -> "; did you mean `" + x.path() + "`?").orElse("");
        String hint = s.map(x -> x.rename() ? "rename `" + key + "` to `" + x.path().lastKey().orElse(key) + "`"
                        : "move `" + key + "` to `" + x.path() + "`")
                .orElseGet(() -> "remove `" + key + "` or correct its name; " + knownNames(f.node()));
        switch (f.mode()) {
            case SUBSCRIPTION -> ctx.report(UNKNOWN_SUBSCRIPTION_FIELD, e, path, who + ": `" + path
                    + "` is not a field of " + (f.describe().equals("image") ? "an " : "a ") + f.describe()
                    + " subscription; Kargo stores it but ignores it, so the"
                    + " setting has no effect" + meant, hint);
            case STEP_CONFIG -> ctx.report(UNKNOWN_STEP_CONFIG_FIELD, e, path, who + ": `" + path
                    + "` is not a config key of " + f.describe() + "; the promotion fails when Kargo checks the config"
                    + " against the `" + f.uses() + "` step's schema" + meant, hint);
            default -> ctx.report(UNKNOWN_FIELD, e, path, who + ": `" + path + "` is not a field of the "
                    + schemaName(r) + " " + r.kind() + " schema; the API server drops it (or rejects the " + r.kind()
                    + " under strict field validation), so the setting is lost" + meant, hint);
        }
    }

    /**
     * Everything under a Secret is secret, keys included (a value that lost its colon becomes a key): an unknown key
     * of a Secret is named only when it is a near miss of a field name (a typo such as {@code strigData}); any other
     * is reported at its line and column, with the path of the object that holds it.
     */
    private static void secretKey(ValidationContext ctx, Entry e, Frame f, JsonPath path) {
        Optional<SourcePosition> position = e.manifest().map(m -> m.positionOf(path));
        String where = f.path().isRoot() ? "at the top level" : "in `" + f.path() + "`";
        ctx.report(new Finding(UNKNOWN_FIELD.code(), UNKNOWN_FIELD.effectiveSeverity(ctx.complete()),
                ResourceRef.of(e.resource()), f.path(), e.manifest().map(m -> m.location().source()), position,
                e.resource().kind() + " " + e.resource().name() + ": a key " + where + " is not a field of the"
                        + " Kubernetes Secret schema (not shown: everything in a Secret is secret); the API server"
                        + " drops it (or rejects the Secret under strict field validation), so the setting is lost",
                "remove the key or correct its name; " + knownNames(f.node())));
    }

    private static String knownNames(KnownFields node) {
        Set<String> names = node.names();
        if (names.isEmpty()) {
            return "nothing is known here";
        }
        StringBuilder sb = new StringBuilder("the fields known here are: ");
        int n = 0;
        for (String name : names) {
            if (n > 0) {
                sb.append(", ");
            }
            if (n++ == MAX_LISTED_NAMES) {
                sb.append("...");
                break;
            }
            sb.append(name);
        }
        return sb.toString();
    }

    private static String schemaName(KargoResource r) {
        String api = r.apiVersion();
        if (api.startsWith("kargo.akuity.io/")) {
            return "Kargo v1.11";
        }
        if (api.startsWith("argoproj.io/")) {
            return "Argo Rollouts";
        }
        return "Kubernetes";
    }
}
