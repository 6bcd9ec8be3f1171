package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/** AWS Signature Version 4 signing of a metric request. */
@Value.Immutable
@PropertyOrder({"region", "profile", "roleArn"})
public abstract class AbstractSigv4Config {

    /** @return the AWS region */
    public abstract Optional<String> region();

    /** @return the AWS credentials profile */
    public abstract Optional<String> profile();

    /** @return the ARN of an IAM role to assume */
    public abstract Optional<String> roleArn();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
