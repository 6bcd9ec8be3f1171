package io.github.kargo4j.builders.freight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The first half of a Freight request: the origin Warehouse. Choose where the Stage may obtain the Freight to get a
 * complete request.
 */
public final class WarehouseSource {

    private final String warehouse;

    WarehouseSource(String warehouse) {
        this.warehouse = requireName(warehouse, "warehouse");
    }

    /** @return the origin Warehouse's name */
    public String warehouse() {
        return warehouse;
    }

    /**
     * Freight is available as soon as the Warehouse produces it ({@code sources.direct: true}): the first Stage(s)
     * of a pipeline. Upstream Stages, availability strategy and soak time have no meaning here, so a direct request
     * offers none of them.
     *
     * @return the request
     */
    public DirectRequest direct() {
        return new DirectRequest(warehouse);
    }

    /**
     * Freight is available once it has been verified in upstream Stages ({@code sources.stages}, with
     * {@code direct: false}); by default in at least one of them ({@code OneOf}), see
     * {@link UpstreamRequest#requireAll()}.
     *
     * @param stages the upstream Stages' names, at least one, no duplicates
     * @return the request
     * @throws IllegalArgumentException if no Stage is given, a name is blank, or a name repeats
     */
    public UpstreamRequest viaStages(String... stages) {
        return viaStages(Arrays.asList(Objects.requireNonNull(stages, "stages")));
    }

    /**
     * @param stages the upstream Stages' names, at least one, no duplicates
     * @return the request
     * @throws IllegalArgumentException if no Stage is given, a name is blank, or a name repeats
     * @see #viaStages(String...)
     */
    public UpstreamRequest viaStages(Collection<String> stages) {
        Objects.requireNonNull(stages, "stages");
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a request for Freight from Warehouse \"" + warehouse + "\" via "
                    + "upstream Stages needs at least one Stage; for Freight straight from the Warehouse use "
                    + "direct()");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String s : stages) {
            if (!seen.add(requireName(s, "stage"))) {
                throw new IllegalArgumentException("upstream Stage \"" + s + "\" is listed twice");
            }
        }
        return new UpstreamRequest(warehouse, List.copyOf(new ArrayList<>(seen)), null, null, null);
    }

    /**
     * Shortcut for {@code viaStages(upstream).matchUpstream()}: auto-promotion takes the Freight currently in the one
     * upstream Stage rather than the newest available one.
     *
     * @param upstream the one upstream Stage's name
     * @return the request
     */
    public UpstreamRequest matchUpstream(String upstream) {
        return viaStages(upstream).matchUpstream();
    }

    static String requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException("the " + what + " name must not be blank");
        }
        return name;
    }
}
