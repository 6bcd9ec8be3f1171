package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ManifestFiles;
import io.github.kargo4j.model.io.ManifestScope;
import io.github.kargo4j.validation.migrate.Source.Doc;
import io.github.kargo4j.validation.migrate.YamlText.MapNode;
import io.github.kargo4j.validation.migrate.YamlText.Node;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a migration reads: the ones to migrate, and, for a file named on its own, the other manifests of its
 * directory, read for what they tell about the others (upstream Stages, existing ProjectConfigs) but never changed.
 * Each file is read once, even when it is named twice or through a link.
 */
final class Sources {

    private static final KargoCodec CODEC = KargoCodec.create();

    private final Map<Path, Source> byPath = new LinkedHashMap<>();
    /** The files read, by identity (device and inode where the file system has them, else the real path). */
    private final Set<Object> identities = new HashSet<>();

    private Sources() {
    }

    /**
     * @param paths files and directories to migrate
     * @param scope which files below the directories to migrate
     * @return the files read
     * @throws MigrationException if a path does not exist or a file to migrate cannot be read as YAML
     */
    static Sources load(List<Path> paths, ManifestScope scope) {
        if (paths.isEmpty()) {
            throw new MigrationException("no files or directories to migrate");
        }
        Sources sources = new Sources();
        List<Path> context = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new MigrationException("no such file or directory: " + p + "; check the path"
                        + (p.isAbsolute() ? "" : " (relative to " + Path.of("").toAbsolutePath() + ")"));
            }
            if (Files.isDirectory(p)) {
                ManifestFiles listing = ManifestFiles.list(List.of(p), scope);
                if (!listing.errors().isEmpty()) {
                    throw new MigrationException("cannot list " + p + ": " + listing.errors().get(0).getMessage());
                }
                for (Path f : listing.files()) {
                    sources.add(f, true);
                }
            } else {
                sources.add(p, true);
                Path dir = p.toAbsolutePath().getParent();
                if (dir != null) {
                    try (Stream<Path> list = Files.list(dir)) {
                        list.filter(Files::isRegularFile).filter(f -> isManifestName(f.getFileName().toString()))
                                .sorted().forEach(f -> context.add(p.resolveSibling(f.getFileName())));
                    } catch (IOException e) {
                        // the directory only gives context; without it, fewer upstream Stages are known
                    }
                }
            }
        }
        for (Path c : context) {
            sources.add(c, false);
        }
        return sources;
    }

    /** @return every file read, in the order read */
    Collection<Source> all() {
        return byPath.values();
    }

    /** @return every manifest of every file read */
    List<Manifest> manifests() {
        List<Manifest> all = new ArrayList<>();
        byPath.values().forEach(s -> all.addAll(s.manifests));
        return all;
    }

    /** @return the file read under a source name, or null */
    Source named(String name) {
        for (Source s : byPath.values()) {
            if (s.name.equals(name)) {
                return s;
            }
        }
        return null;
    }

    private void add(Path file, boolean target) {
        Path key = file.toAbsolutePath().normalize();
        if (byPath.containsKey(key) || !identities.add(identity(file, key))) {
            return;   // named twice, or through a symbolic or hard link: migrated once
        }
        Source s = new Source(file, file.toString(), target);
        try {
            read(s);
        } catch (MigrationException e) {
            if (target) {
                throw e;
            }
            return;
        }
        byPath.put(key, s);
    }

    private static Object identity(Path file, Path key) {
        try {
            Object fileKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return fileKey != null ? fileKey : file.toRealPath();
        } catch (IOException e) {
            return key;
        }
    }

    private static void read(Source s) {
        try {
            s.text = Files.readString(s.path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new MigrationException(s.name + ": not UTF-8 text; convert it to UTF-8 first");
        } catch (IOException e) {
            throw new MigrationException("cannot read " + s.name + ": " + e.getMessage());
        }
        try {
            s.manifests = CODEC.parse(s.text, s.name);
        } catch (ManifestException e) {
            throw new MigrationException(e.getMessage() + " (fix the file, then migrate again)");
        }
        try {
            s.yaml = YamlText.parse(s.text);
        } catch (YamlEngineException e) {
            throw new MigrationException(s.name + ": not well-formed YAML: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
        s.json = s.name.toLowerCase(Locale.ROOT).endsWith(".json");
        s.fragments = new Fragments(s.yaml.style());
        Map<Integer, Node> roots = new HashMap<>();
        for (YamlText.Document d : s.yaml.documents()) {
            roots.put(d.index(), d.root());
        }
        for (Manifest m : s.manifests) {
            int index = m.location().documentIndex();
            if (roots.get(index) instanceof MapNode root) {
                s.docs.add(new Doc(s, index, root, m.tree()));
            }
        }
    }

    private static boolean isManifestName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }
}
