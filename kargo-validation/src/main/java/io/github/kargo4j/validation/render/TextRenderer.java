package io.github.kargo4j.validation.render;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;

/**
 * Compiler-style text, one finding per line with its hint below, then a summary:
 *
 * <pre>
 * kargo/stages.yaml:14:27: error[KF001] spec.requestedFreight[0].sources.requiredSoakTime "1d" is not a duration like 5m or 1h30m
 *   = hint: Kargo durations use only s, m and h: write "24h"
 * 1 error, 0 warnings, 0 info in 12 resources
 * </pre>
 *
 * <p>A finding about a resource built in code (no file) is located by the resource and the JSON path:
 * {@code Stage demo/dev (spec.requestedFreight): error[KF001] ...}. ANSI colours are off unless asked for. Immutable.
 */
public final class TextRenderer implements Renderer {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String CYAN = "\u001b[1;36m";
    private static final String BLUE = "\u001b[1;34m";
    private static final String GREEN = "\u001b[1;32m";

    private static final TextRenderer PLAIN = new TextRenderer(false);
    private static final TextRenderer COLOUR = new TextRenderer(true);

    private final boolean colour;

    private TextRenderer(boolean colour) {
        this.colour = colour;
    }

    /** @return a renderer without colours */
    public static TextRenderer create() {
        return PLAIN;
    }

    /**
     * @param colour whether to colour the output with ANSI escape sequences (for a terminal)
     * @return a renderer
     */
    public static TextRenderer withColour(boolean colour) {
        return colour ? COLOUR : PLAIN;
    }

    /** @return whether this renderer writes ANSI colours */
    public boolean colour() {
        return colour;
    }

    @Override
    public String render(Report report) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : report.findings()) {
            appendFinding(f, sb);
        }
        appendSummary(report, sb);
        return sb.append('\n').toString();
    }

    /**
     * @param f a finding
     * @return its line and, if it has one, its hint line (no trailing newline)
     */
    public String render(Finding f) {
        StringBuilder sb = new StringBuilder();
        appendFinding(f, sb);
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private void appendFinding(Finding f, StringBuilder sb) {
        String location = f.location();
        String sev = f.severity().label() + "[" + f.code() + "]";
        if (colour) {
            sb.append(BOLD).append(location).append(':').append(RESET).append(' ')
                    .append(colourOf(f.severity())).append(sev).append(RESET).append(' ')
                    .append(BOLD).append(oneLine(f.message())).append(RESET).append('\n');
        } else {
            sb.append(location).append(": ").append(sev).append(' ').append(oneLine(f.message())).append('\n');
        }
        if (!f.hint().isEmpty()) {
            sb.append("  ").append(colour ? BLUE + "= hint:" + RESET : "= hint:").append(' ')
                    .append(oneLine(f.hint())).append('\n');
        }
    }

    private void appendSummary(Report report, StringBuilder sb) {
        if (!colour) {
            sb.append(report.summary());
            return;
        }
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long infos = report.count(Severity.INFO);
        int resources = report.resourceCount();
        String counts = paint(errors > 0 ? RED : "", errors + (errors == 1 ? " error" : " errors")) + ", "
                + paint(warnings > 0 ? YELLOW : "", warnings + (warnings == 1 ? " warning" : " warnings")) + ", "
                + paint(infos > 0 ? CYAN : "", infos + " info");
        if (report.findings().isEmpty()) {
            counts = paint(GREEN, "no findings");
        }
        sb.append(counts).append(" in ").append(resources).append(resources == 1 ? " resource" : " resources")
                .append(report.summaryExtras());
    }

    private String paint(String code, String text) {
        return colour && !code.isEmpty() ? code + text + RESET : text;
    }

    private static String colourOf(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    /** Keeps one finding on one line (and escape sequences out of the terminal) whatever a message holds. */
    private static String oneLine(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append(c == '\n' || c == '\t' || c == '\r' ? ' ' : '?');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
