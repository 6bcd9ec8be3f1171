package io.github.kargo4j.model.io;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the exceptions of the YAML and JSON parsers into a plain category of problem that quotes nothing of the
 * document.
 *
 * <p>snakeyaml-engine and Jackson quote the input in their messages: the offending token, an undefined alias or tag
 * handle, the source line with a caret. A token may be a password that lost its quotes, so neither their messages nor
 * the exceptions themselves ever reach a {@link ManifestException}: only the position (taken by the caller) and the
 * category built here, from fixed text, do. A problem this class does not recognise becomes a generic category,
 * never the parser's text.
 */
final class ParseProblems {

    private ParseProblems() {
    }

    /** snakeyaml-engine's token descriptions ({@code Token.ID}): fixed text, safe to repeat. */
    private static final Set<String> YAML_TOKENS = Set.of("<alias>", "<anchor>", "<block end>", "-",
            "<block mapping start>", "<block sequence start>", "<directive>", "<document end>", "<document start>",
            ",", "}", "{", "]", "[", "?", "<scalar>", "<stream end>", "<stream start>", "<tag>", "<comment>",
            ":", "<value>", "<key>");

    private record Rule(Pattern pattern, String category) {
    }

    private static Rule rule(String regex, String category) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), category);
    }

    /** The problems of snakeyaml-engine's scanner and parser; the first match wins. */
    private static final List<Rule> YAML_RULES = List.of(
            rule("found character .* that cannot start any token.*",
                    "a character that cannot start a value here (a tab used for indentation, or @ or ` at the start"
                            + " of a plain value; quote the value)"),
            rule("found unknown escape character.*",
                    "an unknown escape sequence in a double-quoted string (write \\\\ for a backslash, or use single"
                            + " quotes)"),
            rule("expected escape sequence of \\d+ hexadecimal numbers.*",
                    "an incomplete \\x, \\u or \\U escape sequence in a double-quoted string"),
            rule("found undefined tag handle.*", "a tag with an undefined handle (a tag such as !a!b needs a %TAG"
                    + " directive; quote the value if it is text)"),
            rule("duplicate tag handle.*", "a %TAG directive defined twice"),
            rule("found unexpected end of stream", "the input ends inside a quoted string, a flow collection or a"
                    + " block"),
            rule("mapping values are not allowed here", "mapping values are not allowed here (a \": \" inside a plain"
                    + " value, or a wrong indentation; quote the value or fix the indentation)"),
            rule("could not find expected ':'", "could not find the expected ':' after a key (a plain value that"
                    + " goes on over several lines, or a missing colon)"),
            rule("found unexpected document separator", "a document separator (--- or ...) inside a quoted string"),
            rule("mapping keys are not allowed here", "a mapping key is not allowed here (check the indentation)"),
            rule("sequence entries are not allowed here", "a list item is not allowed here (check the"
                    + " indentation)"),
            rule("expected indentation indicator in the range 1-9, but found 0",
                    "a block scalar's indentation indicator must be 1 to 9"),
            rule("found duplicate YAML directive", "a %YAML directive given twice"),
            rule("found a number which cannot represent a valid version.*", "an invalid %YAML directive version"),
            rule("found incompatible YAML document.*", "a %YAML directive of an unsupported version"),
            rule("expected alphabetic or numeric character, but found.*",
                    "an anchor, alias or tag name must consist of letters, digits, - and _"),
            rule("expected chomping or indentation indicators, but found.*",
                    "a block scalar indicator (| or >) followed by something other than -, + or a digit"),
            rule("expected a comment or a line break, but found.*",
                    "text after a block scalar indicator (| or >) or a directive, where only a comment may follow"),
            rule("expected '!', but found.*", "an incomplete tag (a tag handle must end with !)"),
            rule("expected '>', but found.*", "an incomplete verbatim tag (!<...> must end with >)"),
            rule("expected ' ', but found.*", "a tag or directive not followed by a space"),
            rule("expected a digit.*, but found.*", "an invalid %YAML directive version"),
            rule("expected URI.*", "an invalid tag (a tag must be a URI)"),
            rule("unexpected character found.*", "an unexpected character"),
            rule("the leading empty lines contain more spaces \\(\\d+\\) than the first non-empty line \\(\\d+\\)\\.?",
                    "the leading empty lines of a block scalar hold more spaces than its first line"),
            rule("special characters are not allowed.*", "a character YAML does not allow (a control character"
                    + " such as NUL, or an unpaired surrogate)"),
            rule("unacceptable code point.*", "a character YAML does not allow (a control character such as NUL,"
                    + " or an unpaired surrogate)"),
            rule("The last char is HighSurrogate.*", "the input ends with half of a surrogate pair"));

    /** {@code expected <block end>, but found '<scalar>'} and the like, from the parser: token names only. */
    private static final Pattern YAML_EXPECTED = Pattern.compile(
            "expected (.{1,30}?),? but (?:found|got) '?(.{1,30}?)'?");
    private static final Pattern YAML_CONTEXT = Pattern.compile("while (scanning|parsing|constructing) an? [a-zA-Z -]{1,40}");

    /**
     * @param problem snakeyaml-engine's problem text, or {@code null}
     * @param context snakeyaml-engine's context text, or {@code null}
     * @return a category of the problem, from fixed text only
     */
    static String yaml(String problem, String context) {
        String category = yamlProblem(problem);
        if (context != null && YAML_CONTEXT.matcher(context).matches()) {
            category += " (" + context + ")";
        }
        return category;
    }

    private static String yamlProblem(String problem) {
        if (problem == null) {
            return "malformed YAML";
        }
        for (Rule r : YAML_RULES) {
            if (r.pattern.matcher(problem).matches()) {
                return r.category;
            }
        }
        Matcher m = YAML_EXPECTED.matcher(problem);
        if (m.matches() && YAML_TOKENS.contains(unquote(m.group(1))) && YAML_TOKENS.contains(m.group(2))) {
            return "expected " + describeToken(unquote(m.group(1))) + ", found " + describeToken(m.group(2));
        }
        if (m.matches() && (m.group(1).equals("the node content") || m.group(1).equals("',' or ']'")
                || m.group(1).equals("',' or '}'")) && YAML_TOKENS.contains(m.group(2))) {
            return "expected " + m.group(1).replace("the node content", "a value") + ", found "
                    + describeToken(m.group(2));
        }
        return "malformed YAML";
    }

    private static String unquote(String s) {
        return s.length() > 1 && s.startsWith("'") && s.endsWith("'") ? s.substring(1, s.length() - 1) : s;
    }

    private static String describeToken(String token) {
        return switch (token) {
            case "<block end>" -> "the end of the block (check the indentation)";
            case "<scalar>" -> "a value";
            case "<block mapping start>" -> "a mapping";
            case "<block sequence start>" -> "a list";
            case "<document start>" -> "a document start (---)";
            case "<document end>" -> "a document end (...)";
            case "<stream end>" -> "the end of the input";
            case "<stream start>" -> "the start of the input";
            case "<alias>" -> "an alias";
            case "<anchor>" -> "an anchor";
            case "<tag>" -> "a tag";
            case "<directive>" -> "a directive";
            case "<key>", "?" -> "a key";
            case "<value>", ":" -> "a ':'";
            case "-" -> "a list item (-)";
            default -> "'" + token + "'";
        };
    }

    /** Jackson's words for input that is not valid text. */
    private static final Pattern JSON_ENCODING = Pattern.compile("(Invalid UTF-8|Broken surrogate|Unexpected low"
            + " surrogate).*", Pattern.DOTALL);

    /** The problems of Jackson's JSON parser, matched on its fixed wording; the first match wins. */
    private static final List<Rule> JSON_RULES = List.of(
            rule("(?i).*unexpected end-of-input.*", "the input ends early: an object, list or string is not"
                    + " closed"),
            rule("Unrecognized token.*", "a value that is not JSON (strings need double quotes; true, false and"
                    + " null are lower case)"),
            rule("Unrecognized character escape.*", "an invalid escape sequence in a string (JSON allows \\\", \\\\,"
                    + " \\/, \\b, \\f, \\n, \\r, \\t and \\uXXXX)"),
            rule(".*expected a hex-digit for character escape sequence.*", "an invalid \\uXXXX escape sequence in a"
                    + " string"),
            rule("Illegal unquoted character.*", "a control character (such as a line break or a tab) inside a"
                    + " string; write it as an escape sequence such as \\n or \\t"),
            rule("Illegal character.*only regular white space.*", "a control character between values"),
            rule("Unexpected close marker.*", "a closing bracket that does not match the opening one"),
            rule(".*was expecting double-quote to start property name.*", "expected a key in double quotes (or the"
                    + " end of the object)"),
            rule(".*was expecting either valid name character.*", "expected a key in double quotes"),
            rule(".*was expecting a colon to separate property name and value.*", "expected a ':' after the key"),
            rule(".*was expecting comma to separate Object entries.*", "expected ',' or '}' after a value in an"
                    + " object"),
            rule(".*was expecting comma to separate Array entries.*", "expected ',' or ']' after an item of a list"),
            rule(".*maybe a \\(non-standard\\) comment.*", "a comment, which JSON does not allow"),
            rule("Non-standard token.*", "NaN or Infinity, which JSON does not allow"),
            rule("(Invalid numeric value|Malformed numeric value|Cannot parse number|Decimal point not|Exponent"
                    + " indicator|No digit following|JSON spec does not allow numbers|Hexadecimal number|Invalid"
                    + " number|Leading zeroes|Numeric value).*", "an invalid number"),
            rule(".*expected (a valid value|a value|digit).*", "expected a value (a string in double quotes, a"
                    + " number, true, false, null, an object or a list)"),
            rule(JSON_ENCODING.pattern(), "invalid characters (not UTF-8,"
                    + " or a broken surrogate pair)"),
            rule("Expected space separating root-level values.*", "more than one value at the top level"),
            rule("Unexpected character.*", "an unexpected character"));

    /**
     * @param message Jackson's message without location ({@code getOriginalMessage()}), or {@code null}
     * @return the kind of problem: invalid characters are {@code ENCODING}, everything else {@code SYNTAX}
     */
    static ManifestException.Category jsonCategory(String message) {
        return message != null && JSON_ENCODING.matcher(message).matches() ? ManifestException.Category.ENCODING
                : ManifestException.Category.SYNTAX;
    }

    /**
     * @param message Jackson's message without location ({@code getOriginalMessage()}), or {@code null}
     * @return a category of the problem, from fixed text only
     */
    static String json(String message) {
        if (message != null) {
            for (Rule r : JSON_RULES) {
                if (r.pattern.matcher(message).matches()) {
                    return r.category;
                }
            }
        }
        return "malformed JSON";
    }
}
