package io.github.kargo4j.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order in which a model type's JSON properties are written: Kargo's documented order. Every attribute of the
 * type must be listed exactly once (checked when the type is first bound).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PropertyOrder {
    /** @return JSON property names in writing order */
    String[] value();
}
