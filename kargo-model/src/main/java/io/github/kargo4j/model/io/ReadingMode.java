package io.github.kargo4j.model.io;

import java.util.List;
import java.util.function.Supplier;

/**
 * How the document being built on this thread is read: the one place that says it, for the binder and for the name
 * checks of the model's builders.
 *
 * <ul>
 * <li><b>Not reading</b> (the default, code that builds resources): a typed resource refuses a missing or broken
 * {@code metadata.name} ({@link io.github.kargo4j.model.KubernetesNames#requireName}).</li>
 * <li><b>Reading strictly</b> ({@link KargoCodec#bind}, or {@link #reading(Supplier)}): names are not checked, so that
 * a manifest without a name still loads and the validator can report it with its file, line and column; a value
 * that does not fit its type fails the binding.</li>
 * <li><b>Reading leniently</b> (the codec reading a document): names are not checked either, and a value that does
 * not fit its type is kept as written among the unknown fields of the object that holds it, its problem going to the
 * list the reader gave.</li>
 * </ul>
 *
 * <p>The mode is a thread-local because the name checks run inside the model's builders, which take no parameters;
 * it is set only for the length of an action and always restored after it, whatever the action throws.
 */
public final class ReadingMode {

    private static final ThreadLocal<ReadingMode> CURRENT = new ThreadLocal<>();
    private static final ReadingMode STRICT = new ReadingMode(null);

    /** Where lenient reading puts the values that do not fit; {@code null} when reading strictly. */
    private final List<BindException> problems;

    private ReadingMode(List<BindException> problems) {
        this.problems = problems;
    }

    /** @return whether a document is being read on this thread, strictly or leniently (names are then not checked) */
    public static boolean isReading() {
        return CURRENT.get() != null;
    }

    /**
     * Runs an action as reading a document: typed resources may be built without a valid name. If a document is
     * being read already, its mode stays as it is.
     *
     * @param action builds something
     * @param <T>    what it builds
     * @return what it built
     */
    public static <T> T reading(Supplier<T> action) {
        return isReading() ? action.get() : run(STRICT, action);
    }

    /**
     * Runs a binding leniently: a property value that does not fit its type is kept as written among the unknown
     * fields of the object that holds it, and the problem is added to {@code problems}, instead of failing the whole
     * binding. An object that still cannot be built (a required property missing or not fitting) fails as a whole,
     * and its parent keeps it as written in turn.
     *
     * @param action   the binding
     * @param problems where the problems go, in document order
     * @param <T>      the result type
     * @return what the action returns
     */
    static <T> T lenient(Supplier<T> action, List<BindException> problems) {
        return run(new ReadingMode(problems), action);
    }

    /** @return where the problems of the lenient reading on this thread go, or {@code null} when it is strict */
    static List<BindException> lenientProblems() {
        ReadingMode mode = CURRENT.get();
        return mode == null ? null : mode.problems;
    }

    private static <T> T run(ReadingMode mode, Supplier<T> action) {
        ReadingMode was = CURRENT.get();
        CURRENT.set(mode);
        try {
            return action.get();
        } finally {
            // set, not remove, when nothing was set before: a remove per document expunges the thread's map
            CURRENT.set(was);
        }
    }
}
