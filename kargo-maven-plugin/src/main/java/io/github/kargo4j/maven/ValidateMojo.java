package io.github.kargo4j.maven;

import io.github.kargo4j.model.io.AtomicFiles;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.render.SarifRenderer;
import io.github.kargo4j.validation.render.TextRenderer;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validates the Kargo manifests of the project (default {@code src/main/kargo}) and fails the build when a finding
 * is at or above {@code failOn}. Findings are logged like compiler errors ({@code file:line:column: [CODE] message})
 * so IDEs link them, and a SARIF report is written to {@code target/kargo4j/kargo4j.sarif} for CI to upload. Bound to
 * Maven's {@code validate} phase, so a broken pipeline fails the build before anything compiles. Every parameter can
 * be set from the command line: {@code -Dkargo4j.skip}, {@code -Dkargo4j.complete}, {@code -Dkargo4j.failOn},
 * {@code -Dkargo4j.threads}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractKargoMojo {

    /** Whether the manifests hold every resource of their projects (a missing reference is then an error). */
    @Parameter(property = "kargo4j.complete", defaultValue = "false")
    private boolean complete;

    /**
     * Findings to accept: each a rule code ({@code KG003}) or a code and a path glob ({@code KG003:dev/*.yaml},
     * matched against the file's path or any tail of it). They stay in the SARIF report as suppressed; an entry that
     * matches no finding is a warning ({@code KR004}). In a manifest, a {@code # kargo4j:ignore KG003 reason}
     * comment accepts the findings of its resource.
     */
    @Parameter(property = "kargo4j.suppress")
    private List<String> suppress = new ArrayList<>();

    /** {@code error} or {@code warning}: the least serious finding that fails the build. */
    @Parameter(property = "kargo4j.failOn", defaultValue = "error")
    private String failOn;

    /**
     * How many threads read the manifests and run the checks; 0 (the default) for one per available processor. The
     * report is the same whatever the number.
     */
    @Parameter(property = "kargo4j.threads", defaultValue = "0")
    private int threads;

    @Override
    protected String what() {
        return "validation";
    }

    @Override
    protected void run(List<Path> dirs) throws MojoFailureException {
        Severity threshold = switch (failOn.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> throw new MojoFailureException("kargo4j: failOn must be error or warning, not \"" + failOn
                    + "\": set <failOn> in the plugin's configuration or -Dkargo4j.failOn to one of them");
        };
        if (threads < 0) {
            throw new MojoFailureException("kargo4j: threads must be 0 (one per processor) or more, not " + threads
                    + ": set <threads> in the plugin's configuration or -Dkargo4j.threads");
        }
        PipelineValidator validator;
        try {
            validator = PipelineValidator.builder().complete(complete).allowEmpty(allowEmpty()).suppress(suppress)
                    .scope(scope()).threads(threads == 0 ? PipelineValidator.Builder.defaultThreads() : threads)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("kargo4j: suppress: " + e.getMessage());
        }
        Report report = validator.validate(dirs);
        logSkipped(report.skipped());
        TextRenderer text = TextRenderer.withColour(false);
        for (Finding f : report.findings()) {
            String line = text.render(f);
            switch (f.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                default -> getLog().info(line);
            }
        }
        Path sarif = outputDirectory().resolve("kargo4j.sarif");
        AtomicFiles.write(sarif, SarifRenderer.builder().baseDirectory(basedir()).build()
                .render(report));
        getLog().info("kargo4j: " + report.summary() + "; SARIF report " + sarif);
        if (report.hasFindingsAtOrAbove(threshold)) {
            throw new MojoFailureException("kargo4j: " + report.atLeast(threshold).findings().size()
                    + " finding(s) at or above " + threshold.label() + "; see above");
        }
        long warnings = report.count(Severity.WARNING);
        if (warnings > 0) {
            getLog().warn("kargo4j: " + warnings + (warnings == 1 ? " warning" : " warnings") + " above: the build"
                    + " does not fail on warnings (failOn=" + threshold.label() + "); fix "
                    + (warnings == 1 ? "it" : "them") + ", or accept a known finding with a"
                    + " # kargo4j:ignore CODE reason comment in its manifest");
        }
    }
}
