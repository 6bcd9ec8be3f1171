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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule {@code KF001}: every field of every typed resource against the constraints of Kargo's CRD schemas, which the
 * model carries as Bean Validation annotations: Kubernetes names, durations, URLs, allowed values, sizes and ranges.
 * Each finding points at the field (file, line and column) and says which rule the value breaks and how to fix it.
 * The {@code status} of a resource is not checked: the API server ignores it in applied manifests. Values of Secrets
 * are never quoted.
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
        context.inParallel(context.entries(), FieldConstraintsCheck::check);
    }

    private static void check(ValidationContext context, Entry entry) {
        KargoResource resource = entry.resource();
        if (resource instanceof GenericResource) {
            return;
        }
        Set<ConstraintViolation<KargoResource>> violations;
        try {
            violations = ModelValidation.validator().validate(resource);
        } catch (RuntimeException e) {
            context.report(ReadRules.CHECK_FAILED, entry, JsonPath.ROOT,
                    "the field constraints of " + resource.ref() + " could not be checked: "
                            + e.getClass().getSimpleName(),
                    "report this to the kargo4j maintainers with the manifest that triggered it");
            return;
        }
        report(context, entry, violations);
    }

    private static void report(ValidationContext context, Entry entry,
                               Set<ConstraintViolation<KargoResource>> violations) {
        KargoResource resource = entry.resource();
        boolean secret = resource instanceof Secret;
        record Item(PropertyPaths.Mapped mapped, ConstraintViolation<KargoResource> violation, boolean presence) {
        }
        List<Item> items = new ArrayList<>();
        Set<JsonPath> blank = new HashSet<>();
        for (ConstraintViolation<KargoResource> v : violations) {
            PropertyPaths.Mapped mapped = PropertyPaths.toJson(resource.getClass(), v.getPropertyPath());
            Annotation a = v.getConstraintDescriptor() == null ? null : v.getConstraintDescriptor().getAnnotation();
            boolean presence = a instanceof NotBlank || a instanceof NotEmpty || a instanceof NotNull
                    || a instanceof Size && v.getInvalidValue() instanceof CharSequence cs && cs.length() == 0;
            if (presence) {
                blank.add(mapped.path());
            }
            items.add(new Item(mapped, v, presence));
        }
        items.sort(Comparator.comparing((Item i) -> i.mapped().path().toString())
                .thenComparing(i -> i.violation().getConstraintDescriptor() == null ? ""
                        : i.violation().getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()));
        for (Item i : items) {
            // an empty value breaks its pattern too; saying it is empty is enough
            if (!i.presence() && blank.contains(i.mapped().path())) {
                continue;
            }
            String field = i.mapped().path().toString();
            Explanations.Explanation x = Explanations.explain(i.violation(), field, i.mapped().leaf(), secret);
            context.report(FIELD_CONSTRAINT, entry, i.mapped().path(), x.message(), x.hint());
        }
    }
}
