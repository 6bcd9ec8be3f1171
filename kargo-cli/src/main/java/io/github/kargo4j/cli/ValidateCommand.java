package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.AtomicFiles;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ManifestFiles;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.ReadRules;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.render.JsonRenderer;
import io.github.kargo4j.validation.render.Renderer;
import io.github.kargo4j.validation.render.SarifRenderer;
import io.github.kargo4j.validation.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code kargo4j validate}. */
@Command(name = "validate", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        header = "Validate Kargo pipelines offline and report what is wrong.",
        // one string per paragraph: picocli wraps each to the terminal's width
        description = {"Validate Kargo pipelines offline: field constraints, Kargo's admission rules, the freight "
                + "graph, legacy shapes, unknown fields and expressions. Findings name file:line:column.",
            "Exit status: 0 when no finding is at or above --fail-on, 1 when some are, 2 for usage errors or "
                + "input that cannot be read (a file that cannot be opened or is not text, a directory that cannot "
                + "be listed, a file over the size limit), and when the paths hold no Kubernetes resource at all "
                + "(see --allow-empty); the report still covers everything else. Suppressed findings never count."})
final class ValidateCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { text, json, sarif }

    /** Thresholds. */
    enum FailOn { error, warning }

    @ParentCommand
    private Kargo4jCommand parent;

    // the defaults are the fields' initial values (picocli shows them as ${DEFAULT-VALUE}): a command made without the
    // parser has them too
    @Option(names = FORMAT, paramLabel = "text|json|sarif",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format = Format.text;

    @Option(names = COMPLETE,
            description = "The input holds every resource of its projects: a reference to something missing is an "
                    + "error, not a warning.")
    private boolean complete;

    @Option(names = FAIL_ON, paramLabel = "error|warning",
            description = "Exit 1 when a finding is at least this serious (default: ${DEFAULT-VALUE}).")
    private FailOn failOn = FailOn.error;

    @Option(names = OUTPUT, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output: atomically (never half-written), "
                    + "through a symbolic link (the link stays), keeping the file's owner and mode; a device or "
                    + "/dev/stdout is written as a stream. One of the inputs is refused.")
    private Path output;

    @Option(names = SUPPRESS, paramLabel = "CODE[:GLOB]",
            description = "Accept the findings of a rule (repeatable): everywhere, or only in files whose path, or "
                    + "a tail of it, matches GLOB (KG003:dev/*.yaml). They stay in the report as suppressed; one "
                    + "that matches no finding is a warning (KR004).")
    private List<String> suppress = new ArrayList<>();

    @Mixin
    private ScopeOptions scope = new ScopeOptions();

    @Mixin
    private ThreadsOption threads = new ThreadsOption();

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files and directories (default: the current directory); - reads the manifests from "
                    + "standard input.")
    private List<Path> paths = new ArrayList<>();

    // the options' names: picocli reads them from the annotations, and the command line read without it here
    private static final String FORMAT = "--format";
    private static final String COMPLETE = "--complete";
    private static final String FAIL_ON = "--fail-on";
    private static final String OUTPUT = "--output";
    private static final String SUPPRESS = "--suppress";

    /** The options of this command (not of its mixins) that take a value. */
    private static final Set<String> VALUE_OPTIONS = Set.of(FORMAT, FAIL_ON, OUTPUT, SUPPRESS);

    /**
     * The command a plain command line stands for, made without picocli's parser (whose command model is a good part
     * of the start-up time): {@code validate}, then paths and long options in their plain forms ({@code --name},
     * {@code --name value}, {@code --name=value}), set exactly as the parser sets them, every other option at its
     * default. Anything the parser would read differently or refuse (a short option, {@code --help}, {@code --},
     * {@code -}, an {@code @file} of arguments, an unknown option, a single-valued option given twice, a value that
     * is empty or looks like an option, a value the parser would convert or refuse) is left to the parser, which then
     * answers as always. ValidateWithoutParserTest holds this to the parser on random command lines.
     *
     * @param args the command line
     * @return the command, or {@code null} when the command line needs the parser
     */
    static ValidateCommand withoutParser(String[] args) {
        if (args.length == 0 || !"validate".equals(args[0])) {
            return null;
        }
        ValidateCommand command = new ValidateCommand();
        Set<String> given = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.charAt(0) == '@') {
                return null;
            }
            if (a.charAt(0) != '-') {
                Path p = pathOrNull(a);
                if (p == null) {
                    return null;   // the parser says what is wrong with it
                }
                command.paths.add(p);
                continue;
            }
            if (!a.startsWith("--") || a.length() == 2) {
                return null;
            }
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            String value = eq < 0 ? null : a.substring(eq + 1);
            if (value == null && (VALUE_OPTIONS.contains(name) || ScopeOptions.VALUE_OPTIONS.contains(name)
                    || name.equals(ThreadsOption.NAME))) {
                if (i + 1 == args.length) {
                    return null;
                }
                value = args[++i];
                if (value.startsWith("-") || value.startsWith("@")) {
                    return null;
                }
            }
            if (value != null && value.isEmpty()) {
                return null;
            }
            boolean repeatable = name.equals(SUPPRESS) || ScopeOptions.VALUE_OPTIONS.contains(name);
            if (!repeatable && !given.add(name)) {
                return null;
            }
            if (!command.setWithoutParser(name, value) && !command.scope.setWithoutParser(name, value)
                    && !command.threads.setWithoutParser(name, value)) {
                return null;
            }
        }
        return command;
    }

    /** Sets one of this command's own options, as the parser would; false if it cannot. */
    private boolean setWithoutParser(String name, String value) {
        switch (name) {
            case COMPLETE -> {
                complete = true;
                return value == null;
            }
            case FORMAT -> {
                format = constant(Format.class, value);
                return format != null;
            }
            case FAIL_ON -> {
                failOn = constant(FailOn.class, value);
                return failOn != null;
            }
            case OUTPUT -> {
                output = pathOrNull(value);
                return output != null;
            }
            case SUPPRESS -> {
                suppress.add(value);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** @return the constant named {@code value}, case ignored as the parser is told to ignore it, or null */
    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        return null;
    }

    private static Path pathOrNull(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** @param parent the top-level command, for a command made without the parser */
    void parent(Kargo4jCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        if (output != null && !paths.contains(Inputs.STDIN)) {
            refuseAnInput(output, paths.isEmpty() ? List.of(Path.of(".")) : paths);
        }
        PipelineValidator validator;
        try {
            validator = PipelineValidator.builder().complete(complete).allowEmpty(scope.allowEmpty())
                    .suppressOption(SUPPRESS).suppress(suppress).threads(threads.threads()).build();
        } catch (IllegalArgumentException e) {
            throw new UserError(SUPPRESS + ": " + e.getMessage());
        }
        validator.prepareInBackground();   // the checks are readied while the input is read
        ReadResult read;
        Report report;
        if (Inputs.isStdin(paths)) {
            // as text, so that its # kargo4j:ignore comments count as a file's do
            String text = Inputs.readStdin(parent.terminal(), parent.err());
            read = new ReadResult(List.of(), List.of());   // the report holds what standard input held
            report = validator.validateText(text, Inputs.STDIN_NAME);
        } else {
            read = Inputs.read(paths, scope.scope(), threads.threads(), parent.terminal(), parent.err());
            report = validator.validate(read);
        }
        Renderer renderer = switch (format) {
            case text -> TextRenderer.withColour(output == null && parent.terminal().colour());
            case json -> JsonRenderer.create();
            case sarif -> SarifRenderer.builder().baseDirectory(Path.of("").toAbsolutePath()).build();
        };
        String text = renderer.render(report);
        if (output != null) {
            try {
                InterruptedRuns.report(AtomicFiles.cleanUpFor(List.of(output)), true, parent.err());
                AtomicFiles.write(output, text);
            } catch (UncheckedIOException e) {
                throw new UserError(e.getMessage());
            }
        } else {
            parent.out().print(text);
            parent.out().flush();
        }
        if (Inputs.anyUnreadable(read)) {
            return 2;
        }
        if (nothingFound(report)) {
            parent.err().println("kargo4j: " + Inputs.nothingFoundMessage(paths, read));
            parent.err().flush();
            return 2;
        }
        Severity threshold = failOn == FailOn.warning ? Severity.WARNING : Severity.ERROR;
        return report.hasFindingsAtOrAbove(threshold) ? 1 : 0;
    }

    /**
     * Refuses, before anything is read, an output file that is one of the input files (the same file, through a link
     * or a hard link too): writing the report would overwrite a manifest.
     */
    /** @return whether the report holds the finding that nothing was found to validate (a loop: no call site) */
    private static boolean nothingFound(Report report) {
        for (Finding f : report.findings()) {
            if (f.code().equals(ReadRules.NOTHING_FOUND.code())) {
                return true;
            }
        }
        return false;
    }

    private static void refuseAnInput(Path output, List<Path> roots) {
        if (!Files.isRegularFile(output)) {
            return;   // a new file cannot be an input; a device or /dev/stdout is not replaced
        }
        for (Path root : roots) {
            List<Path> files;
            try {
                files = Files.isDirectory(root) ? ManifestFiles.under(root.toRealPath()) : List.of(root);
            } catch (IOException e) {
                continue;   // reported when the inputs are read
            }
            for (Path f : files) {
                if (sameFile(output, f)) {
                    throw new UserError(OUTPUT + " " + output + " is one of the inputs"
                            + (Files.isDirectory(root) ? " (a manifest file in " + root + ")" : "")
                            + "; writing the report would overwrite it: choose a file outside the inputs");
                }
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
