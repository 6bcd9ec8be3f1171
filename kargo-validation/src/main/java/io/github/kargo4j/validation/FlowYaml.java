package io.github.kargo4j.validation;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;

/**
 * One line of flow-style YAML ({@code {uses: git-clone, config: {repoURL: ...}}}), the form replacements take in
 * hints and fixes. The quoting is the YAML writer's ({@link KargoCodec#toFlowYaml}): one rule for what may stay
 * plain, so that a hint says exactly what {@code print} and {@code migrate} would write.
 */
public final class FlowYaml {

    private FlowYaml() {
    }

    /**
     * @param v a JSON value
     * @return it as one line of flow-style YAML
     */
    public static String write(JsonValue v) {
        return KargoCodec.toFlowYaml(v);
    }

    /**
     * @param s a string
     * @return the string as a YAML scalar: plain where YAML reads it back as the same string, else quoted
     */
    public static String scalar(String s) {
        return KargoCodec.toFlowYaml(JsonString.of(s));
    }
}
