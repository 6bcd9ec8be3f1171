package io.github.kargo4j.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON name of a model attribute whose Java name differs from it ({@code ifCondition()} is {@code if},
 * {@code kindAsString()} is {@code kind}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface JsonName {
    /** @return the JSON property name */
    String value();
}
