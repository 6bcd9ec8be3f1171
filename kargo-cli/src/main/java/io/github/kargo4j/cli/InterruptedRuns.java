package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.AtomicFiles;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Says in one line what an interrupted earlier run left behind and what was done about it. */
final class InterruptedRuns {

    private InterruptedRuns() {
    }

    /**
     * @param leftovers what {@link AtomicFiles#cleanUp} did, or (for a dry run) what {@link AtomicFiles#leftovers}
     *                  would be done
     * @param done      whether it was done (otherwise it is what a run without --dry-run would do)
     * @param err       where to say it
     */
    static void report(List<AtomicFiles.Leftover> leftovers, boolean done, PrintWriter err) {
        List<AtomicFiles.Leftover> shown = leftovers.stream()
                .filter(l -> l.action() != AtomicFiles.Leftover.Action.IN_USE).toList();
        if (shown.isEmpty()) {
            return;
        }
        String what = shown.stream().map(l -> l.describe(done)).collect(Collectors.joining("; "));
        err.println(done ? "kargo4j: cleaned up after an interrupted run: " + what
                : "kargo4j: note: an interrupted run left files behind; a run without --dry-run cleans them up: "
                        + what);
        err.flush();
    }
}
