package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A subscription to a Helm chart ({@code subscriptions[].chart}), in a classic HTTP(S) chart repository (then
 * {@link #name()} is required) or in an OCI registry (then the URL names the chart and {@code name} must be
 * absent). The removed {@code registryURL} (replaced by {@code repoURL} in Kargo v0.4) is not typed and stays in
 * {@link #unknownFields()}.
 */
@Value.Immutable
@PropertyOrder({"repoURL", "name", "semverConstraint", "discoveryLimit", "insecureSkipTLSVerify"})
public abstract class AbstractChartSubscription {

    /** The rule for chart repository URLs: {@code http://}, {@code https://} or {@code oci://}, then host and path. */
    public static final String CHART_REPO = "^(((https?)|(oci))://)(([\\w\\d\\.\\-]+)(:([\\d]+)?)?(/.*)*)$";

    /**
     * @return the repository URL (required): a classic repository ({@code https://charts.example.com}) or an OCI
     *     repository that is the chart itself ({@code oci://ghcr.io/example/charts/app})
     */
    public abstract @NotBlank @Pattern(regexp = CHART_REPO) String repoURL();

    /**
     * @return the chart name within a classic repository: required for {@code http(s)://} URLs, forbidden for
     *     {@code oci://} URLs
     */
    public abstract Optional<String> name();

    /**
     * @return a semantic version constraint on chart versions, such as {@code ^1.0.0}; absent means none, so the
     *     latest version is always used (beware of breaking changes)
     */
    public abstract Optional<String> semverConstraint();

    /** @return how many chart versions discovery keeps after filtering, 1 to 100; absent means 20 */
    public abstract Optional<@Min(1) @Max(100) Integer> discoveryLimit();

    /** @return whether TLS certificate errors are ignored when connecting; absent means {@code false} (v1.10) */
    public abstract Optional<Boolean> insecureSkipTLSVerify();

    /** @return fields this model does not know (such as the removed {@code registryURL}), kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return whether {@link #repoURL()} is an OCI repository ({@code oci://}), in which {@code name} must be absent */
    public boolean isOci() {
        return repoURL().startsWith("oci://");
    }
}
