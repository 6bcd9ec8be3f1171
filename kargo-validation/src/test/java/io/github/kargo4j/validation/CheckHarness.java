package io.github.kargo4j.validation;

import java.util.List;

/**
 * Runs chosen checks on a set of entries outside a {@link PipelineValidator}, so that tests and benchmarks of one
 * family of rules do not depend on the other built-in checks. A check that throws fails the caller (the validator
 * would turn it into a {@code KR002} finding).
 */
public final class CheckHarness {

    private CheckHarness() {
    }

    /**
     * @param entries  the resources
     * @param complete whether the set is declared complete
     * @param checks   the checks to run, in order
     * @return every finding, in report order
     */
    public static List<Finding> run(List<Entry> entries, boolean complete, List<Check> checks) {
        ValidationContext context = new ValidationContext(entries, complete);
        for (Check c : checks) {
            c.run(context);
        }
        return new Report(context.findings(), entries.size()).findings();
    }
}
