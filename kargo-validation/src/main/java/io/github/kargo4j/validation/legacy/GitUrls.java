package io.github.kargo4j.validation.legacy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognizes the SSH forms of Git URLs that Kargo deprecated in v1.10, and suggests the HTTPS equivalent. */
final class GitUrls {

    private static final Pattern SSH = Pattern.compile("^ssh://(?:[\\w-]+(?::[^@]*)?@)?([\\w-]+(?:\\.[\\w-]+)*)"
            + "(?::\\d{1,5})?(/.*)$");
    private static final Pattern SCP = Pattern.compile("^[\\w-]+@([\\w+]+(?:\\.[\\w-]+)*):/?(.*)$");

    private GitUrls() {
    }

    /** @return whether the URL is an {@code ssh://} or SCP-style ({@code git@host:path}) Git URL */
    static boolean isSsh(String url) {
        return url.startsWith("ssh://") || SCP.matcher(url).matches();
    }

    /** @return the HTTPS URL of the same repository on the same host, when it can be derived */
    static Optional<String> https(String url) {
        Matcher m = SSH.matcher(url);
        if (m.matches()) {
            return Optional.of("https://" + m.group(1) + m.group(2));
        }
        m = SCP.matcher(url);
        if (m.matches()) {
            return Optional.of("https://" + m.group(1) + "/" + m.group(2));
        }
        return Optional.empty();
    }

    /** @return a hint that names the HTTPS URL to use */
    static String hint(String url) {
        return "use the HTTPS URL" + https(url).map(u -> " " + u).orElse("") + " with a token (username and "
                + "password) or GitHub App credentials; SSH URLs and sshPrivateKey credentials stop working in Kargo "
                + "v1.13";
    }
}
