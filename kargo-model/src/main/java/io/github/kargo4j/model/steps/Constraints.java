package io.github.kargo4j.model.steps;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules a step's {@code config} must follow, written on the typed configuration classes of this package: the
 * rules of the step's JSON Schema in Kargo (required properties, lengths, item counts, ranges, allowed values,
 * patterns, formats, one-of combinations) and the few that Kargo applies in code. {@link StepConfigRules} reads them
 * once per type and checks a configuration against them, whether it was built in Java or read from YAML, so both
 * apply the same rules with the same messages.
 *
 * <p>Property rules go on the accessor. Rules about a single value ({@link MinLength}, {@link Pattern},
 * {@link Format}, {@link AllowedValues}, {@link Minimum}, {@link Maximum}) apply to each item of a list or each value
 * of a map; {@link MinItems}, {@link MinProperties} and {@link UniqueItems} apply to the list or map itself. Object
 * rules ({@link ExactlyOne}, {@link AtMostOne}, {@link AtLeastOne}, {@link Requires}, {@link UniqueBy}) go on the
 * class and name properties by their JSON names.
 *
 * <p>A value given as a {@code ${{ }}} expression is decided only when the promotion runs: no rule is applied to it,
 * and a combination rule fails only if it fails whatever the expression yields.
 */
public final class Constraints {

    private Constraints() {
    }

    /** The property must be present (Kargo: {@code "x is required"}). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Required {
    }

    /** A string of at least this many characters (Unicode code points). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface MinLength {
        /** @return the least length */
        int value();
    }

    /** A list of at least this many items. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface MinItems {
        /** @return the least number of items */
        int value();
    }

    /** A map, or the whole configuration (on a class), with at least this many entries. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    public @interface MinProperties {
        /** @return the least number of entries */
        int value();

        /** @return what an entry is called in messages, such as {@code output} */
        String noun() default "entry";
    }

    /** A whole number of at least this value. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Minimum {
        /** @return the least value */
        long value();
    }

    /** A whole number of at most this value. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Maximum {
        /** @return the greatest value */
        long value();
    }

    /** A string that is one of these values. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface AllowedValues {
        /** @return the allowed values */
        String[] value();
    }

    /** A string in which this regular expression (RE2 syntax, unanchored, as in JSON Schema) finds a match. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Pattern {
        /** @return the regular expression */
        String value();

        /** @return what a matching value looks like, for messages, such as {@code a duration like 30s or 5m} */
        String description();
    }

    /** A string in a well-known format. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Format {
        /** @return the format: {@code email} or {@code uri} */
        String value();
    }

    /**
     * The object accepts properties it does not describe: Kargo's schema leaves it open (the root of
     * {@code git-tag}), so an unknown key is not a problem there.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface OpenObject {
    }

    /** A list whose items are all different. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface UniqueItems {
    }

    /**
     * When a property counts as set in a combination rule. A {@code ${{ }}} expression may or may not be set.
     */
    public enum Presence {
        /** the key is present, whatever its value */
        PRESENT,
        /** a value that is not null, {@code ""} or {@code false} (an empty list or map counts) */
        VALUE,
        /** a value that is not null, {@code ""}, {@code false}, an empty list or an empty map */
        NON_EMPTY
    }

    /** Exactly one of the properties must be set. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Repeatable(ExactlyOneOf.class)
    public @interface ExactlyOne {
        /** @return the JSON names of the alternatives */
        String[] value();

        /** @return when a property counts as set */
        Presence when() default Presence.VALUE;
    }

    /** Holds repeated {@link ExactlyOne} rules. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface ExactlyOneOf {
        /** @return the rules */
        ExactlyOne[] value();
    }

    /** At most one of the properties may be set. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Repeatable(AtMostOneOf.class)
    public @interface AtMostOne {
        /** @return the JSON names of the alternatives */
        String[] value();

        /** @return when a property counts as set */
        Presence when() default Presence.VALUE;
    }

    /** Holds repeated {@link AtMostOne} rules. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface AtMostOneOf {
        /** @return the rules */
        AtMostOne[] value();
    }

    /** At least one of the properties must be set. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Repeatable(AtLeastOneOf.class)
    public @interface AtLeastOne {
        /** @return the JSON names of the alternatives */
        String[] value();

        /** @return when a property counts as set */
        Presence when() default Presence.NON_EMPTY;
    }

    /** Holds repeated {@link AtLeastOne} rules. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface AtLeastOneOf {
        /** @return the rules */
        AtLeastOne[] value();
    }

    /** When {@link #property()} is set ({@code true}, or a non-empty value), {@link #requires()} must be set too. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Repeatable(RequiresAll.class)
    public @interface Requires {
        /** @return the JSON name of the property that asks for the other */
        String property();

        /** @return the JSON name of the property that must then be set */
        String requires();
    }

    /** Holds repeated {@link Requires} rules. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface RequiresAll {
        /** @return the rules */
        Requires[] value();
    }

    /**
     * The items of list {@link #list()} must not share a non-empty value of {@link #key()} (a rule Kargo applies in
     * code, such as unique {@code checkout[].as} aliases of {@code git-clone}).
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface UniqueBy {
        /** @return the JSON name of the list */
        String list();

        /** @return the JSON name of the key property of each item */
        String key();

        /** @return what the key is called in messages, such as {@code checkout alias} */
        String noun();
    }
}
