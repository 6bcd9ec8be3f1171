package io.github.kargo4j.model.steps;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a required step property that the builder may leave unset, so that the configuration's own check (not
 * Immutables' generic text) reports it, naming the step and the property. Once built, such a property is never
 * {@code null}.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
@interface Nullable {
}
