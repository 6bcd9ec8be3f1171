package io.github.kargo4j.cli;

import io.github.kargo4j.expr.ExprException;
import io.github.kargo4j.expr.ExprLang;
import io.github.kargo4j.expr.kargo.KargoTemplates;
import io.github.kargo4j.expr.kargo.TemplateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code kargo4j eval}: an expr-lang expression or a Kargo template, evaluated as Kargo v1.11 evaluates it. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        header = "Evaluate an expression or a Kargo template, as Kargo would.",
        description = {"Evaluate an expr-lang expression (the language inside ${{ }}) or, with --template, a "
                + "Kargo template string (text with ${{ }} expressions, typed as Kargo types a var or a config "
                + "value). Prints the value: a string as it is, anything else as JSON.",
            "",
            "With --jsonl, reads JSON lines (standard input, or --input FILE), each",
            "  {\"expr\": \"...\", \"env\": {...}}      an expression against that environment, or",
            "  {\"template\": {...}, \"env\": {...}}    a step config evaluated as Kargo does,",
            "and writes one line per input, in order: {\"value\": ...} or {\"error\": \"...\"}.",
            "Environments are read as Go's encoding/json reads them (every number a float64), so results "
                + "compare one to one with Kargo's Go implementation.",
            "",
            "Available: expr-lang's built-in functions and, in templates, quote, unsafeQuote and asJSON. "
                + "Functions that need a cluster or Freight (commitFrom, secret, ...) are evaluated by "
                + "'kargo4j render'.",
            "",
            "Examples:",
            "  kargo4j eval 'vars.x + 1' --var x=41",
            "  kargo4j eval --template 'stage/${{ ctx.stage }}' --var-ctx stage=prod"})
final class EvalCommand implements Callable<Integer> {

    /** The longest input line --jsonl accepts, in characters. */
    static final int MAX_LINE = 16 * 1024 * 1024;

    @ParentCommand
    private Kargo4jCommand parent;

    @Parameters(paramLabel = "EXPRESSION", arity = "0..1",
            description = "The expression (or, with --template, the template string).")
    private String source;

    @Option(names = "--template", description = "Evaluate a Kargo template string instead of a bare expression.")
    private boolean template;

    @Option(names = {"--var", "--vars"}, paramLabel = "NAME=VALUE",
            description = "Set vars.NAME (repeatable). VALUE is read as JSON when it is JSON (41, true,"
                    + " [1,2], \"text\"), else as a string.")
    private List<String> vars = List.of();

    @Option(names = "--var-ctx", paramLabel = "NAME=VALUE",
            description = "Set ctx.NAME (repeatable), read like --var.")
    private List<String> ctx = List.of();

    @Option(names = "--env", paramLabel = "FILE",
            description = "A JSON file with the whole environment (an object); --var and --var-ctx add to it.")
    private Path envFile;

    @Option(names = "--jsonl", description = "Evaluate JSON lines from standard input (see above).")
    private boolean jsonl;

    @Option(names = "--input", paramLabel = "FILE", description = "With --jsonl: read this file, not standard input.")
    private Path input;

    @Override
    public Integer call() throws IOException {
        if (jsonl) {
            if (source != null || template || envFile != null || !vars.isEmpty() || !ctx.isEmpty()) {
                throw new UserError("--jsonl takes its expressions and environments from the input lines; drop"
                        + " EXPRESSION, --template, --env, --var and --var-ctx");
            }
            return jsonl();
        }
        if (input != null) {
            throw new UserError("--input is for --jsonl; give the expression as an argument");
        }
        if (source == null) {
            throw new UserError("missing EXPRESSION; for example: kargo4j eval 'vars.x + 1' --var x=41");
        }
        Map<String, Object> env = environment();
        PrintWriter out = parent.out();
        try {
            Object value = template ? KargoTemplates.standard().evaluate(source, env)
                    : ExprLang.standard().eval(source, env);
            out.println(value instanceof String s ? s : json(value));
            out.flush();
            return 0;
        } catch (ExprException | TemplateException e) {
            parent.err().println("kargo4j: " + e.getMessage().replace("\n", "\n  "));
            parent.err().flush();
            return 1;
        } catch (IllegalArgumentException e) {
            parent.err().println("kargo4j: the value cannot be written as JSON: " + e.getMessage());
            parent.err().flush();
            return 1;
        }
    }

    private Map<String, Object> environment() throws IOException {
        Map<String, Object> env = new LinkedHashMap<>();
        if (envFile != null) {
            String text;
            try {
                text = Files.readString(envFile, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UserError(envFile + ": no such file");
            } catch (IOException e) {
                throw new UserError(envFile + ": cannot be read: " + e.getMessage());
            }
            Object parsed;
            try {
                parsed = KargoTemplates.fromJson(text);
            } catch (IllegalArgumentException e) {
                throw new UserError(envFile + ": not JSON: " + e.getMessage());
            }
            if (!(parsed instanceof Map<?, ?> m)) {
                throw new UserError(envFile + ": the environment must be a JSON object");
            }
            m.forEach((k, v) -> env.put((String) k, v));
        }
        put(env, "vars", vars, "--var");
        put(env, "ctx", ctx, "--var-ctx");
        return env;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> env, String key, List<String> assignments, String flag) {
        if (assignments.isEmpty()) {
            return;
        }
        Object existing = env.get(key);
        Map<String, Object> target = existing instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m)
                : new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new UserError(flag + " " + a + ": expected NAME=VALUE, for example " + flag + " replicas=3");
            }
            String value = a.substring(eq + 1);
            Object parsed;
            try {
                parsed = KargoTemplates.fromJson(value);
            } catch (IllegalArgumentException notJson) {
                parsed = value;
            }
            target.put(a.substring(0, eq), parsed);
        }
        env.put(key, target);
    }

    private int jsonl() throws IOException {
        PrintWriter out = parent.out();
        InputStream in;
        if (input == null) {
            in = parent.terminal().in();
        } else {
            try {
                in = Files.newInputStream(input);
            } catch (NoSuchFileException e) {
                throw new UserError(input + ": no such file");
            } catch (IOException e) {
                throw new UserError(input + ": cannot be read: " + e.getMessage());
            }
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            int lineNumber = 0;
            while (readLine(reader, line)) {
                lineNumber++;
                if (line.length() > MAX_LINE) {
                    out.println(error("line " + lineNumber + " is longer than " + MAX_LINE + " characters"));
                } else if (!line.toString().isBlank()) {
                    out.println(evaluateLine(line.toString(), lineNumber));
                }
                out.flush();
            }
        }
        return 0;
    }

    /** Reads one line into {@code line}, keeping at most {@link #MAX_LINE} + 1 characters of it. */
    private static boolean readLine(BufferedReader reader, StringBuilder line) throws IOException {
        line.setLength(0);
        int c = reader.read();
        if (c < 0) {
            return false;
        }
        while (c >= 0 && c != '\n') {
            if (line.length() <= MAX_LINE) {
                line.append((char) c);
            }
            c = reader.read();
        }
        if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    static String evaluateLine(String line, int lineNumber) {
        Object parsed;
        try {
            parsed = KargoTemplates.fromJson(line);
        } catch (IllegalArgumentException e) {
            return error("line " + lineNumber + " is not JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> request)) {
            return error("line " + lineNumber + ": expected an object with \"expr\" or \"template\", and \"env\"");
        }
        Object env = request.get("env");
        if (env != null && !(env instanceof Map)) {
            return error("line " + lineNumber + ": \"env\" must be an object");
        }
        Map<String, Object> environment = env == null ? Map.of() : (Map<String, Object>) env;
        boolean hasExpr = request.containsKey("expr");
        boolean hasTemplate = request.containsKey("template");
        if (hasExpr == hasTemplate) {
            return error("line " + lineNumber + ": give exactly one of \"expr\" and \"template\"");
        }
        try {
            if (hasExpr) {
                if (!(request.get("expr") instanceof String expr)) {
                    return error("line " + lineNumber + ": \"expr\" must be a string");
                }
                return "{\"value\":" + json(ExprLang.standard().eval(expr, environment)) + "}";
            }
            String result = KargoTemplates.standard().evaluateJson(json(request.get("template")),
                    environment);
            return "{\"value\":" + result + "}";
        } catch (ExprException | TemplateException | IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    /** Go's json.Marshal of a value; a value JSON cannot hold (NaN, a function) is an {@link IllegalArgumentException}. */
    private static String json(Object value) {
        try {
            return KargoTemplates.toJson(value);
        } catch (TemplateException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static String error(String message) {
        return "{\"error\":" + json(message) + "}";
    }
}
