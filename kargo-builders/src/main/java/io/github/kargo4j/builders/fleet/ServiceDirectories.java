package io.github.kargo4j.builders.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the services of a fleet the way the seed's generator script does: every directory directly below a
 * {@code services/} directory is one service, named after the directory.
 *
 * <pre>{@code
 * ServiceDirectories.Scan scan = ServiceDirectories.scan(Path.of("services"));
 * scan.services();   // [api-gateway, nginx, ...], sorted
 * scan.rejected();   // directories that cannot be services, each with the reason
 * }</pre>
 *
 * <p>What is not a service: plain files (ignored), hidden entries whose name starts with {@code .} (ignored, such
 * as {@code .git}), and symbolic links that point outside the services directory or nowhere (rejected, so that a
 * link cannot pull a directory from elsewhere into the fleet). A link to a directory inside the services
 * directory is a service under the link's name. Names are not checked here; {@link ServiceTemplate#namesOf} does
 * that.
 */
public final class ServiceDirectories {

    private ServiceDirectories() {
    }

    /**
     * A directory entry that is refused as a service.
     *
     * @param name   the entry's name
     * @param reason why, such as "is a symbolic link to /etc, outside services"
     */
    public record Rejected(String name, String reason) {
        /** Checks that nothing is null. */
        public Rejected {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * What a scan found.
     *
     * @param services the service names, sorted
     * @param rejected the entries refused as services, sorted by name
     */
    public record Scan(List<String> services, List<Rejected> rejected) {
        /** Copies the lists. */
        public Scan {
            services = List.copyOf(services);
            rejected = List.copyOf(rejected);
        }
    }

    /**
     * @param servicesDirectory the directory holding one directory per service
     * @return the services found and the entries refused
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public static Scan scan(Path servicesDirectory) {
        Objects.requireNonNull(servicesDirectory, "servicesDirectory");
        List<String> services = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        try {
            Path root = servicesDirectory.toRealPath();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(servicesDirectory)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (name.startsWith(".")) {
                        continue;
                    }
                    Optional<String> problem = problem(root, entry);
                    if (problem.isPresent()) {
                        rejected.add(new Rejected(name, problem.get()));
                    } else if (Files.isDirectory(entry)) {
                        services.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the services directory " + servicesDirectory + ": "
                    + e.getMessage(), e);
        }
        services.sort(Comparator.naturalOrder());
        rejected.sort(Comparator.comparing(Rejected::name));
        return new Scan(services, rejected);
    }

    /**
     * Finds one service by name, as given on a command line.
     *
     * @param servicesDirectory the directory holding one directory per service
     * @param name              the service name: one plain directory name
     * @return the service's directory
     * @throws IllegalArgumentException if the name has a path separator or is {@code .} or {@code ..}, or is
     *                                  hidden, or the directory does not exist, or is a symbolic link pointing
     *                                  outside the services directory
     */
    public static Path resolve(Path servicesDirectory, String name) {
        Objects.requireNonNull(servicesDirectory, "servicesDirectory");
        Objects.requireNonNull(name, "name");
        plainName(name).ifPresent(p -> {
            throw new IllegalArgumentException("service name \"" + name + "\" " + p);
        });
        Path entry = servicesDirectory.resolve(name);
        if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("there is no service " + name + ": " + entry + " does not exist");
        }
        try {
            Optional<String> problem = problem(servicesDirectory.toRealPath(), entry);
            if (problem.isPresent()) {
                throw new IllegalArgumentException("service " + name + ": " + entry + " " + problem.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry + ": " + e.getMessage(), e);
        }
        if (!Files.isDirectory(entry)) {
            throw new IllegalArgumentException("service " + name + ": " + entry + " is not a directory");
        }
        return entry;
    }

    /**
     * @param name a candidate file or directory name
     * @return why it is not one plain, visible name (a path separator, {@code .} or {@code ..}, a leading dot, a
     *     control character, empty), or empty if it is
     */
    public static Optional<String> plainName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            return Optional.of("is empty");
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("is a relative path (" + name + "), not a name");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return Optional.of("contains a path separator; give the name of one directory");
        }
        if (name.startsWith(".")) {
            return Optional.of("starts with '.', which marks hidden directories");
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return Optional.of("contains a control character");
            }
        }
        return Optional.empty();
    }

    /** A symbolic link to a directory is refused unless that directory is inside the root; a broken one too. */
    private static Optional<String> problem(Path root, Path entry) throws IOException {
        if (!Files.isSymbolicLink(entry)) {
            return Optional.empty();
        }
        Path target = Files.readSymbolicLink(entry);
        if (!Files.exists(entry)) {
            return Optional.of("is a symbolic link to " + target + ", which does not exist");
        }
        Path real = entry.toRealPath();
        if (!Files.isDirectory(real)) {
            return Optional.empty();
        }
        if (!real.startsWith(root) || real.equals(root)) {
            return Optional.of("is a symbolic link to " + real + ", outside " + root
                    + "; copy or move the service into the services directory instead");
        }
        return Optional.empty();
    }
}
