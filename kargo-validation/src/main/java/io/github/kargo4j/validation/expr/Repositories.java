package io.github.kargo4j.validation.expr;

import io.github.kargo4j.model.RepoUrls;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;

import java.util.List;
import java.util.Set;

/**
 * Matches the repository URL given to commitFrom, imageFrom or chartFrom with a Warehouse's subscriptions, the way
 * Kargo v1.11 looks it up.
 *
 * <p>In a promotion (steps, verification) the functions search the Freight ({@code freight.FindCommit},
 * {@code FindImage}, {@code FindChart}): a Git URL matches after {@link RepoUrls#git normalization}, but an image or
 * chart repository only as the subscription writes it, and a chart's name must be the one given ({@code ""} when
 * none is). In a Warehouse's {@code freightCreationCriteria} they search the discovered artifacts, and every URL is
 * normalized ({@link RepoUrls#image}, {@link RepoUrls#chart}); a chart name left out matches any chart.
 */
final class Repositories {

    /** How a URL given to a function matches a subscription. */
    enum Match {
        /** The function finds the subscription's artifacts. */
        FOUND,
        /** The same repository written differently, which Kargo does not treat as the same: the function fails. */
        WRITTEN_DIFFERENTLY,
        /** No subscription of that repository. */
        NONE
    }

    /** The functions that look a repository up by the URL of their first argument. */
    static final Set<String> FUNCTIONS = Set.of("commitFrom", "imageFrom", "chartFrom");

    private Repositories() {
    }

    /**
     * @param w          a Warehouse
     * @param function   {@code commitFrom}, {@code imageFrom} or {@code chartFrom}
     * @param url        the repository URL given to the function
     * @param chartName  the chart name given to chartFrom, or null when none is given
     * @param discovered whether the function searches discovered artifacts (a Warehouse's creation criteria)
     *                   rather than Freight
     * @param subscribed receives the URLs of the Warehouse's subscriptions of the function's kind
     * @return how the Warehouse's subscriptions match
     */
    static Match subscribes(Warehouse w, String function, String url, String chartName, boolean discovered,
                            List<String> subscribed) {
        Match best = Match.NONE;
        for (Subscription s : w.spec().subscriptions()) {
            Match m = Match.NONE;
            switch (function) {
                case "commitFrom" -> {
                    if (s.git().isPresent()) {
                        String repo = s.git().get().repoURL();
                        subscribed.add(repo);
                        m = RepoUrls.git(repo).equals(RepoUrls.git(url)) ? Match.FOUND : Match.NONE;
                    }
                }
                case "imageFrom" -> {
                    if (s.image().isPresent()) {
                        String repo = s.image().get().repoURL();
                        subscribed.add(repo);
                        m = repo.equals(url) ? Match.FOUND
                                : !RepoUrls.image(repo).equals(RepoUrls.image(url)) ? Match.NONE
                                : discovered ? Match.FOUND : Match.WRITTEN_DIFFERENTLY;
                    }
                }
                default -> {
                    if (s.chart().isPresent()) {
                        String repo = s.chart().get().repoURL();
                        String name = s.chart().get().name().orElse("");
                        subscribed.add(name.isEmpty() ? repo : repo + " (chart " + name + ")");
                        String given = chartName == null ? "" : chartName;
                        if (discovered) {
                            m = RepoUrls.chart(repo).equals(RepoUrls.chart(url))
                                    && (given.isEmpty() || given.equals(name)) ? Match.FOUND : Match.NONE;
                        } else if (repo.equals(url) && name.equals(given)) {
                            m = Match.FOUND;
                        } else if (RepoUrls.chart(repo).equals(RepoUrls.chart(url))
                                && (name.equals(given) || given.isEmpty())) {
                            m = Match.WRITTEN_DIFFERENTLY;
                        }
                    }
                }
            }
            if (m.ordinal() < best.ordinal()) {
                best = m;
            }
        }
        return best;
    }
}
