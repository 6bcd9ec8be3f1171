package io.github.kargo4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;

/** {@code kargo4j version}. */
@Command(name = "version", mixinStandardHelpOptions = true,
        header = "Print the kargo4j version and the Kargo API it targets.")
final class VersionCommand implements Callable<Integer> {

    @ParentCommand
    private Kargo4jCommand parent;

    /** @return the kargo4j version from the packaged properties */
    static String version() {
        try (InputStream in = VersionCommand.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** @return what {@code kargo4j version} prints: the version, the APIs it targets and the Java it runs on */
    static String line() {
        return "kargo4j " + version() + " (Kargo v1.11, kargo.akuity.io/v1alpha1; Argo Rollouts "
                + "argoproj.io/v1alpha1; Java " + Runtime.version().feature() + ")";
    }

    @Override
    public Integer call() {
        parent.out().println(line());
        parent.out().flush();
        return 0;
    }
}
