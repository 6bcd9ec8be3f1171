package io.github.kargo4j.validation;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ReadResult;

import java.util.List;

/** Test helpers: validate YAML text. */
public final class Validate {

    private Validate() {
    }

    /**
     * @param yaml one or more documents
     * @return the report of the default validator (a read error becomes KR001)
     */
    public static Report yaml(String yaml) {
        return yaml(PipelineValidator.create(), yaml);
    }

    /**
     * @param validator a validator
     * @param yaml      one or more documents
     * @return the report
     */
    public static Report yaml(PipelineValidator validator, String yaml) {
        return validator.validate(read(yaml, "test.yaml"));
    }

    /**
     * @param yaml   documents
     * @param source the source name
     * @return what the codec read, errors included
     */
    public static ReadResult read(String yaml, String source) {
        try {
            List<Manifest> manifests = KargoCodec.create().parse(yaml, source);
            return new ReadResult(manifests, List.of());
        } catch (ManifestException e) {
            return new ReadResult(List.of(), List.of(e));
        }
    }
}
