package io.github.kargo4j.validation.preview;

import io.github.kargo4j.model.template.ExpressionScanner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the expressions of one template string read that a preview may not know: step outputs ({@code outputs},
 * {@code task.outputs}), step metadata ({@code stepMetas}), variables ({@code vars}) and {@code semverParse}. Found by
 * scanning identifiers (string literals skipped), so it never fails and is linear in the text; a name read through a
 * computed key ({@code outputs[name]}) counts as "any".
 */
final class ExprRefs {

    /** A key of {@link #outputs()} or {@link #vars()} standing for "some key, computed at run time". */
    static final String ANY = "\u0000any";

    private final Set<String> outputs = new LinkedHashSet<>();
    private final Set<String> taskOutputs = new LinkedHashSet<>();
    private final Set<String> vars = new LinkedHashSet<>();
    private boolean stepMetas;
    private boolean semverParse;

    private ExprRefs() {
    }

    /** @return the aliases read from {@code outputs} ({@link #ANY} for a computed one) */
    Set<String> outputs() {
        return outputs;
    }

    /** @return the aliases read from {@code task.outputs}, without the task's prefix */
    Set<String> taskOutputs() {
        return taskOutputs;
    }

    /** @return the variables read ({@link #ANY} when {@code vars} is read as a whole or with a computed key) */
    Set<String> vars() {
        return vars;
    }

    /** @return whether {@code stepMetas} is read */
    boolean stepMetas() {
        return stepMetas;
    }

    /** @return whether {@code semverParse} is called */
    boolean semverParse() {
        return semverParse;
    }

    /**
     * @param template a template string (a config value, a var's value, a step's {@code if})
     * @return what its expressions read
     */
    static ExprRefs scan(String template) {
        ExprRefs refs = new ExprRefs();
        for (ExpressionScanner.Segment segment : ExpressionScanner.segments(template)) {
            refs.scanExpression(tokens(segment.body()));
        }
        return refs;
    }

    private void scanExpression(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.kind != Kind.IDENT || (i > 0 && toks.get(i - 1).kind == Kind.DOT)) {
                continue;
            }
            switch (t.text) {
                case "outputs" -> outputs.add(member(toks, i + 1));
                case "vars" -> vars.add(member(toks, i + 1));
                case "stepMetas" -> stepMetas = true;
                case "semverParse" -> semverParse = true;
                case "task" -> {
                    if ("outputs".equals(member(toks, i + 1))) {
                        taskOutputs.add(member(toks, i + 1 + width(toks, i + 1)));
                    }
                }
                default -> {
                }
            }
        }
    }

    /** The member read at {@code j}: {@code .name}, {@code ?.name}, {@code ['name']}, {@code ?.['name']}. */
    private static String member(List<Tok> toks, int j) {
        int k = j;
        if (k < toks.size() && toks.get(k).kind == Kind.DOT) {
            if (k + 1 < toks.size() && toks.get(k + 1).kind == Kind.IDENT) {
                return toks.get(k + 1).text;
            }
            k++;
        }
        if (k + 2 < toks.size() && toks.get(k).is("[") && toks.get(k + 1).kind == Kind.STRING
                && toks.get(k + 2).is("]")) {
            return toks.get(k + 1).text;
        }
        return ANY;
    }

    /** How many tokens the member access at {@code j} spans. */
    private static int width(List<Tok> toks, int j) {
        int k = j;
        if (k < toks.size() && toks.get(k).kind == Kind.DOT) {
            if (k + 1 < toks.size() && toks.get(k + 1).kind == Kind.IDENT) {
                return 2;
            }
            k++;
        }
        return k - j + 3;
    }

    private enum Kind { IDENT, STRING, DOT, OTHER }

    private record Tok(Kind kind, String text) {
        boolean is(String s) {
            return kind == Kind.OTHER && text.equals(s);
        }
    }

    private static List<Tok> tokens(String s) {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"' || c == '`') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < n && s.charAt(j) != c) {
                    if (s.charAt(j) == '\\' && c != '`' && j + 1 < n) {
                        j++;
                    }
                    text.append(s.charAt(j));
                    j++;
                }
                out.add(new Tok(Kind.STRING, text.toString()));
                i = j + 1;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
                        || s.charAt(j) == '$')) {
                    j++;
                }
                out.add(new Tok(Kind.IDENT, s.substring(i, j)));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
                        || (s.charAt(j) == '.' && j + 1 < n && Character.isDigit(s.charAt(j + 1))))) {
                    j++;
                }
                out.add(new Tok(Kind.OTHER, s.substring(i, j)));
                i = j;
            } else if (c == '?' && i + 1 < n && s.charAt(i + 1) == '.') {
                out.add(new Tok(Kind.DOT, "?."));
                i += 2;
            } else if (c == '.' && !(i + 1 < n && s.charAt(i + 1) == '.')) {
                out.add(new Tok(Kind.DOT, "."));
                i++;
            } else {
                out.add(new Tok(Kind.OTHER, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }
}
