package io.github.kargo4j.builders.expr;

import io.github.kargo4j.model.template.ExpressionScanner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Kargo expression: an <a href="https://expr-lang.org">expr-lang</a> expression that Kargo evaluates just before a
 * promotion step runs (and in step {@code if}, {@code vars} and verification {@code args}).
 *
 * <p>An {@code Expr} holds the bare expression, such as {@code commitFrom(vars.appRepo).ID}; {@link #toString()}
 * gives the delimited form Kargo reads, {@code ${{ commitFrom(vars.appRepo).ID }}}. So an expression can be passed
 * where a string is expected, or joined into a larger string. Every builder method of the typed model whose value Kargo
 * evaluates as a template (step configuration strings, variables, verification arguments) takes a
 * {@link CharSequence}, so an {@code Expr} is passed as it is, without {@code toString()}:
 *
 * <pre>{@code
 * Expr commit = Expr.commitFrom(Expr.vars("appRepo")).id();
 * ExpressionVariable v = ExpressionVariable.of("commit", commit);   // builders take a CharSequence
 * PromotionStep clone = Steps.gitClone(c -> c.repoURL(Expr.vars("repo")).addCheckout(co -> co.path("./out")));
 * String message = "Update dev to " + commit;                  // "Update dev to ${{ commitFrom(vars.appRepo).ID }}"
 * String same = Expr.template("Update %s to %s", Expr.ctx().stage(), commit);
 * }</pre>
 *
 * <p><b>Strings and expressions as arguments.</b> Factory methods take {@link CharSequence} arguments: a plain
 * {@link String} is a <em>literal</em> and is written as a correctly escaped expr-lang string
 * ({@code Expr.secret("slack")} gives {@code secret("slack")}), while an {@code Expr} (which is a
 * {@code CharSequence} too) is used as an <em>inner expression</em>, without delimiters
 * ({@code Expr.commitFrom(Expr.vars("repo"))} gives {@code commitFrom(vars.repo)}). A literal that itself contains
 * <code>${{</code> or <code>${%</code> is rejected: it is almost always an expression passed as a string by mistake
 * (use {@link #fromDelimited(String)}, or {@link #literal(String)} if you really mean that text).
 *
 * <p><b>Delimiters.</b> Kargo ends an expression at the first <code>}}</code> after <code>${{</code>, so an
 * expression that contains <code>}}</code> is written with the alternate delimiters {@code ${% … %}}. String
 * literals this class writes never contain either closing delimiter (a <code>}</code> after <code>}</code> or
 * <code>%</code> is written <code>&#92;u007d</code>).
 *
 * <p><b>Bare contexts.</b> A few fields take expr-lang <em>without</em> delimiters (http step
 * {@code successExpression}, {@code outputs[].fromExpression}, Warehouse {@code freightCreationCriteria.expression},
 * git {@code expressionFilter}): use {@link #expression()} there.
 *
 * <p>Instances are immutable; {@link #equals(Object)} compares the expression text.
 */
public class Expr implements CharSequence {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PATH = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    /** Words expr-lang reads as operators or literals, which cannot follow a {@code .}. */
    private static final Set<String> KEYWORDS = Set.of("true", "false", "nil", "not", "and", "or", "in", "matches",
            "contains", "startsWith", "endsWith", "let", "if", "else");

    /** Binding strength of a primary (name, literal, call, member access): never needs parentheses. */
    static final int PRIMARY = 1000;
    /** Binding strength of text whose structure is unknown ({@link #raw(String)}): always parenthesised. */
    static final int UNKNOWN = 0;
    private static final int NIL_COALESCE = 500;
    private static final int UNARY = 50;
    private static final int COMPARISON = 20;
    private static final int AND = 15;
    private static final int OR = 10;

    private final String expression;
    private final int precedence;
    private final String delimited;

    Expr(String expression, boolean atomic) {
        this(expression, atomic ? PRIMARY : UNKNOWN);
    }

    private Expr(String expression, int precedence) {
        this.expression = Objects.requireNonNull(expression, "expression");
        this.precedence = precedence;
        this.delimited = delimit(expression);
    }

    Expr(Expr other) {
        this(other.expression, other.precedence);
    }

    // ------------------------------------------------------------------------------------------- generic

    /**
     * Wraps expr-lang text as it is, for anything these helpers do not cover ({@code len(...)}, {@code filter},
     * ternaries, ...). The text is not checked; when it is combined with an operator or a member access it is put in
     * parentheses unless it is a plain name path such as {@code vars.repo}.
     *
     * @param expression a bare expr-lang expression, without {@code ${{ }}}
     * @return the expression
     * @throws IllegalArgumentException if the text is blank, is itself delimited, or contains both <code>}}</code>
     *                                  and <code>%}</code>, which no delimiter can enclose
     */
    public static Expr raw(String expression) {
        Objects.requireNonNull(expression, "expression");
        String e = expression.strip();
        if (e.isEmpty()) {
            throw new IllegalArgumentException("an expression must not be blank");
        }
        List<ExpressionScanner.Segment> segs = ExpressionScanner.segments(e);
        if (!segs.isEmpty() && segs.get(0).start() == 0 && segs.get(0).closed() && e.endsWith(segs.get(0).close())) {
            throw new IllegalArgumentException("Expr.raw takes a bare expression, without delimiters; got " + e
                    + " (use Expr.fromDelimited to unwrap it)");
        }
        return new Expr(e, PATH.matcher(e).matches());
    }

    /**
     * Reads back a string that is exactly one delimited expression, such as {@code ${{ vars.repo }}} or
     * {@code ${% "{{.tag}}" %}}, so that it can be used inside another expression.
     *
     * @param delimited the delimited text
     * @return the expression inside the delimiters
     * @throws IllegalArgumentException if the text is not exactly one delimited expression
     */
    public static Expr fromDelimited(String delimited) {
        Objects.requireNonNull(delimited, "delimited");
        String text = delimited.strip();
        List<ExpressionScanner.Segment> segs = ExpressionScanner.segments(text);
        if (segs.isEmpty() || segs.get(0).start() != 0 || !segs.get(0).closed()
                || !text.startsWith(segs.get(0).open()) || !text.endsWith(segs.get(0).close())) {
            throw new IllegalArgumentException("not a single ${{ ... }} or ${% ... %} expression: " + delimited);
        }
        if (segs.size() > 1 || segs.get(0).end() != text.length()) {
            throw new IllegalArgumentException("not a single expression: " + delimited
                    + " (Kargo ends the first expression at the first " + segs.get(0).close() + ")");
        }
        String inner = segs.get(0).body();
        return raw(inner);
    }

    /**
     * @param value any text
     * @return the text as an expr-lang string literal, such as {@code "a \"b\""}
     */
    public static Expr literal(String value) {
        return new Expr(stringLiteral(Objects.requireNonNull(value, "value"), '"'), true);
    }

    /**
     * @param value a whole number
     * @return the number literal
     */
    public static Expr literal(long value) {
        return new Expr(Long.toString(value), true);
    }

    /**
     * @param value a finite number
     * @return the number literal, such as {@code 0.5}
     * @throws IllegalArgumentException if the number is NaN or infinite
     */
    public static Expr literal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("expr-lang has no literal for " + value);
        }
        return new Expr(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString(), true);
    }

    /**
     * @param value a boolean
     * @return {@code true} or {@code false}
     */
    public static Expr literal(boolean value) {
        return new Expr(Boolean.toString(value), true);
    }

    /** @return the {@code nil} literal */
    public static Expr nil() {
        return new Expr("nil", true);
    }

    /**
     * Calls a function by name, for expr-lang built-ins such as {@code len}, {@code lower}, {@code trim} or
     * {@code toJSON}.
     *
     * @param function the function name
     * @param args     the arguments: strings are literals, {@code Expr}s are inner expressions
     * @return the call, such as {@code lower(ctx.stage)}
     * @throws IllegalArgumentException if the name is not an identifier
     */
    public static Expr call(String function, CharSequence... args) {
        Objects.requireNonNull(function, "function");
        if (!IDENTIFIER.matcher(function).matches() || KEYWORDS.contains(function)) {
            throw new IllegalArgumentException("not a function name: " + function);
        }
        List<Expr> list = new ArrayList<>(args.length);
        for (CharSequence a : args) {
            list.add(operand(a));
        }
        return new Expr(callText(function, list), true);
    }

    // ------------------------------------------------------------------------------------------- variables

    /**
     * The promotion context: project, stage, promotion, target Freight and metadata.
     *
     * @return {@code ctx}
     */
    public static Ctx ctx() {
        return Ctx.INSTANCE;
    }

    /**
     * A variable: Stage {@code vars}, then promotion-template {@code vars}, then step {@code vars}. In verification
     * arguments only the Stage's variables are visible.
     *
     * @param name the variable name
     * @return {@code vars.name} (or {@code vars['name']} for names that are not identifiers)
     */
    public static Expr vars(String name) {
        return new Expr("vars", true).get(name);
    }

    /** @return the {@code vars} map itself */
    public static Expr vars() {
        return new Expr("vars", true);
    }

    /**
     * The output of an earlier step of the promotion (not visible to promotion-level variables).
     *
     * @param alias the step's alias ({@code as})
     * @param path  keys into the output, outermost first; none gives the whole output
     * @return {@code outputs['alias'].key...}
     */
    public static Expr outputs(String alias, String... path) {
        Expr e = new Expr("outputs", true).index(alias);
        for (String key : path) {
            e = e.get(key);
        }
        return e;
    }

    /**
     * The output of an earlier step of the same (Cluster)PromotionTask; only valid inside a task's steps, where the
     * keys are the task's own step aliases.
     *
     * @param alias the step's alias within the task
     * @param path  keys into the output, outermost first
     * @return {@code task.outputs['alias'].key...}
     */
    public static Expr taskOutputs(String alias, String... path) {
        Expr e = new Expr("task.outputs", true).index(alias);
        for (String key : path) {
            e = e.get(key);
        }
        return e;
    }

    // ------------------------------------------------------------------------------------------- freight

    /**
     * @param name a Warehouse name
     * @return {@code warehouse("name")}, a Freight origin to pass to {@code commitFrom}, {@code imageFrom},
     *     {@code chartFrom} or {@code artifactFrom} when a Stage requests Freight from several Warehouses
     */
    public static OriginExpr warehouse(CharSequence name) {
        return new OriginExpr(callText("warehouse", List.of(operand(name))));
    }

    /**
     * The Git commit of a repository in the Freight being promoted, or {@code nil} if there is none (Kargo v1.5
     * and later; see {@link CommitExpr#nilSafe()}).
     *
     * @param repoURL the repository URL, as subscribed in the Warehouse
     * @return {@code commitFrom("repoURL")}
     */
    public static CommitExpr commitFrom(CharSequence repoURL) {
        return new CommitExpr(callText("commitFrom", List.of(operand(repoURL))), false);
    }

    /**
     * @param repoURL the repository URL
     * @param origin  the Warehouse the Freight came from, needed when several requested origins carry the repository
     * @return {@code commitFrom("repoURL", warehouse("w"))}
     */
    public static CommitExpr commitFrom(CharSequence repoURL, OriginExpr origin) {
        return new CommitExpr(callText("commitFrom", List.of(operand(repoURL), origin)), false);
    }

    /**
     * The container image of a repository in the Freight being promoted, or {@code nil}.
     *
     * @param repoURL the image repository, as subscribed in the Warehouse
     * @return {@code imageFrom("repoURL")}
     */
    public static ImageExpr imageFrom(CharSequence repoURL) {
        return new ImageExpr(callText("imageFrom", List.of(operand(repoURL))), false);
    }

    /**
     * @param repoURL the image repository
     * @param origin  the Warehouse the Freight came from
     * @return {@code imageFrom("repoURL", warehouse("w"))}
     */
    public static ImageExpr imageFrom(CharSequence repoURL, OriginExpr origin) {
        return new ImageExpr(callText("imageFrom", List.of(operand(repoURL), origin)), false);
    }

    /**
     * The Helm chart of an OCI repository in the Freight being promoted, or {@code nil}.
     *
     * @param repoURL the chart repository, such as {@code oci://ghcr.io/org/charts/app}
     * @return {@code chartFrom("repoURL")}
     */
    public static ChartExpr chartFrom(CharSequence repoURL) {
        return new ChartExpr(callText("chartFrom", List.of(operand(repoURL))), false);
    }

    /**
     * @param repoURL   the chart repository; for an http(s) repository the chart name is needed
     * @param chartName the chart name
     * @return {@code chartFrom("repoURL", "chartName")}
     */
    public static ChartExpr chartFrom(CharSequence repoURL, CharSequence chartName) {
        return new ChartExpr(callText("chartFrom", List.of(operand(repoURL), operand(chartName))), false);
    }

    /**
     * @param repoURL the chart repository
     * @param origin  the Warehouse the Freight came from
     * @return {@code chartFrom("repoURL", warehouse("w"))}
     */
    public static ChartExpr chartFrom(CharSequence repoURL, OriginExpr origin) {
        return new ChartExpr(callText("chartFrom", List.of(operand(repoURL), origin)), false);
    }

    /**
     * @param repoURL   the chart repository
     * @param chartName the chart name
     * @param origin    the Warehouse the Freight came from
     * @return {@code chartFrom("repoURL", "chartName", warehouse("w"))}
     */
    public static ChartExpr chartFrom(CharSequence repoURL, CharSequence chartName, OriginExpr origin) {
        return new ChartExpr(callText("chartFrom", List.of(operand(repoURL), operand(chartName), origin)), false);
    }

    /**
     * The artifact of a generic subscription in the Freight being promoted (Kargo v1.9, not yet documented by
     * Kargo); read its fields with {@link #get(String)}.
     *
     * @param subscriptionName the subscription's name
     * @return {@code artifactFrom("name")}
     */
    public static Expr artifactFrom(CharSequence subscriptionName) {
        return new Expr(callText("artifactFrom", List.of(operand(subscriptionName))), true);
    }

    /**
     * @param subscriptionName the subscription's name
     * @param origin           the Warehouse the Freight came from
     * @return {@code artifactFrom("name", warehouse("w"))}
     */
    public static Expr artifactFrom(CharSequence subscriptionName, OriginExpr origin) {
        return new Expr(callText("artifactFrom", List.of(operand(subscriptionName), origin)), true);
    }

    /**
     * Metadata a {@code set-metadata} step stored on a Freight (one argument only since Kargo v1.10).
     *
     * @param freightName the Freight name, such as {@code Expr.ctx().targetFreight().name()}
     * @return {@code freightMetadata("name")}, a map
     */
    public static Expr freightMetadata(CharSequence freightName) {
        return new Expr(callText("freightMetadata", List.of(operand(freightName))), true);
    }

    /**
     * @param freightName the Freight name
     * @param key         a metadata key
     * @return {@code freightMetadata("name").key}; replaces the two-argument form Kargo v1.10 removed
     */
    public static Expr freightMetadata(CharSequence freightName, String key) {
        return freightMetadata(freightName).get(key);
    }

    /**
     * Metadata a {@code set-metadata} step stored on a Stage (Kargo v1.8).
     *
     * @param stageName the Stage name
     * @return {@code stageMetadata("name")}, a map
     */
    public static Expr stageMetadata(CharSequence stageName) {
        return new Expr(callText("stageMetadata", List.of(operand(stageName))), true);
    }

    /**
     * @param stageName the Stage name
     * @param key       a metadata key
     * @return {@code stageMetadata("name").key}
     */
    public static Expr stageMetadata(CharSequence stageName, String key) {
        return stageMetadata(stageName).get(key);
    }

    // ------------------------------------------------------------------------------------------- data

    /**
     * The data of a Secret in the Project namespace (empty if it does not exist).
     *
     * @param name the Secret name
     * @return {@code secret("name")}, a map of strings
     */
    public static Expr secret(CharSequence name) {
        return new Expr(callText("secret", List.of(operand(name))), true);
    }

    /**
     * @param name the Secret name
     * @param key  a key of the Secret
     * @return {@code secret("name").key}
     */
    public static Expr secret(CharSequence name, String key) {
        return secret(name).get(key);
    }

    /**
     * The data of a Secret in the shared-resources namespace; only Secrets labelled
     * {@code kargo.akuity.io/cred-type: generic} are returned (Kargo v1.9).
     *
     * @param name the Secret name
     * @return {@code sharedSecret("name")}
     */
    public static Expr sharedSecret(CharSequence name) {
        return new Expr(callText("sharedSecret", List.of(operand(name))), true);
    }

    /**
     * @param name the Secret name
     * @param key  a key of the Secret
     * @return {@code sharedSecret("name").key}
     */
    public static Expr sharedSecret(CharSequence name, String key) {
        return sharedSecret(name).get(key);
    }

    /**
     * The data of a ConfigMap in the Project namespace (empty if it does not exist).
     *
     * @param name the ConfigMap name
     * @return {@code configMap("name")}
     */
    public static Expr configMap(CharSequence name) {
        return new Expr(callText("configMap", List.of(operand(name))), true);
    }

    /**
     * @param name the ConfigMap name
     * @param key  a key of the ConfigMap
     * @return {@code configMap("name").key}
     */
    public static Expr configMap(CharSequence name, String key) {
        return configMap(name).get(key);
    }

    /**
     * The data of a ConfigMap in the shared-resources namespace (Kargo v1.9).
     *
     * @param name the ConfigMap name
     * @return {@code sharedConfigMap("name")}
     */
    public static Expr sharedConfigMap(CharSequence name) {
        return new Expr(callText("sharedConfigMap", List.of(operand(name))), true);
    }

    /**
     * @param name the ConfigMap name
     * @param key  a key of the ConfigMap
     * @return {@code sharedConfigMap("name").key}
     */
    public static Expr sharedConfigMap(CharSequence name, String key) {
        return sharedConfigMap(name).get(key);
    }

    // ------------------------------------------------------------------------------------------- utilities

    /**
     * Forces the result to stay a string. Kargo turns an evaluated value that looks like JSON (a number,
     * {@code true}, an object) into that type; verification arguments must be strings.
     *
     * @param value the expression
     * @return {@code quote(value)}
     */
    public static Expr quote(Expr value) {
        return new Expr(callText("quote", List.of(value)), true);
    }

    /**
     * Like {@link #quote(Expr)}, but strings keep visible, escaped quotation marks (Kargo v1.6).
     *
     * @param value the expression
     * @return {@code unsafeQuote(value)}
     */
    public static Expr unsafeQuote(Expr value) {
        return new Expr(callText("unsafeQuote", List.of(value)), true);
    }

    /**
     * @param value the expression
     * @return {@code asJSON(value)}: pretty-printed JSON text (Kargo v1.11)
     */
    public static Expr asJSON(Expr value) {
        return new Expr(callText("asJSON", List.of(value)), true);
    }

    /**
     * @param value the expression
     * @return {@code asYAML(value)}: YAML text (Kargo v1.11)
     */
    public static Expr asYAML(Expr value) {
        return new Expr(callText("asYAML", List.of(value)), true);
    }

    /**
     * @param version a semantic version, such as {@code Expr.imageFrom(repo).tag()}
     * @return {@code semverParse(version)}, whose parts {@link SemverExpr} reads (Kargo v1.9)
     */
    public static SemverExpr semverParse(CharSequence version) {
        return new SemverExpr(callText("semverParse", List.of(operand(version))));
    }

    /**
     * @param a a semantic version
     * @param b another
     * @return {@code semverDiff(a, b)}: {@code Major}, {@code Minor}, {@code Patch}, {@code Metadata}, {@code None}
     *     or {@code Incomparable} (Kargo v1.8)
     */
    public static Expr semverDiff(CharSequence a, CharSequence b) {
        return new Expr(callText("semverDiff", List.of(operand(a), operand(b))), true);
    }

    // ------------------------------------------------------------------------------------------- step status

    /**
     * @return {@code success()}: whether every earlier step succeeded (only in a step's {@code if} and
     *     {@code config}); a step with an {@code if} runs even after a failure, so combine with this
     */
    public static Expr success() {
        return new Expr("success()", true);
    }

    /** @return {@code failure()}: whether an earlier step failed (only in a step's {@code if} and {@code config}) */
    public static Expr failure() {
        return new Expr("failure()", true);
    }

    /** @return {@code always()}: true whatever happened before (only in a step's {@code if}) */
    public static Expr always() {
        return new Expr("always()", true);
    }

    /**
     * @param alias a step alias
     * @return {@code status("alias")}: the step's status, such as {@code Succeeded}, {@code Errored},
     *     {@code Skipped}
     */
    public static Expr status(CharSequence alias) {
        return new Expr(callText("status", List.of(operand(alias))), true);
    }

    // ------------------------------------------------------------------------------------------- templates

    /**
     * Builds a string with expressions inside it. Each {@code %s} is replaced by the next argument: an {@code Expr}
     * in its delimited form, anything else as its {@code toString()}; {@code %%} is a percent sign.
     *
     * <pre>{@code
     * Expr.template("Update %s to %s", Expr.ctx().stage(), Expr.commitFrom(Expr.vars("appRepo")).id())
     * // "Update ${{ ctx.stage }} to ${{ commitFrom(vars.appRepo).ID }}"
     * }</pre>
     *
     * @param format the text with {@code %s} placeholders
     * @param args   one argument per placeholder
     * @return the string
     * @throws IllegalArgumentException if the number of placeholders and arguments differ, or the format holds a
     *                                  {@code %} that is neither {@code %s} nor {@code %%}
     */
    public static String template(String format, Object... args) {
        Objects.requireNonNull(format, "format");
        StringBuilder sb = new StringBuilder(format.length() + 32);
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            char n = i + 1 < format.length() ? format.charAt(i + 1) : '\0';
            if (n == '%') {
                sb.append('%');
            } else if (n == 's') {
                if (next >= args.length) {
                    throw new IllegalArgumentException("the template has more %s than the " + args.length
                            + " argument(s) given: " + format);
                }
                sb.append(args[next++]);
            } else {
                throw new IllegalArgumentException("a template supports only %s and %%, found '%" + n
                        + "' in: " + format);
            }
            i++;
        }
        if (next != args.length) {
            throw new IllegalArgumentException("the template has " + next + " %s but " + args.length
                    + " arguments were given: " + format);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------- instance

    /** @return the bare expression, without delimiters, such as {@code commitFrom(vars.repo).ID} */
    public final String expression() {
        return expression;
    }

    /**
     * @return the delimited form Kargo evaluates: {@code ${{ expression }}}, or {@code ${% expression %}} when the
     *     expression contains <code>}}</code>
     */
    public final String delimited() {
        return delimited;
    }

    /**
     * Reads a field or map key: {@code x.name} when the name is an identifier, {@code x['name']} otherwise.
     *
     * @param name the field or key
     * @return the member
     */
    public Expr get(String name) {
        return member(name, false);
    }

    /**
     * Reads a map key or list element by an expression or literal: {@code x['key']} or {@code x[expr]}.
     *
     * @param key a string key (literal) or an expression
     * @return the element
     */
    public Expr index(CharSequence key) {
        Objects.requireNonNull(key, "key");
        String k = key instanceof Expr e ? e.expression : stringLiteral(checkedLiteral(key), '\'');
        return new Expr(operandText(this) + "[" + k + "]", true);
    }

    /**
     * @param i a list index (negative counts from the end)
     * @return {@code x[i]}
     */
    public Expr index(int i) {
        return new Expr(operandText(this) + "[" + i + "]", true);
    }

    /**
     * @param fallback the value to use when this one is {@code nil}: a literal string or an expression
     * @return {@code this ?? fallback}
     */
    public Expr orElse(CharSequence fallback) {
        return binary(this, "??", NIL_COALESCE, operand(fallback));
    }

    /**
     * @param other a literal string or an expression
     * @return {@code this == other}
     */
    public Expr eq(CharSequence other) {
        return binary(this, "==", COMPARISON, operand(other));
    }

    /**
     * @param other a number
     * @return {@code this == other}
     */
    public Expr eq(long other) {
        return binary(this, "==", COMPARISON, literal(other));
    }

    /**
     * @param other a literal string or an expression
     * @return {@code this != other}
     */
    public Expr ne(CharSequence other) {
        return binary(this, "!=", COMPARISON, operand(other));
    }

    /**
     * @param other a boolean expression
     * @return {@code this && other}
     */
    public Expr and(Expr other) {
        return binary(this, "&&", AND, other);
    }

    /**
     * @param other a boolean expression
     * @return {@code this || other}
     */
    public Expr or(Expr other) {
        return binary(this, "||", OR, other);
    }

    /** @return {@code !this} */
    public Expr not() {
        return new Expr("!" + operandText(this), UNARY);
    }

    /** @return the delimited form ({@link #delimited()}), so that an expression can be joined into a string */
    @Override
    public final String toString() {
        return delimited;
    }

    @Override
    public final int length() {
        return delimited.length();
    }

    @Override
    public final char charAt(int index) {
        return delimited.charAt(index);
    }

    @Override
    public final CharSequence subSequence(int start, int end) {
        return delimited.subSequence(start, end);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Expr other && expression.equals(other.expression);
    }

    @Override
    public final int hashCode() {
        return expression.hashCode();
    }

    // ------------------------------------------------------------------------------------------- internals

    Expr member(String name, boolean nilSafe) {
        Objects.requireNonNull(name, "name");
        String base = operandText(this);
        if (IDENTIFIER.matcher(name).matches() && !KEYWORDS.contains(name)) {
            return new Expr(base + (nilSafe ? "?." : ".") + name, true);
        }
        return new Expr(base + (nilSafe ? "?.[" : "[") + stringLiteral(name, '\'') + "]", true);
    }

    static Expr operand(CharSequence value) {
        Objects.requireNonNull(value, "argument");
        if (value instanceof Expr e) {
            return e;
        }
        return new Expr(stringLiteral(checkedLiteral(value), '"'), true);
    }

    private static String checkedLiteral(CharSequence value) {
        String s = value.toString();
        if (ExpressionScanner.hasExpression(s)) {
            throw new IllegalArgumentException("a string argument is a literal, but \"" + s + "\" holds an "
                    + "expression; pass an Expr (Expr.vars(...), Expr.fromDelimited(...)) instead, or "
                    + "Expr.literal(...) if you mean that text");
        }
        return s;
    }

    static String callText(String function, List<? extends Expr> args) {
        StringBuilder sb = new StringBuilder(function).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(args.get(i).expression());
        }
        return sb.append(')').toString();
    }

    /** @return the expression, in parentheses unless it is a primary (for member access and unary operators) */
    private static String operandText(Expr e) {
        return e.precedence == PRIMARY ? e.expression : "(" + e.expression + ")";
    }

    /**
     * Joins two operands with a binary operator of the given expr-lang precedence, adding parentheses only where
     * expr-lang would otherwise group differently ({@code &&}, {@code ||} and {@code ??} are associative, so an
     * operand of the same operator needs none).
     */
    private static Expr binary(Expr left, String operator, int precedence, Expr right) {
        Objects.requireNonNull(right, "operand");
        boolean associative = precedence != COMPARISON;
        String l = left.precedence >= precedence && left.precedence != UNKNOWN ? left.expression
                : "(" + left.expression + ")";
        boolean rightBare = right.precedence != UNKNOWN
                && (right.precedence > precedence || (associative && right.precedence == precedence));
        String r = rightBare ? right.expression : "(" + right.expression + ")";
        return new Expr(l + " " + operator + " " + r, precedence);
    }

    /**
     * Writes an expr-lang string literal: backslash, the quote character and control characters are escaped, and
     * a <code>}</code> that follows <code>}</code> or <code>%</code> is written <code>&#92;u007d</code>, so that the
     * literal never closes a {@code ${{ }}} or {@code ${% %}} early.
     */
    static String stringLiteral(String s, char quote) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char prev = sb.charAt(sb.length() - 1);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c == quote) {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else if (c == '}' && sb.length() > 1 && (prev == '}' || prev == '%')) {
                sb.append("\\u007d");
            } else {
                sb.append(c);
            }
        }
        return sb.append(quote).toString();
    }

    private static String delimit(String expression) {
        if (!expression.contains("}}")) {
            return "${{ " + expression + " }}";
        }
        if (expression.contains("%}")) {
            throw new IllegalArgumentException("the expression contains both '}}' and '%}', so neither ${{ }} nor "
                    + "${% %} can enclose it; add a space between the braces: " + expression);
        }
        return "${% " + expression + " %}";
    }
}
