package io.github.kargo4j.cli;

import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.RuleDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code kargo4j explain CODE}. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        header = "Explain a finding code, with a bad and a fixed example.",
        description = {"Print the documentation of a finding code, with a bad and a fixed example.",
            "Without a code, list every code."})
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    private Kargo4jCommand parent;

    @Parameters(paramLabel = "CODE", arity = "0..1", description = "A finding code, such as KG001.")
    private String code;

    @Override
    public Integer call() {
        if (code == null) {
            PipelineValidator.rules().values().forEach(r -> parent.out().printf("%s  %-8s %-34s %s%n", r.code(),
                    r.severity().label(), r.name(), r.summary()));
            parent.out().flush();
            return 0;
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        Optional<String> doc = RuleDocs.explain(wanted);
        if (doc.isEmpty()) {
            throw new UserError("unknown code " + code + "; run 'kargo4j explain' to list every code");
        }
        parent.out().print(doc.get().endsWith("\n") ? doc.get() : doc.get() + "\n");
        parent.out().flush();
        return 0;
    }
}
