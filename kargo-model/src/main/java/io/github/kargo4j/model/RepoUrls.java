package io.github.kargo4j.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kargo's URL normalizations (Kargo v1.11 package {@code urls}), which decide when two subscriptions are the same
 * repository: case, user info, trailing {@code /} and {@code .git} for Git; registry defaults, tags and digests for
 * images and OCI charts. This is the one place kargo4j compares repository URLs.
 *
 * <p>Where Kargo compares URLs as written, so does kargo4j: {@code imageFrom} and {@code chartFrom} look a
 * repository up by its {@code repoURL} exactly as the subscription writes it; only {@code commitFrom} (and the
 * admission rules on Warehouses and Freight) normalize.
 */
public final class RepoUrls {

    private static final Pattern SCP = Pattern.compile("^((?:[\\w-]+@)?[\\w-]+(?:\\.[\\w-]+)*)(?::(.*))?$");
    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final String DOCKER_HUB = "index.docker.io";

    private RepoUrls() {
    }

    /** Drops non-printable characters and surrounding spaces. */
    static String sanitize(String url) {
        int n = url.length();
        int i = 0;
        while (i < n && url.charAt(i) >= 0x20 && url.charAt(i) < 0x7f) {
            i++;
        }
        if (i == n) {
            return url.strip();   // printable ASCII, as nearly every URL is: nothing to drop
        }
        StringBuilder sb = new StringBuilder(url.length());
        url.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.isDefined(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString().strip();
    }

    /**
     * @param repo a Git repository URL as written
     * @return the normalized Git URL ({@code urls.NormalizeGit})
     */
    public static String git(String repo) {
        String r = sanitize(repo.toLowerCase(Locale.ROOT));
        boolean http = r.startsWith("http://") || r.startsWith("https://");
        if (http || r.startsWith("ssh://")) {
            int schemeEnd = r.indexOf("://") + 3;
            int pathStart = r.indexOf('/', schemeEnd);
            String authority = pathStart < 0 ? r.substring(schemeEnd) : r.substring(schemeEnd, pathStart);
            String rest = pathStart < 0 ? "" : r.substring(pathStart);
            if (rest.contains("?") || authority.contains("?")) {
                return repo;
            }
            String fragment = "";
            int hash = rest.indexOf('#');
            if (hash >= 0) {
                fragment = rest.substring(hash);
                rest = rest.substring(0, hash);
            }
            if (http) {
                int at = authority.lastIndexOf('@');
                if (at >= 0) {
                    authority = authority.substring(at + 1);
                }
            }
            return r.substring(0, schemeEnd) + authority + trimPath(rest) + fragment;
        }
        Matcher m = SCP.matcher(r);
        if (!m.matches()) {
            return repo;
        }
        String path = m.group(2) == null ? "" : trimPath(m.group(2));
        return path.isEmpty() ? "ssh://" + m.group(1) : "ssh://" + m.group(1) + "/" + path;
    }

    private static String trimPath(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.endsWith(".git") ? p.substring(0, p.length() - 4) : p;
    }

    /**
     * @param repoURL an image repository as written
     * @return the normalized image repository ({@code urls.NormalizeImage})
     */
    public static String image(String repoURL) {
        String r = sanitize(repoURL.toLowerCase(Locale.ROOT));
        String base = r;
        int at = base.indexOf('@');
        if (at >= 0) {
            base = base.substring(0, at);
        }
        int slash = base.lastIndexOf('/');
        int colon = base.lastIndexOf(':');
        if (colon > slash) {
            base = base.substring(0, colon);
        }
        String registry = DOCKER_HUB;
        String repo = base;
        int first = base.indexOf('/');
        if (first >= 0) {
            String head = base.substring(0, first);
            if (head.contains(".") || head.contains(":") || head.equals("localhost")) {
                registry = head.equals("docker.io") ? DOCKER_HUB : head;
                repo = base.substring(first + 1);
            }
        }
        if (repo.isEmpty() || registry.isEmpty() || !validRegistry(registry)) {
            return repoURL;
        }
        for (String component : repo.split("/", -1)) {
            if (!COMPONENT.matcher(component).matches()) {
                return repoURL;
            }
        }
        if (registry.equals(DOCKER_HUB) && !repo.contains("/")) {
            repo = "library/" + repo;
        }
        if (registry.equals(DOCKER_HUB) || registry.equals("registry-1.docker.io")) {
            return repo.startsWith("library/") ? repo.substring("library/".length()) : repo;
        }
        return registry + "/" + repo;
    }

    private static boolean validRegistry(String registry) {
        return REGISTRY.matcher(registry).matches() || IPV6_REGISTRY.matcher(registry).matches();
    }

    private static final Pattern REGISTRY = Pattern.compile("[a-z0-9.\\-]+(:[0-9]+)?");
    private static final Pattern IPV6_REGISTRY = Pattern.compile("\\[[0-9a-f:]+\\](:[0-9]+)?");

    /**
     * @param repoURL a chart repository ({@code https://...} or {@code oci://...})
     * @param name    the chart name ({@code ""} for OCI repositories, whose URL names the chart)
     * @return the chart as Kargo's Freight webhook identifies it:
     *     {@code path.Join(urls.NormalizeChart(repoURL), name)}
     */
    public static String chartKey(String repoURL, String name) {
        return pathJoin(chart(repoURL), name);
    }

    /** @return Go's {@code path.Join(a, b)}: the non-empty elements joined by {@code /}, then cleaned */
    static String pathJoin(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return "";
        }
        return pathClean(a.isEmpty() ? b : a + "/" + b);
    }

    /**
     * @return Go's {@code path.Clean}: repeated slashes as one, {@code .} elements dropped, {@code ..} elements
     *     dropped with the element before them, no trailing slash, {@code .} for nothing
     */
    static String pathClean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.charAt(0) == '/';
        int n = path.length();
        StringBuilder out = new StringBuilder(n);
        int r = 0;
        int dotdot = 0;
        if (rooted) {
            out.append('/');
            r = 1;
            dotdot = 1;
        }
        while (r < n) {
            char c = path.charAt(r);
            if (c == '/') {
                r++;
            } else if (c == '.' && (r + 1 == n || path.charAt(r + 1) == '/')) {
                r++;
            } else if (c == '.' && path.charAt(r + 1) == '.' && (r + 2 == n || path.charAt(r + 2) == '/')) {
                r += 2;
                if (out.length() > dotdot) {
                    int w = out.length() - 1;
                    while (w > dotdot && out.charAt(w) != '/') {
                        w--;
                    }
                    out.setLength(w);
                } else if (!rooted) {
                    if (out.length() > 0) {
                        out.append('/');
                    }
                    out.append("..");
                    dotdot = out.length();
                }
            } else {
                if (rooted && out.length() != 1 || !rooted && out.length() != 0) {
                    out.append('/');
                }
                while (r < n && path.charAt(r) != '/') {
                    out.append(path.charAt(r++));
                }
            }
        }
        return out.length() == 0 ? "." : out.toString();
    }

    /**
     * @param repo a chart repository as written
     * @return the normalized chart repository ({@code urls.NormalizeChart})
     */
    public static String chart(String repo) {
        String r = sanitize(repo);
        String lower = r.toLowerCase(Locale.ROOT);
        return image(lower.startsWith("oci://") ? lower.substring("oci://".length()) : lower);
    }
}
