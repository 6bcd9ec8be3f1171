package io.github.kargo4j.validation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * The name, version and web addresses of kargo4j, as written into JSON and SARIF reports and used for links to the
 * rule documentation.
 */
public final class ToolInfo {

    /** The tool name in reports. */
    public static final String NAME = "kargo4j";
    /** The project's home page. */
    public static final String INFORMATION_URI = "https://github.com/kargo4j/kargo4j";
    /** The rule documentation ({@code docs/rules.md}) on the project's home page. */
    public static final String RULES_URI = INFORMATION_URI + "/blob/main/docs/rules.md";

    private static final String VERSION = readVersion();

    private ToolInfo() {
    }

    /** @return the version of this kargo4j build, such as {@code 0.1.0}, or {@code dev} when run from sources */
    public static String version() {
        return VERSION;
    }

    /**
     * @param rule a rule
     * @return the anchor of the rule's section in {@code docs/rules.md}, such as {@code kg001-stage-cycle}
     */
    public static String anchor(Rule rule) {
        return anchor(rule.code(), rule.name());
    }

    /**
     * @param code a rule code
     * @param name the rule's name
     * @return the anchor GitHub gives the heading {@code CODE name}
     */
    public static String anchor(String code, String name) {
        String heading = (code + " " + name).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(heading.length());
        for (int i = 0; i < heading.length(); i++) {
            char c = heading.charAt(i);
            if (c == ' ') {
                sb.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * @param rule a rule
     * @return the web address of the rule's documentation
     */
    public static String helpUri(Rule rule) {
        return RULES_URI + "#" + anchor(rule);
    }

    private static String readVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("kargo4j-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            return v.isBlank() || v.startsWith("${") ? "dev" : v.trim();
        } catch (IOException | IllegalArgumentException e) {
            return "dev";
        }
    }
}
