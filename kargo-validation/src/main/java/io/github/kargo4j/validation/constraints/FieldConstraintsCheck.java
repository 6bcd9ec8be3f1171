package io.github.kargo4j.validation.constraints;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.core.Secret;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.validation.Category;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.ReadRules;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.ValidationContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Rule {@code KF001}: every field of every typed resource against the constraints of Kargo's CRD schemas, which the
 * model carries as Bean Validation annotations: Kubernetes names, durations, URLs, allowed values, sizes and ranges.
 * Each finding points at the field (file, line and column) and says which rule the value breaks and how to fix it.
 * The {@code status} of a resource is not checked: the API server ignores it in applied manifests. Values of Secrets
 * are never quoted.
 *
 * <p>The constraints are checked by {@code ModelConstraints}, a table made at build time from the model's annotations:
 * no Bean Validation provider runs, and no reflection per resource. Kinds registered with a codec beyond the model's own
 * have no table and are not checked here.
 */
public final class FieldConstraintsCheck implements Check {

    /** A field breaks a constraint of Kargo's CRD schema. */
    public static final Rule FIELD_CONSTRAINT = Rule.of("KF001", "field-constraint", Category.FIELD, Severity.ERROR,
            "A field breaks a constraint of Kargo's CRD schema (a name, duration, URL, allowed value, size or"
                    + " range)");

    @Override
    public List<Rule> rules() {
        return List.of(FIELD_CONSTRAINT);
    }

    @Override
    public void run(ValidationContext context) {
        context.inParallel(context.entries(), PerEntry.INSTANCE);
    }

    /** Checks one resource (a named class, not a method reference: no call site to link at start-up). */
    private static final class PerEntry implements BiConsumer<ValidationContext, Entry> {
        static final PerEntry INSTANCE = new PerEntry();

        @Override
        public void accept(ValidationContext context, Entry entry) {
            check(context, entry);
        }
    }

    private static void check(ValidationContext context, Entry entry) {
        KargoResource resource = entry.resource();
        if (resource instanceof GenericResource) {
            return;
        }
        Violations violations = new Violations();
        try {
            if (!ModelConstraints.validate(resource, violations)) {
                return;
            }
        } catch (RuntimeException e) {
            context.report(ReadRules.CHECK_FAILED, entry, JsonPath.ROOT,
                    "the field constraints of " + resource.ref() + " could not be checked: "
                            + e.getClass().getSimpleName(),
                    "report this to the kargo4j maintainers with the manifest that triggered it");
            return;
        }
        report(context, entry, violations.list());
    }

    /**
     * Reports violations as findings: by path, then by annotation name; a value found empty is reported once, as
     * empty, rather than also as breaking its pattern or size.
     *
     * @param context    where findings go
     * @param entry      the resource
     * @param violations what it breaks, in any order
     */
    /** A violation with its field's path, as text, and whether it is of a value found empty. */
    private record Item(Violations.Violation violation, String field, boolean presence) {
    }

    /** By field, then by annotation name (a named class, not a comparator of lambdas: no call site to link). */
    private static final class ItemOrder implements Comparator<Item> {
        static final ItemOrder INSTANCE = new ItemOrder();

        @Override
        public int compare(Item a, Item b) {
            int byField = a.field().compareTo(b.field());
            return byField != 0 ? byField
                    : a.violation().constraint().annotation().compareTo(b.violation().constraint().annotation());
        }
    }

    static void report(ValidationContext context, Entry entry, List<Violations.Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        boolean secret = entry.resource() instanceof Secret;
        List<Item> items = new ArrayList<>(violations.size());
        Set<JsonPath> blank = new HashSet<>();
        for (Violations.Violation v : violations) {
            boolean presence = Constraint.isPresence(v.constraint(), v.value());
            if (presence) {
                blank.add(v.path());
            }
            items.add(new Item(v, v.path().toString(), presence));
        }
        items.sort(ItemOrder.INSTANCE);
        for (Item i : items) {
            // an empty value breaks its pattern too; saying it is empty is enough
            if (!i.presence() && blank.contains(i.violation().path())) {
                continue;
            }
            Explanations.Explanation x = Explanations.explain(i.violation(), i.field(), secret);
            context.report(FIELD_CONSTRAINT, entry, i.violation().path(), x.message(), x.hint());
        }
    }
}
