package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.freight.Freight;
import io.github.kargo4j.validation.preview.PreviewException;
import io.github.kargo4j.validation.preview.PreviewReport;
import io.github.kargo4j.validation.preview.PreviewValues;
import io.github.kargo4j.validation.preview.PromotionPreview;
import io.github.kargo4j.validation.preview.RenderedPromotion;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code kargo4j render}: a Stage's promotion as Kargo would run it for given Freight. */
@Command(name = "render", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        header = "Show each Stage's promotion as Kargo would run it for given Freight.",
        // one string per paragraph: picocli wraps each to the terminal's width
        description = {"Show the promotion of each Stage (or of those named with --stage) as Kargo v1.11 would run "
            + "it: vars resolved, PromotionTask steps inlined (task::step aliases), each step's `if` decided, every "
            + "step config and verification argument evaluated. Values that only a run can produce (step outputs) "
            + "are shown as <... (known only when the promotion runs): TEMPLATE> unless given with --step-output; "
            + "step-status functions assume every earlier step succeeded. Secrets and ConfigMaps come from "
            + "--values; secret values are printed as <redacted>.",
            "Exit status: 0 when everything was rendered, 1 when some value fails to evaluate (as the promotion "
            + "would), 2 for usage errors and input that cannot be read."})
final class RenderCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, yaml }

    @ParentCommand
    private Kargo4jCommand parent;

    @Option(names = "--stage", paramLabel = "NAME",
            description = "A Stage to render, by name or NAMESPACE/NAME (repeatable; default: every Stage).")
    private List<String> stages = new ArrayList<>();

    @Option(names = "--freight", paramLabel = "FILE",
            description = "A file of Freight resources to promote (repeatable); each goes to the Stages that request "
                    + "its origin.")
    private List<Path> freightFiles = new ArrayList<>();

    @Option(names = "--commit", paramLabel = "REPO=ID",
            description = "A commit of the Freight (repeatable): it goes to a Stage's only requested origin, or to "
                    + "the one whose Warehouse subscribes to REPO.")
    private List<String> commits = new ArrayList<>();

    @Option(names = "--image", paramLabel = "REPO=TAG[@DIGEST]", description = "An image of the Freight (repeatable).")
    private List<String> images = new ArrayList<>();

    @Option(names = "--chart", paramLabel = "REPO[#NAME]=VERSION",
            description = "A chart of the Freight (repeatable); an HTTP(S) repository names the chart after #.")
    private List<String> charts = new ArrayList<>();

    @Option(names = "--step-output", paramLabel = "ALIAS.KEY=VALUE",
            description = "An output of a step, as if it had run (repeatable): open-pr.pr={id: 42}, "
                    + "task-1::build.tag=v1. VALUE is read as YAML.")
    private List<String> outputs = new ArrayList<>();

    @Option(names = "--values", paramLabel = "FILE",
            description = "Secrets, ConfigMaps and metadata the expressions read: a YAML file with secrets, "
                    + "sharedSecrets, configMaps, sharedConfigMaps ({NAME: {KEY: VALUE}}), freightMetadata and "
                    + "stageMetadata ({NAME: {KEY: any}}).")
    private Path valuesFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|yaml",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private ScopeOptions scope = new ScopeOptions();

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files and directories with the Stages, PromotionTasks and Warehouses (default: the "
                    + "current directory); - reads the manifests from standard input.")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PromotionPreview.Builder b = PromotionPreview.builder();
        commits.forEach(c -> {
            String[] kv = split(c, "--commit", "REPO=ID");
            b.commit(kv[0], kv[1]);
        });
        images.forEach(i -> {
            String[] kv = split(i, "--image", "REPO=TAG[@DIGEST]");
            int at = kv[1].indexOf('@');
            b.image(kv[0], at < 0 ? kv[1] : kv[1].substring(0, at), at < 0 ? null : kv[1].substring(at + 1));
        });
        charts.forEach(c -> {
            String[] kv = split(c, "--chart", "REPO[#NAME]=VERSION");
            int hash = kv[0].indexOf('#');
            b.chart(hash < 0 ? kv[0] : kv[0].substring(0, hash), hash < 0 ? "" : kv[0].substring(hash + 1), kv[1]);
        });
        for (String o : outputs) {
            int eq = o.indexOf('=');
            int dot = eq < 0 ? -1 : o.lastIndexOf('.', eq);
            if (eq < 0 || dot <= 0 || dot == eq - 1) {
                throw new UserError("--step-output " + o + ": expected ALIAS.KEY=VALUE, such as open-pr.url=https://...");
            }
            b.output(o.substring(0, dot), o.substring(dot + 1, eq), yamlValue(o.substring(eq + 1), o));
        }
        for (Path f : freightFiles) {
            readFreight(f).forEach(b::freight);
        }
        if (valuesFile != null) {
            b.values(readValues(valuesFile));
        }
        ReadResult read = Inputs.read(paths, scope.scope(), parent.terminal(), parent.err());
        PromotionPreview preview = b.manifests(read.manifests()).build();
        List<RenderedPromotion> rendered;
        try {
            if (stages.isEmpty()) {
                if (preview.stages().isEmpty() && read.isClean()) {
                    throw new UserError("no Stages found in " + (paths.isEmpty() ? "." : paths));
                }
                rendered = preview.renderAll();
            } else {
                rendered = stages.stream().map(preview::render).toList();
            }
        } catch (PreviewException e) {
            throw new UserError(e.getMessage());
        }
        KargoCodec codec = KargoCodec.create();
        String text = switch (format) {
            case text -> PreviewReport.text(rendered);
            case json -> codec.treeToJson(PreviewReport.tree(rendered), true) + "\n";
            case yaml -> codec.treeToYaml(PreviewReport.tree(rendered));
        };
        parent.out().print(text);
        parent.out().flush();
        for (ManifestException e : read.errors()) {
            parent.err().println("kargo4j: " + e.getMessage());
        }
        long failures = rendered.stream().mapToLong(p -> p.allErrors().size()).sum();
        if (failures > 0) {
            parent.err().println("kargo4j: " + failures + (failures == 1 ? " value fails" : " values fail")
                    + " to evaluate, as the promotion would (see the output)");
        }
        parent.err().flush();
        if (!read.isClean()) {
            return 2;
        }
        return failures > 0 ? 1 : 0;
    }

    private static String[] split(String arg, String option, String form) {
        int eq = arg.lastIndexOf('=');
        if (eq <= 0 || eq == arg.length() - 1) {
            throw new UserError(option + " " + arg + ": expected " + form);
        }
        return new String[] {arg.substring(0, eq), arg.substring(eq + 1)};
    }

    private static Object yamlValue(String text, String arg) {
        try {
            LoadSettings settings = LoadSettings.builder().setMaxAliasesForCollections(10).setCodePointLimit(1 << 20)
                    .build();
            Object value = new Load(settings).loadFromString(text);
            checkJsonLike(value, arg);
            return value;
        } catch (YamlEngineException | StackOverflowError e) {
            throw new UserError("--step-output " + arg + ": the value is not YAML: " + (e.getMessage() == null ? ""
                    : e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** Only what JSON can hold: YAML's sets, binaries and timestamps have no Kargo counterpart. */
    private static void checkJsonLike(Object value, String arg) {
        java.util.Deque<Object> work = new java.util.ArrayDeque<>();
        work.push(java.util.Optional.ofNullable(value));
        while (!work.isEmpty()) {
            Object v = work.pop();
            if (v instanceof java.util.Optional<?> o) {
                v = o.orElse(null);
            }
            if (v instanceof java.util.Map<?, ?> m) {
                m.values().forEach(x -> work.push(java.util.Optional.ofNullable(x)));
            } else if (v instanceof List<?> l) {
                l.forEach(x -> work.push(java.util.Optional.ofNullable(x)));
            } else if (!(v == null || v instanceof String || v instanceof Number || v instanceof Boolean)) {
                throw new UserError("--step-output " + arg + ": the value must be JSON-like (strings, numbers, booleans, "
                        + "null, lists, maps)");
            }
        }
    }

    private static List<Freight> readFreight(Path file) {
        if (!Files.exists(file)) {
            throw new UserError("--freight: no such file: " + file);
        }
        List<Manifest> docs;
        try {
            docs = KargoCodec.create().read(file);
        } catch (ManifestException | UncheckedIOException e) {
            throw new UserError("--freight: " + e.getMessage());
        }
        List<Freight> out = new ArrayList<>();
        for (Manifest m : docs) {
            if (!(m.resource() instanceof Freight f)) {
                throw new UserError("--freight: " + m.location() + ": " + m.resource().ref() + " is not a Freight");
            }
            if (!m.fits()) {
                throw new UserError("--freight: " + m.problems().get(0).getMessage());
            }
            out.add(f);
        }
        if (out.isEmpty()) {
            throw new UserError("--freight: " + file + " holds no Freight");
        }
        return out;
    }

    private static PreviewValues readValues(Path file) {
        String text;
        try {
            if (Files.size(file) > 8L * 1024 * 1024) {
                throw new UserError("--values: " + file + " is larger than 8 MiB");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("--values: cannot read " + file + (Files.exists(file) ? "" : ": no such file"));
        } catch (UncheckedIOException e) {
            throw new UserError("--values: cannot read " + file);
        }
        try {
            return PreviewValues.parse(text, file.toString());
        } catch (PreviewException e) {
            throw new UserError("--values: " + e.getMessage());
        }
    }
}
