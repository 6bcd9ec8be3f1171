package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One item of {@code spec.subscriptions}: an object with <b>exactly one</b> top-level key naming the kind of
 * repository, {@code git}, {@code image} or {@code chart}. Any other key is a generic subscription of a type this
 * model does not type; it stays in {@link #unknownFields()} and {@link #other()} reads it. Kargo v1.11 only has
 * subscribers for git, image and chart and rejects any other key ({@code no matching registration found}).
 *
 * <p>The API server does not check these items (the CRD leaves them open); Kargo's webhook rejects an item with
 * zero or several keys. This model keeps such an item as written; {@link #type()} is then empty.
 */
@Value.Immutable
@PropertyOrder({"git", "image", "chart"})
public abstract class AbstractSubscription {

    /** The key of a Git subscription. */
    public static final String GIT = "git";
    /** The key of an image subscription. */
    public static final String IMAGE = "image";
    /** The key of a chart subscription. */
    public static final String CHART = "chart";

    private static final Set<String> TYPED = Set.of(GIT, IMAGE, CHART);

    /** @return the subscription to a Git repository, if this item is one */
    public abstract Optional<@Valid GitSubscription> git();

    /** @return the subscription to a container image repository, if this item is one */
    public abstract Optional<@Valid ImageSubscription> image();

    /** @return the subscription to a Helm chart repository, if this item is one */
    public abstract Optional<@Valid ChartSubscription> chart();

    /** @return keys other than git, image and chart (a generic subscription), kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @return the name of the single top-level key: {@code git}, {@code image}, {@code chart} or the type of a
     *     generic subscription; empty if the item has no key or several (which Kargo rejects)
     */
    public Optional<String> type() {
        int typed = (git().isPresent() ? 1 : 0) + (image().isPresent() ? 1 : 0) + (chart().isPresent() ? 1 : 0);
        int total = typed + unknownFields().size();
        if (total != 1) {
            return Optional.empty();
        }
        if (typed == 0) {
            return Optional.of(unknownFields().keyAt(0));
        }
        return Optional.of(git().isPresent() ? GIT : image().isPresent() ? IMAGE : CHART);
    }

    /**
     * @return the generic subscription when this item is one (its single key is neither git, image nor chart):
     *     the key (the subscription type) and its value bound as a {@link GenericSubscription}; empty otherwise
     * @throws io.github.kargo4j.model.io.ManifestException if the value does not have the shape of a generic
     *     subscription (for example it is not an object, or has no {@code name})
     */
    public Optional<Map.Entry<String, GenericSubscription>> other() {
        Optional<String> type = type();
        if (type.isEmpty() || TYPED.contains(type.get())) {
            return Optional.empty();
        }
        GenericSubscription value = KargoCodec.bind(GenericSubscription.class,
                unknownFields().getOrNull(type.get()));
        return Optional.of(new AbstractMap.SimpleImmutableEntry<>(type.get(), value));
    }

    /**
     * @param git a Git subscription
     * @return the item {@code {git: ...}}
     */
    public static Subscription git(GitSubscription git) {
        return Subscription.builder().git(git).build();
    }

    /**
     * @param image an image subscription
     * @return the item {@code {image: ...}}
     */
    public static Subscription image(ImageSubscription image) {
        return Subscription.builder().image(image).build();
    }

    /**
     * @param chart a chart subscription
     * @return the item {@code {chart: ...}}
     */
    public static Subscription chart(ChartSubscription chart) {
        return Subscription.builder().chart(chart).build();
    }

    /**
     * @param type    the subscription type (the item's single key); not git, image or chart
     * @param generic the subscription
     * @return the item {@code {<type>: ...}}
     * @throws IllegalArgumentException if {@code type} is empty or names a typed subscription
     */
    public static Subscription generic(String type, GenericSubscription generic) {
        if (type == null || type.isEmpty() || TYPED.contains(type)) {
            throw new IllegalArgumentException("a generic subscription type must be non-empty and not one of "
                    + TYPED + ": " + type);
        }
        return Subscription.builder()
                .unknownFields(JsonObject.builder().put(type, KargoCodec.toTree(generic)).build())
                .build();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param git the Git subscription
         * @return this builder
         */
        public abstract Subscription.Builder git(GitSubscription git);

        /**
         * @param git configures the Git subscription
         * @return this builder
         */
        public Subscription.Builder git(Consumer<GitSubscription.Builder> git) {
            GitSubscription.Builder b = GitSubscription.builder();
            git.accept(b);
            return git(b.build());
        }

        /**
         * @param image the image subscription
         * @return this builder
         */
        public abstract Subscription.Builder image(ImageSubscription image);

        /**
         * @param image configures the image subscription
         * @return this builder
         */
        public Subscription.Builder image(Consumer<ImageSubscription.Builder> image) {
            ImageSubscription.Builder b = ImageSubscription.builder();
            image.accept(b);
            return image(b.build());
        }

        /**
         * @param chart the chart subscription
         * @return this builder
         */
        public abstract Subscription.Builder chart(ChartSubscription chart);

        /**
         * @param chart configures the chart subscription
         * @return this builder
         */
        public Subscription.Builder chart(Consumer<ChartSubscription.Builder> chart) {
            ChartSubscription.Builder b = ChartSubscription.builder();
            chart.accept(b);
            return chart(b.build());
        }
    }
}
