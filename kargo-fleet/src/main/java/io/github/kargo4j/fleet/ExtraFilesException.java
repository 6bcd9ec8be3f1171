package io.github.kargo4j.fleet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A forced run would delete files the generator does not write (files a person added, files of another layout), and
 * deleting them was not allowed ({@link FleetGenerator.Builder#deleteExtraFiles}): nothing was written.
 */
public final class ExtraFilesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The projects directory. */
    private final transient Path projects;
    /** Each service with its extra files. */
    private final transient Map<String, List<String>> extraFiles;

    ExtraFilesException(Path projects, Map<String, List<String>> extraFiles) {
        super(describe(paths(projects, extraFiles), extraFiles.size()));
        this.projects = projects;
        this.extraFiles = Collections.unmodifiableMap(new LinkedHashMap<>(extraFiles));
    }

    /** @return each service whose directory holds such files, with the files (relative to it), in service order */
    public Map<String, List<String>> extraFiles() {
        return extraFiles;
    }

    /**
     * @return every such file as a path, a directory with a {@code /} after it, in service order
     */
    public List<String> paths() {
        return paths(projects, extraFiles);
    }

    private static List<String> paths(Path projects, Map<String, List<String>> extra) {
        List<String> all = new ArrayList<>();
        extra.forEach((service, files) -> files.forEach(f -> all.add(projects.resolve(service).resolve(f)
                + (f.endsWith("/") ? "/" : ""))));
        return Collections.unmodifiableList(all);
    }

    private static String describe(List<String> all, int directories) {
        List<String> shown = all.size() > 20 ? all.subList(0, 20) : all;
        return "replacing would delete " + (all.size() == 1 ? "a file" : all.size() + " files") + " that the fleet "
                + "generator does not write, in " + directories + (directories == 1 ? " project directory"
                : " project directories") + ": " + String.join(", ", shown)
                + (all.size() > shown.size() ? " and " + (all.size() - shown.size()) + " more" : "")
                + "; move them elsewhere, or allow deleting them (deleteExtraFiles(true)); nothing was written";
    }
}
