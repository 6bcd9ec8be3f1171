package io.github.kargo4j.model;

import org.immutables.value.Value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Immutables style of kargo4j: an abstract {@code AbstractStage} generates the public immutable
 * {@code Stage} with {@code Stage.builder()}, {@code stage.toBuilder()}, {@code from()} and {@code with*()}
 * copies; collections are JDK
 * unmodifiable collections, never {@code null}; list adders use the singular ({@code addStep}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeAbstract = "Abstract*",
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        jdkOnly = true,
        depluralize = true,
        depluralizeDictionary = {
            "promotionPolicy:promotionPolicies", "policy:policies", "entry:entries", "alias:aliases",
            "status:statuses", "freight:freight", "metadata:metadata", "data:data", "criteria:criteria",
            "matchIndex:matchIndices", "index:indices", "address:addresses", "analysis:analyses",
            "history:histories", "query:queries", "class:classes", "regex:regexes", "process:processes"
        },
        optionalAcceptNullable = true,
        defaults = @Value.Immutable(copy = true),
        toBuilder = "toBuilder",
        headerComments = false,
        redactedMask = "<redacted>",
        allowedClasspathAnnotations = {Override.class})
public @interface KargoStyle {
}
