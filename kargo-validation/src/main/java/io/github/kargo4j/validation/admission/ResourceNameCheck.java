package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.KubernetesNames.NameRule;
import io.github.kargo4j.model.core.Namespace;
import io.github.kargo4j.model.core.Secret;
import io.github.kargo4j.model.freight.Freight;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.List;
import java.util.Optional;

/**
 * Rule {@code KA036}: the {@code metadata.name} of every typed resource (the Kargo kinds, Argo Rollouts analysis
 * templates, Namespaces and Secrets) is present and follows the Kubernetes rule for its kind, which
 * {@link KubernetesNames} holds: a DNS-1123 subdomain for custom resources and Secrets, a DNS-1123 label for
 * Namespaces and for Projects (whose name becomes a namespace's name).
 *
 * <p>A resource with only {@code generateName} is reported too: the API server would make a name up on create, but
 * {@code kubectl apply} and Argo CD cannot apply a manifest without a name, and Kargo resources refer to each other
 * by name. Kargo's webhook replaces the name of a new Freight with an ID computed from its content before the API
 * server checks it, so for Freight only a missing name is reported. Kinds the model does not type are not judged.
 * Nothing of a Secret is quoted, not even its name.
 */
public final class ResourceNameCheck implements Check {

    private static final JsonPath NAME = JsonPath.ROOT.key("metadata").key("name");
    private static final String REQUIRED = "metadata.name: Required value: name or generateName is required";

    /** Creates the check. */
    public ResourceNameCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(AdmissionRules.RESOURCE_NAME);
    }

    @Override
    public void run(ValidationContext ctx) {
        for (Entry e : ctx.entries()) {
            KargoResource r = e.resource();
            if (r instanceof GenericResource) {
                continue;
            }
            NameRule rule = KubernetesNames.nameRuleOf(r);
            Optional<String> name = r.metadata().name();
            if (name.isEmpty() || name.get().isEmpty()) {
                missing(ctx, e, rule, name.isPresent());
            } else if (!(r instanceof Freight)) {
                invalid(ctx, e, rule, name.get());
            }
        }
    }

    private static String where(KargoResource r) {
        String ns = r.namespace();
        return r.kind() + (ns.isEmpty() ? "" : " in namespace \"" + ns + "\"");
    }

    private static void missing(ValidationContext ctx, Entry e, NameRule rule, boolean empty) {
        KargoResource r = e.resource();
        Optional<String> generate = r.metadata().generateName().filter(g -> !g.isEmpty());
        String what = where(r) + (empty ? " has an empty metadata.name" : " has no metadata.name");
        String message;
        if (generate.isPresent()) {
            message = what + ", only generateName \"" + generate.get() + "\": the API server would make a name up "
                    + "on create, but kubectl apply and Argo CD cannot apply a manifest without a name, and Kargo "
                    + "resources refer to each other by name";
        } else if (r instanceof Freight f) {
            message = what + " (from Warehouse \"" + f.origin().name() + "\"): kubectl apply and Argo CD cannot "
                    + "apply a manifest without a name (Kargo then replaces the name of a new Freight with an ID "
                    + "computed from its origin and artifacts)";
        } else {
            message = what + "; " + rejects("the API server", REQUIRED);
        }
        String example = generate.flatMap(g -> rule.problem(g).isEmpty() ? Optional.of(g) : rule.closest(g))
                .map(c -> ", such as \"" + c + "\"").orElse("");
        ctx.report(AdmissionRules.RESOURCE_NAME, e, NAME, message, "write metadata.name" + example
                + (generate.isPresent() ? " instead of generateName" : "") + ": " + rule.description());
    }

    private static void invalid(ValidationContext ctx, Entry e, NameRule rule, String name) {
        KargoResource r = e.resource();
        Optional<String> problem = KubernetesNames.nameProblem(r);
        if (problem.isEmpty()) {
            return;
        }
        if (r instanceof Secret) {
            // nothing of a Secret is quoted, not even its name
            ctx.report(AdmissionRules.RESOURCE_NAME, e, NAME, where(r) + ": metadata.name is not " + rule.title()
                    + "; " + rejects("the API server", rule.apiServerMessage(name)), "write a name of "
                    + rule.description() + ", and update what refers to it by name");
            return;
        }
        String says;
        if (rule == NameRule.LABEL && !(r instanceof Namespace) && NameRule.SUBDOMAIN.problem(name).isEmpty()) {
            // a valid custom resource name; Kargo's webhook then fails to create the Project's namespace
            says = rejects("Kargo", "error creating namespace \"" + name + "\": Namespace \"" + name
                    + "\" is invalid: metadata.name: Invalid value: \"" + name + "\": " + rule.apiServerMessage(name));
        } else {
            NameRule applied = r instanceof Namespace ? rule : NameRule.SUBDOMAIN;
            says = rejects("the API server", "metadata.name: Invalid value: \"" + name + "\": "
                    + applied.apiServerMessage(name));
        }
        String hint;
        if (name.contains("{{")) {
            // a quoted Helm (Go template) placeholder reads as a plain string; a name made of it helps nobody
            hint = "this is a Helm template, not a manifest: render the chart first and validate what it renders, "
                    + "such as: helm template CHART --output-dir rendered && kargo4j validate rendered";
        } else {
            hint = rule.closest(name).map(c -> "write \"" + c + "\" (" + rule.description() + ")")
                    .orElse("write a name of " + rule.description()) + ", and update what refers to it by name";
        }
        ctx.report(AdmissionRules.RESOURCE_NAME, e, NAME, problem.get() + "; " + says, hint);
    }

    /** @return who rejects the resource, and its own words (inner quotes escaped, as in a JSON string) */
    private static String rejects(String who, String text) {
        return who + " rejects it: \"" + text.replace("\"", "\\\"") + "\"";
    }
}
