package io.github.kargo4j.validation;

import java.util.List;

/**
 * A unit of validation work that reports findings for one or more {@link Rule rules}. Checks never throw on any
 * model they are given: a check that meets something it cannot judge says nothing about it.
 */
public interface Check {

    /** @return the rules this check can report */
    List<Rule> rules();

    /**
     * @param context the resources being validated and how to report
     */
    void run(ValidationContext context);
}
