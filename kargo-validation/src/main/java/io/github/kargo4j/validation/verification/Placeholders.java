package io.github.kargo4j.validation.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The double-brace placeholders of a text, found the way Argo Rollouts finds them (the fasttemplate library): each
 * opening <code>&#123;&#123;</code> starts a tag that ends at the next <code>&#125;&#125;</code>, and the tag, with
 * surrounding whitespace removed, is looked up among {@code args.<name>} of the run's arguments. A tag that is not
 * found, and an opening that is never closed, make the AnalysisRun fail before anything is measured.
 */
final class Placeholders {

    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";
    private static final String ARGS = "args.";

    private Placeholders() {
    }

    /**
     * A placeholder.
     *
     * @param text   the placeholder as written, braces included ({@code {{ args.url }}}); for an unclosed one, the
     *               rest of the text from the opening braces
     * @param tag    what Argo Rollouts looks up: the text between the braces without surrounding whitespace
     * @param closed whether closing braces end it
     * @param kargo  whether it is written as a Kargo expression, {@code ${{ }}}
     */
    record Placeholder(String text, String tag, boolean closed, boolean kargo) {

        /** @return the argument it names, when it is {@code args.<name>} */
        Optional<String> argument() {
            return closed && tag.startsWith(ARGS) ? Optional.of(tag.substring(ARGS.length())) : Optional.empty();
        }
    }

    /**
     * @param text a string of a metric
     * @return its placeholders, in order
     */
    static List<Placeholder> in(String text) {
        List<Placeholder> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf(OPEN, from);
            if (open < 0) {
                return out;
            }
            boolean kargo = open > 0 && text.charAt(open - 1) == '$';
            int close = text.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                out.add(new Placeholder(text.substring(open), text.substring(open + OPEN.length()).strip(), false,
                        kargo));
                return out;
            }
            out.add(new Placeholder(text.substring(open, close + CLOSE.length()),
                    text.substring(open + OPEN.length(), close).strip(), true, kargo));
            from = close + CLOSE.length();
        }
    }

    /**
     * @param text a value
     * @return whether it holds a placeholder, so that Argo Rollouts decides its final value only when the analysis
     *     runs
     */
    static boolean has(String text) {
        return text.contains(OPEN);
    }
}
