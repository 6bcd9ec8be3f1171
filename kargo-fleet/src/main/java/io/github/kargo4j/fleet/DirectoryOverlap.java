package io.github.kargo4j.fleet;

import io.github.kargo4j.model.io.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A projects directory and a services directory that overlap so that generating would go wrong: the projects inside a
 * service's directory (generating would change that service), where the next scan would read them as a service, or
 * the services inside the projects directory (generating would write over them). A hidden directory inside the
 * services directory, such as {@code services/.generated}, is fine: it is never a service. Paths are compared after
 * resolving symbolic links, so a link cannot hide an overlap.
 *
 * @param kind    how they overlap
 * @param service the service whose directory holds the projects directory, or the name the projects directory would
 *                be read as ({@link Kind#PROJECTS_IN_SERVICE}, {@link Kind#PROJECTS_READ_AS_SERVICE}); empty otherwise
 */
public record DirectoryOverlap(Kind kind, String service) {

    /** How the directories overlap. */
    public enum Kind {
        /** The projects directory is the services directory. */
        PROJECTS_ARE_SERVICES,
        /** The projects directory is inside (or is) the directory of a service. */
        PROJECTS_IN_SERVICE,
        /** The projects directory is inside the services directory, where the next scan would find a service. */
        PROJECTS_READ_AS_SERVICE,
        /** The services directory is inside (or is) the projects directory. */
        SERVICES_IN_PROJECTS
    }

    /** Checks that nothing is null. */
    public DirectoryOverlap {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
    }

    /**
     * @param servicesDirectory the directory with one directory per service
     * @param projectsDirectory where the projects are written
     * @return how they overlap, or empty if generating is safe
     * @throws UncheckedIOException if an existing part of either path cannot be resolved
     */
    public static Optional<DirectoryOverlap> of(Path servicesDirectory, Path projectsDirectory) {
        Path services = realOrAbsolute(servicesDirectory);
        Path projects = realOrAbsolute(projectsDirectory);
        if (projects.startsWith(services)) {
            if (projects.equals(services)) {
                return Optional.of(new DirectoryOverlap(Kind.PROJECTS_ARE_SERVICES, ""));
            }
            String first = services.relativize(projects).getName(0).toString();
            if (!first.startsWith(".")) {
                return Optional.of(new DirectoryOverlap(Files.isDirectory(services.resolve(first))
                        ? Kind.PROJECTS_IN_SERVICE : Kind.PROJECTS_READ_AS_SERVICE, first));
            }
        }
        if (services.startsWith(projects)) {
            return Optional.of(new DirectoryOverlap(Kind.SERVICES_IN_PROJECTS, ""));
        }
        return Optional.empty();
    }

    /** @return one sentence saying what is wrong, in terms of the two directories */
    public String describe() {
        return switch (kind) {
            case PROJECTS_ARE_SERVICES -> "the projects directory is the services directory";
            case PROJECTS_IN_SERVICE -> "the projects directory would be inside the directory of service " + service
                    + ", so generating would change that service";
            case PROJECTS_READ_AS_SERVICE -> "the projects directory would be read as a service named " + service
                    + " by the next run";
            case SERVICES_IN_PROJECTS -> "the services directory is inside the projects directory: generating would "
                    + "write over the services";
        };
    }

    /** The real path of p, or of its deepest existing ancestor with the rest appended. */
    private static Path realOrAbsolute(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + existing + ": " + AtomicFiles.reason(e), e);
        }
    }
}
