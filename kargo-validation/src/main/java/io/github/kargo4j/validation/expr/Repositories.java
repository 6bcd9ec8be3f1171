package io.github.kargo4j.validation.expr;

import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;

import java.util.List;
import java.util.Locale;

/** Matches the repository URL given to commitFrom, imageFrom or chartFrom with a Warehouse's subscriptions. */
final class Repositories {

    private Repositories() {
    }

    /**
     * @param w          a Warehouse
     * @param function   {@code commitFrom}, {@code imageFrom} or {@code chartFrom}
     * @param url        the repository URL given to the function
     * @param chartName  the chart name given to chartFrom, or null
     * @param subscribed receives the URLs of the Warehouse's subscriptions of the function's kind
     * @return whether the Warehouse subscribes to that repository (and chart)
     */
    static boolean subscribes(Warehouse w, String function, String url, String chartName, List<String> subscribed) {
        boolean found = false;
        for (Subscription s : w.spec().subscriptions()) {
            switch (function) {
                case "commitFrom" -> {
                    if (s.git().isPresent()) {
                        String repo = s.git().get().repoURL();
                        subscribed.add(repo);
                        found |= normalizeGit(repo).equals(normalizeGit(url));
                    }
                }
                case "imageFrom" -> {
                    if (s.image().isPresent()) {
                        String repo = s.image().get().repoURL();
                        subscribed.add(repo);
                        found |= normalizeImage(repo).equals(normalizeImage(url));
                    }
                }
                default -> {
                    if (s.chart().isPresent()) {
                        String repo = s.chart().get().repoURL();
                        String name = s.chart().get().name().orElse("");
                        subscribed.add(name.isEmpty() ? repo : repo + " (chart " + name + ")");
                        found |= normalizeUrl(repo).equals(normalizeUrl(url))
                                && (chartName == null || name.isEmpty() || name.equals(chartName));
                    }
                }
            }
        }
        return found;
    }

    /** Lower-cases scheme and host, drops trailing slashes. */
    static String normalizeUrl(String url) {
        String s = url.trim();
        String scheme = "";
        int schemeEnd = s.indexOf("://");
        if (schemeEnd >= 0) {
            scheme = s.substring(0, schemeEnd).toLowerCase(Locale.ROOT) + "://";
            s = s.substring(schemeEnd + 3);
        }
        int slash = s.indexOf('/');
        String host = (slash < 0 ? s : s.substring(0, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : s.substring(slash);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return scheme + host + path;
    }

    /**
     * As {@link #normalizeUrl(String)}, also dropping a trailing {@code .git}, and lower case throughout like Kargo's
     * {@code urls.NormalizeGit} (pkg/urls/git.go, v1.11.2), so {@code https://example.com/Deploy} and
     * {@code https://example.com/deploy.git} name the same repository.
     */
    static String normalizeGit(String url) {
        String s = normalizeUrl(url).toLowerCase(Locale.ROOT);
        if (s.toLowerCase(Locale.ROOT).endsWith(".git")) {
            s = s.substring(0, s.length() - 4);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** As {@link #normalizeUrl(String)}, also treating Docker Hub's implicit host and library/ prefix alike. */
    static String normalizeImage(String url) {
        String s = normalizeUrl(url).toLowerCase(Locale.ROOT);
        for (String hub : new String[] {"docker.io/", "index.docker.io/", "registry-1.docker.io/"}) {
            if (s.startsWith(hub)) {
                s = s.substring(hub.length());
                break;
            }
        }
        if (s.startsWith("library/")) {
            s = s.substring("library/".length());
        }
        return s;
    }
}
