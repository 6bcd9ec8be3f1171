package io.github.kargo4j.builders.freight;

import io.github.kargo4j.builders.Durations;
import io.github.kargo4j.model.stage.AutoPromotionOptions;
import io.github.kargo4j.model.stage.AvailabilityStrategy;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.model.stage.SelectionPolicy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A request for Freight that must first be verified in upstream Stages ({@code sources.stages}). Made by
 * {@code FreightRequests.fromWarehouse(w).viaStages(...)}; each method returns a new, changed request.
 *
 * <pre>{@code
 * FreightRequests.fromWarehouse("app").viaStages("test-eu", "test-us").requireAll().soak(Duration.ofMinutes(90))
 * // sources: {direct: false, stages: [test-eu, test-us], availabilityStrategy: All, requiredSoakTime: 1h30m}
 * }</pre>
 *
 * <p>Only what was asked for is written: without {@link #requireAll()} / {@link #requireOne()} no
 * {@code availabilityStrategy} is written (Kargo's default is {@code OneOf}), without {@link #soak(Duration)} no
 * {@code requiredSoakTime}, without a selection policy no {@code autoPromotionOptions}. {@code direct: false} is
 * always written, as the seed manifests do, to state that the Warehouse is not a direct source.
 */
public final class UpstreamRequest extends FreightRequestIntent {

    private static final Pattern DURATION = Pattern.compile(FreightSources.DURATION);

    private final List<String> stages;
    private final AvailabilityStrategy strategy;
    private final String soak;
    private final SelectionPolicy selection;

    UpstreamRequest(String warehouse, List<String> stages, AvailabilityStrategy strategy, String soak,
            SelectionPolicy selection) {
        super(warehouse);
        this.stages = stages;
        this.strategy = strategy;
        this.soak = soak;
        this.selection = selection;
    }

    /** @return the upstream Stages' names, in the order given */
    public List<String> stages() {
        return stages;
    }

    /**
     * Freight must be verified (and soaked) in <em>every</em> upstream Stage ({@code availabilityStrategy: All}):
     * the join after parallel test Stages.
     *
     * @return the changed request
     */
    public UpstreamRequest requireAll() {
        return new UpstreamRequest(warehouse(), stages, AvailabilityStrategy.ALL, soak, selection);
    }

    /**
     * Freight must be verified (and soaked) in at least one upstream Stage ({@code availabilityStrategy: OneOf}),
     * written explicitly although it is Kargo's default.
     *
     * @return the changed request
     */
    public UpstreamRequest requireOne() {
        return new UpstreamRequest(warehouse(), stages, AvailabilityStrategy.ONE_OF, soak, selection);
    }

    /**
     * Freight must have spent this long, continuously and after verification, in an upstream Stage
     * ({@code requiredSoakTime}, written like {@code 1h30m}).
     *
     * @param soakTime the soak time; zero removes the requirement
     * @return the changed request
     * @throws IllegalArgumentException if the soak time is negative
     */
    public UpstreamRequest soak(Duration soakTime) {
        Objects.requireNonNull(soakTime, "soakTime");
        String text = soakTime.isZero() ? null : Durations.format(soakTime);
        return new UpstreamRequest(warehouse(), stages, strategy, text, selection);
    }

    /**
     * @param soakTime the soak time in Kargo's form, such as {@code 1h} or {@code 90m}
     * @return the changed request
     * @throws IllegalArgumentException if the text does not match Kargo's duration rule
     *                                  ({@code ^([0-9]+(\.[0-9]+)?(s|m|h))+$}: no {@code ms}, no days)
     */
    public UpstreamRequest soak(String soakTime) {
        Objects.requireNonNull(soakTime, "soakTime");
        if (!DURATION.matcher(soakTime).matches()) {
            throw new IllegalArgumentException("\"" + soakTime + "\" is not a Kargo duration: use one or more "
                    + "<number><h|m|s>, such as 1h30m (no ms, no days)");
        }
        return new UpstreamRequest(warehouse(), stages, strategy, soakTime, selection);
    }

    /**
     * Auto-promotion takes the Freight currently in the upstream Stage instead of the newest available Freight
     * ({@code autoPromotionOptions.selectionPolicy: MatchUpstream}, Kargo v1.8): the Stage follows its upstream,
     * including rollbacks there.
     *
     * @return the changed request
     * @throws IllegalStateException unless the request names exactly one upstream Stage, which Kargo requires
     */
    public UpstreamRequest matchUpstream() {
        if (stages.size() != 1) {
            throw new IllegalStateException("MatchUpstream follows the Freight currently in the one upstream Stage, "
                    + "so the request for Freight from Warehouse \"" + warehouse() + "\" must name exactly one "
                    + "upstream Stage; it names " + stages.size() + ": " + String.join(", ", stages));
        }
        return new UpstreamRequest(warehouse(), stages, strategy, soak, SelectionPolicy.MATCH_UPSTREAM);
    }

    /**
     * Auto-promotion takes the newest available Freight ({@code selectionPolicy: NewestFreight}), written
     * explicitly although it is Kargo's default.
     *
     * @return the changed request
     */
    public UpstreamRequest newestFreight() {
        return new UpstreamRequest(warehouse(), stages, strategy, soak, SelectionPolicy.NEWEST_FREIGHT);
    }

    @Override
    public FreightSources sources() {
        FreightSources.Builder b = FreightSources.builder().direct(false).addAllStages(stages);
        if (strategy != null) {
            b.availabilityStrategy(strategy);
        }
        if (soak != null) {
            b.requiredSoakTime(soak);
        }
        if (selection != null) {
            b.autoPromotionOptions(AutoPromotionOptions.of(selection));
        }
        return b.build();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("FreightRequests.fromWarehouse(\"").append(warehouse())
                .append("\").viaStages(\"").append(String.join("\", \"", stages)).append("\")");
        if (strategy != null) {
            sb.append(strategy == AvailabilityStrategy.ALL ? ".requireAll()" : ".requireOne()");
        }
        if (soak != null) {
            sb.append(".soak(\"").append(soak).append("\")");
        }
        if (selection != null) {
            sb.append(selection == SelectionPolicy.MATCH_UPSTREAM ? ".matchUpstream()" : ".newestFreight()");
        }
        return sb.toString();
    }
}
