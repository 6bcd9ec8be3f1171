package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.template.ExpressionScanner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds removed expression shapes inside {@code ${{ }}} (and {@code ${% %}}) expressions, and rewrites them: the
 * {@code secrets} map (removed in Kargo v1.7), {@code freightMetadata(name, key)} (removed in v1.10) and the
 * git-open-pr output {@code prNumber} (removed in v1.7). String literals inside expressions are skipped.
 */
final class Expressions {

    private static final Pattern SECRETS_DOT = Pattern.compile(
            "(?<![\\w.$])secrets\\s*(\\?\\.|\\.)\\s*([A-Za-z_]\\w*)");
    private static final Pattern SECRETS_INDEX = Pattern.compile(
            "(?<![\\w.$])secrets\\s*\\[\\s*(['\"])(.*?)\\1\\s*\\]");
    private static final Pattern PR_NUMBER = Pattern.compile("(?<![\\w.$])((?:task\\s*\\.\\s*)?outputs)\\s*(?:\\.\\s*"
            + "([A-Za-z_]\\w*)|\\[\\s*(['\"])([^'\"]*)\\3\\s*\\])\\s*(?:\\?\\.|\\.)\\s*prNumber\\b");

    private Expressions() {
    }

    /** @return the start and end (exclusive) of each complete expression body in the text */
    static List<int[]> bodies(String text) {
        List<int[]> out = new ArrayList<>();
        for (ExpressionScanner.Segment seg : ExpressionScanner.segments(text)) {
            if (seg.closed()) {
                out.add(new int[] {seg.start() + seg.open().length(), seg.end() - seg.close().length()});
            }
        }
        return out;
    }

    /** @return the text with string literals blanked out (same length), so that patterns skip them */
    static String blankStrings(String expr) {
        StringBuilder sb = new StringBuilder(expr);
        int i = 0;
        while (i < sb.length()) {
            char c = sb.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int j = i + 1;
                while (j < sb.length() && sb.charAt(j) != c) {
                    if (sb.charAt(j) == '\\' && c != '`') {
                        sb.setCharAt(j, ' ');
                        j++;
                        if (j >= sb.length()) {
                            break;
                        }
                    }
                    sb.setCharAt(j, ' ');
                    j++;
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return sb.toString();
    }

    /** @return the text with every use of the {@code secrets} map rewritten, or empty if it has none */
    static Optional<String> rewriteSecrets(String text) {
        // every shape rewritten names the map: a text without the word has nothing to rewrite
        if (!text.contains("secrets")) {
            return Optional.empty();
        }
        return rewrite(text, Expressions::secretsInBody);
    }

    /** @return the text with every two-argument {@code freightMetadata} call rewritten, or empty if it has none */
    static Optional<String> rewriteFreightMetadata(String text) {
        if (!text.contains("freightMetadata")) {
            return Optional.empty();
        }
        return rewrite(text, Expressions::freightMetadataInBody);
    }

    /**
     * @param aliases the aliases of git-open-pr steps
     * @return the text with {@code outputs['<alias>'].prNumber} rewritten to {@code .pr.id}, or empty
     */
    static Optional<String> rewritePrNumber(String text, Set<String> aliases) {
        if (!text.contains("prNumber")) {
            return Optional.empty();
        }
        return rewrite(text, body -> prNumberInBody(body, aliases));
    }

    private interface BodyRewriter {
        String apply(String body);
    }

    private static Optional<String> rewrite(String text, BodyRewriter rewriter) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean changed = false;
        for (int[] b : bodies(text)) {
            String body = text.substring(b[0], b[1]);
            String rewritten = rewriter.apply(body);
            if (rewritten != null) {
                out.append(text, last, b[0]).append(rewritten);
                last = b[1];
                changed = true;
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        return Optional.of(out.append(text.substring(last)).toString());
    }

    private static String secretsInBody(String body) {
        String blank = blankStrings(body);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean found = false;
        int i = 0;
        while (i < blank.length()) {
            Matcher dot = SECRETS_DOT.matcher(blank);
            Matcher idx = SECRETS_INDEX.matcher(body);
            int next = -1;
            String replacement = null;
            int end = -1;
            if (dot.find(i)) {
                next = dot.start();
                end = dot.end();
                replacement = "secret('" + body.substring(dot.start(2), dot.end(2)) + "')";
            }
            if (idx.find(i) && blank.startsWith("secrets", idx.start()) && (next < 0 || idx.start() < next)) {
                next = idx.start();
                end = idx.end();
                replacement = "secret('" + idx.group(2) + "')";
            }
            if (next < 0) {
                break;
            }
            out.append(body, last, next).append(replacement);
            last = end;
            i = end;
            found = true;
        }
        return found ? out.append(body.substring(last)).toString() : null;
    }

    private static String freightMetadataInBody(String body) {
        String blank = blankStrings(body);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean found = false;
        int from = 0;
        while (true) {
            int at = indexOfCall(blank, "freightMetadata", from);
            if (at < 0) {
                break;
            }
            int open = blank.indexOf('(', at);
            int depth = 0;
            int close = -1;
            List<Integer> commas = new ArrayList<>();
            for (int j = open; j < blank.length(); j++) {
                char c = blank.charAt(j);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                    if (depth == 0) {
                        close = j;
                        break;
                    }
                } else if (c == ',' && depth == 1) {
                    commas.add(j);
                }
            }
            if (close < 0) {
                break;
            }
            if (commas.size() == 1) {
                String name = body.substring(open + 1, commas.get(0)).strip();
                String key = body.substring(commas.get(0) + 1, close).strip();
                out.append(body, last, at).append("freightMetadata(").append(name).append(")[").append(key)
                        .append(']');
                last = close + 1;
                found = true;
            }
            from = close + 1;
        }
        return found ? out.append(body.substring(last)).toString() : null;
    }

    /** @return the index of a call {@code name(} that is not a member access, or -1 */
    private static int indexOfCall(String blank, String name, int from) {
        int i = from;
        while (true) {
            int at = blank.indexOf(name, i);
            if (at < 0) {
                return -1;
            }
            int after = at + name.length();
            boolean startOk = at == 0 || !(Character.isLetterOrDigit(blank.charAt(at - 1))
                    || blank.charAt(at - 1) == '_' || blank.charAt(at - 1) == '.' || blank.charAt(at - 1) == '$');
            int k = after;
            while (k < blank.length() && Character.isWhitespace(blank.charAt(k))) {
                k++;
            }
            if (startOk && k < blank.length() && blank.charAt(k) == '(') {
                return at;
            }
            i = after;
        }
    }

    private static String prNumberInBody(String body, Set<String> aliases) {
        String blank = blankStrings(body);
        Matcher m = PR_NUMBER.matcher(body);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean found = false;
        while (m.find()) {
            if (!blank.startsWith(m.group(1).substring(0, 1), m.start())) {
                continue;
            }
            String alias = m.group(2) != null ? m.group(2) : m.group(4);
            if (!aliases.contains(alias)) {
                continue;
            }
            int pr = m.end() - "prNumber".length();
            out.append(body, last, pr).append("pr.id");
            last = m.end();
            found = true;
        }
        return found ? out.append(body.substring(last)).toString() : null;
    }
}
