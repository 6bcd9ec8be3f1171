package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;

import java.util.List;

/** Runs the validator over inline YAML, for the admission and legacy rule tests. */
public final class TestValidation {

    private static final KargoCodec CODEC = KargoCodec.create();

    private TestValidation() {
    }

    /**
     * @param yaml one or more documents
     * @return the report of the default validator (a partial set)
     */
    public static Report validate(String yaml) {
        return PipelineValidator.create().validateManifests(CODEC.parse(yaml, "test.yaml"));
    }

    /**
     * @param yaml one or more documents
     * @param code a rule code
     * @return the findings of that code
     */
    public static List<Finding> findings(String yaml, String code) {
        return validate(yaml).withCodes(code).findings();
    }
}
