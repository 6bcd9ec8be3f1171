package io.github.kargo4j.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;

/**
 * The launcher's training run on JDKs before 24: the everyday commands once each on an example directory, in one JVM,
 * their output thrown away, so that the AppCDS archive made of the classes the run loaded holds those of every one of
 * them, not only of {@code validate}. Not a command of its own: the {@code kargo4j} launcher runs it as
 * {@code java -cp kargo-cli-all.jar io.github.kargo4j.cli.Training DIR}. (The AOT cache of JDK 24 and later is trained
 * on {@code validate} alone: it loads every class it holds when the JVM starts.)
 */
public final class Training {

    private Training() {
    }

    /**
     * @param args one argument: a directory of Kargo manifests
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp kargo-cli-all.jar io.github.kargo4j.cli.Training DIRECTORY");
            System.exit(2);
            return;
        }
        String dir = args[0];
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Terminal terminal = new Terminal(false, Map.of());
        String[][] commands = {
            {"validate", dir},
            {"validate", "--format", "json", dir},
            {"print", dir},
            {"graph", dir},
            {"explain", "KG003"},
            {"--help"},
        };
        for (String[] command : commands) {
            int status = Main.run(command, nowhere, nowhere, terminal);
            if (status != 0) {
                // the archive is still made, of fewer classes: say which command did not run through
                System.err.println("kargo4j training: '" + String.join(" ", command) + "' ended with status " + status);
            }
        }
    }
}
