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

    /**
     * Readies what this check needs whatever the resources: tables, shapes or languages it would otherwise build on
     * its first {@link #run}. Each validator calls it once, before it first runs the check, possibly on a thread of
     * its own while files are read ({@link PipelineValidator#prepareInBackground()}), and never while it runs the
     * check; a check shared by several validators may be prepared by each, so it must be safe to call again and from
     * any thread. Preparing is optional: a check must give the same findings whether it was prepared or not. An
     * exception thrown here is dropped; the check's run meets the same fault and it is reported there
     * ({@code KR002}). The default does nothing.
     */
    default void prepare() {
    }
}
