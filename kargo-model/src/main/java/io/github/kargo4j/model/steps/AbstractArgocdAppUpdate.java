package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.ExactlyOne;
import io.github.kargo4j.model.steps.Constraints.MinItems;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An Argo CD Application to update ({@code apps[]} of {@code argocd-update}), named or selected
 * by labels (exactly one of {@code name} and {@code selector}). The Application must carry the annotation
 * {@code kargo.akuity.io/authorized-stage: <project>:<stage>}.
 */
@Value.Immutable
@ExactlyOne({"name", "selector"})
@PropertyOrder({"name", "namespace", "selector", "sources"})
public abstract class AbstractArgocdAppUpdate {

    /** @return the name of the Application; excludes {@code selector} */
    @MinLength(1)
    public abstract Optional<String> name();

    /** @return the namespace of the Application; by default Kargo's Argo CD namespace */
    @MinLength(1)
    public abstract Optional<String> namespace();

    /** @return the labels that select Applications; excludes {@code name} */
    public abstract Optional<ArgocdAppSelector> selector();

    /** @return the sources of the Application to update */
    @MinItems(1)
    public abstract List<ArgocdSourceUpdate> sources();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code name} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param name the value
         * @return this builder
         */
        public final ArgocdAppUpdate.Builder name(CharSequence name) {
            return name(TextValues.text(name));
        }

        /**
         * @param name the value
         * @return this builder
         */
        public abstract ArgocdAppUpdate.Builder name(String name);

        /**
         * Sets {@code namespace} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param namespace the value
         * @return this builder
         */
        public final ArgocdAppUpdate.Builder namespace(CharSequence namespace) {
            return namespace(TextValues.text(namespace));
        }

        /**
         * @param namespace the value
         * @return this builder
         */
        public abstract ArgocdAppUpdate.Builder namespace(String namespace);

        /**
         * @param selector the labels that select Applications; excludes {@code name}
         * @return this builder
         */
        public abstract ArgocdAppUpdate.Builder selector(ArgocdAppSelector selector);

        /**
         * @param selector configures the labels that select Applications; excludes {@code name}
         * @return this builder
         */
        public ArgocdAppUpdate.Builder selector(Consumer<ArgocdAppSelector.Builder> selector) {
            ArgocdAppSelector.Builder b = ArgocdAppSelector.builder();
            selector.accept(b);
            return selector(b.build());
        }

        /**
         * @param source one of the sources of the Application to update
         * @return this builder
         */
        public abstract ArgocdAppUpdate.Builder addSource(ArgocdSourceUpdate source);

        /**
         * @param source configures one of the sources of the Application to update
         * @return this builder
         */
        public ArgocdAppUpdate.Builder addSource(Consumer<ArgocdSourceUpdate.Builder> source) {
            ArgocdSourceUpdate.Builder b = ArgocdSourceUpdate.builder();
            source.accept(b);
            return addSource(b.build());
        }
    }
}
