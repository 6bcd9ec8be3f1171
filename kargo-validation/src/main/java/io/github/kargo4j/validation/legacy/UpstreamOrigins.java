package io.github.kargo4j.validation.legacy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The origin Warehouses each Stage's Freight comes from, computed as Kargo v0.8's migration did for Stages written
 * with {@code spec.subscriptions}: a Stage's own Warehouses (its {@code subscriptions.warehouse}, or the origins of
 * its {@code requestedFreight}), otherwise the union of its upstream Stages' origins. Used by the legacy rules to name
 * the replacement of {@code subscriptions.upstreamStages}, and by {@code kargo4j migrate} to write it.
 *
 * <p>Iterative (no recursion a long chain could overflow) and linear in Stages plus upstream links; results are
 * memoised. Stages on a cycle see the origins reached before the cycle closes; a Stage that is not known has none.
 *
 * @param <S> how a Stage is represented (a typed {@code Stage}, a raw document, ...)
 */
public final class UpstreamOrigins<S> {

    private final Map<String, S> stages;
    private final Function<S, Set<String>> own;
    private final Function<S, List<String>> upstream;
    private final Map<String, Set<String>> memo = new HashMap<>();

    /**
     * @param stages   the Stages of one namespace, by name
     * @param own      a Stage's own origin Warehouses (empty when it only takes Freight from upstream Stages)
     * @param upstream the names of a Stage's upstream Stages
     */
    public UpstreamOrigins(Map<String, S> stages, Function<S, Set<String>> own, Function<S, List<String>> upstream) {
        this.stages = Objects.requireNonNull(stages, "stages");
        this.own = Objects.requireNonNull(own, "own");
        this.upstream = Objects.requireNonNull(upstream, "upstream");
    }

    /**
     * @param stage a Stage name
     * @return the origin Warehouses of its Freight, in the order found; empty when none can be found
     */
    public Set<String> of(String stage) {
        Set<String> done = memo.get(stage);
        if (done != null) {
            return done;
        }
        Set<String> onStack = new LinkedHashSet<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push(stage);
        while (!stack.isEmpty()) {
            String cur = stack.peek();
            if (memo.containsKey(cur)) {
                stack.pop();
                continue;
            }
            S s = stages.get(cur);
            if (s == null) {
                memo.put(cur, Set.of());
                stack.pop();
                continue;
            }
            Set<String> mine = own.apply(s);
            if (!mine.isEmpty()) {
                memo.put(cur, mine);
                stack.pop();
                continue;
            }
            List<String> ups = upstream.apply(s);
            if (onStack.add(cur)) {
                for (String u : ups) {
                    if (!memo.containsKey(u) && !onStack.contains(u)) {
                        stack.push(u);
                    }
                }
                continue;
            }
            Set<String> union = new LinkedHashSet<>();
            for (String u : ups) {
                union.addAll(memo.getOrDefault(u, Set.of()));
            }
            memo.put(cur, union);
            onStack.remove(cur);
            stack.pop();
        }
        return memo.getOrDefault(stage, Set.of());
    }

    /**
     * @param stage a Stage name whose origins were computed with {@link #of(String)}
     * @return the origins computed so far for it (empty if not computed)
     */
    public Set<String> computed(String stage) {
        return memo.getOrDefault(stage, Set.of());
    }
}
