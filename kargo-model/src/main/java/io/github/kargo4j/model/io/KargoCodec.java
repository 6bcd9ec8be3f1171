package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.json.SourcePosition;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads Kargo manifests into typed resources and writes them back, losslessly.
 *
 * <pre>{@code
 * KargoCodec codec = KargoCodec.create();
 * ReadResult result = codec.readAll(Path.of("kargo/"));      // every *.yaml, *.yml, *.json below it
 * for (Manifest m : result.manifests()) {
 *     if (m.resource() instanceof Stage stage) { ... }
 * }
 * String yaml = codec.toYaml(result.manifests().stream().map(Manifest::resource).toList());
 * }</pre>
 *
 * <p><b>What plain scalars mean.</b> Unquoted values are read as {@code kubectl} and the Kubernetes API server read
 * them (YAML 1.1, as sigs.k8s.io/yaml does): {@code yes}, {@code on}, {@code y} are {@code true} and {@code no},
 * {@code off}, {@code n} are {@code false}; {@code 0755} is the octal number 493, {@code 0x1F} is 31,
 * {@code 1_000} is 1000; {@code 2026-01-01} is the string "2026-01-01"; {@code ~} and an empty value are null.
 * Non-string keys become strings ({@code on:} is the key "true"). When writing, every string that a YAML 1.1 or
 * 1.2 reader would take for something else is quoted.
 *
 * <p><b>Lossless.</b> Unknown fields at any depth are kept and written back; nothing the input did not contain
 * (such as a server default) is written. The API server treats an explicit {@code null} or an empty list of a
 * typed field like an absent one, and so does this codec: such fields are not written back.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class KargoCodec {

    private static final KargoCodec DEFAULT = builder().build();

    private final ReadLimits limits;
    private final Map<String, Class<? extends KargoResource>> kinds;

    private KargoCodec(Builder b) {
        this.limits = b.limits;
        this.kinds = Map.copyOf(b.kinds);
    }

    /** @return a codec with the default limits and every kind the model knows */
    public static KargoCodec create() {
        return DEFAULT;
    }

    /** @return a builder to set limits or register more kinds */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the limits this codec enforces */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * @param apiVersion an API version
     * @param kind       a kind
     * @return the model type for it, if the codec knows one
     */
    public Optional<Class<? extends KargoResource>> typeOf(String apiVersion, String kind) {
        return Optional.ofNullable(kinds.get(apiVersion + "|" + kind));
    }

    // ------------------------------------------------------------------------------------------------ reading

    /**
     * Reads YAML (or JSON, which is YAML too) text.
     *
     * @param text one or more documents separated by {@code ---}
     * @return the documents, empty documents skipped
     * @throws ManifestException if any document cannot be read
     */
    public List<Manifest> read(String text) {
        return read(text, "<string>");
    }

    /**
     * @param text       one or more YAML documents
     * @param sourceName the name to show in messages
     * @return the documents
     * @throws ManifestException if any document cannot be read
     */
    public List<Manifest> read(String text, String sourceName) {
        return read(new StringReader(text), sourceName);
    }

    /**
     * @param reader     YAML documents, read once as a stream; not closed
     * @param sourceName the name to show in messages
     * @return the documents
     * @throws ManifestException if any document cannot be read
     */
    public List<Manifest> read(Reader reader, String sourceName) {
        List<Manifest> out = new ArrayList<>();
        readStream(reader, sourceName, null, false, out::add, KargoCodec::fail);
        return out;
    }

    /**
     * Reads every document of a YAML stream that can be read, as {@link #read(Path, Consumer, Consumer)} reads a
     * file: a document that cannot be read goes to {@code problems}, and reading resumes at the next document
     * marker line.
     *
     * @param reader     YAML documents, read once as a stream; not closed
     * @param sourceName the name to show in messages
     * @param sink       receives each document that can be read, in order
     * @param problems   receives each document that cannot be read, in order; nothing is thrown for them
     */
    public void read(Reader reader, String sourceName, Consumer<Manifest> sink,
                     Consumer<ManifestException> problems) {
        ProblemCap cap = new ProblemCap(problems, sourceName);
        readStream(reader, sourceName, null, false, sink, cap);
        cap.finish();
    }

    /**
     * @param in         YAML documents in UTF-8, or in UTF-16 with a byte order mark (as kubectl reads them), read
     *                   once as a stream; not closed
     * @param sourceName the name to show in messages
     * @return the documents
     * @throws ManifestException if any document cannot be read ({@link UnreadableInputException} if the bytes are
     *                           not text)
     */
    public List<Manifest> read(InputStream in, String sourceName) {
        List<Manifest> out = new ArrayList<>();
        readStream(new SourceDecoder(in), sourceName, null, false, out::add, KargoCodec::fail);
        return out;
    }

    /**
     * Reads one file: JSON if its name ends in {@code .json}, YAML otherwise. The file is opened once and read as a
     * stream, so a named pipe ({@code <(helm template ...)}), a device or standard input ({@code /dev/stdin}) work
     * too; {@link ReadLimits#maxFileChars()} ends an endless one.
     *
     * @param file the file
     * @return its documents
     * @throws ManifestException if any document in it cannot be read; {@link UnreadableInputException} if the file
     *                           cannot be read at all
     */
    public List<Manifest> read(Path file) {
        List<Manifest> out = new ArrayList<>();
        read(file, out::add);
        return out;
    }

    /**
     * Reads one file as {@link #read(Path)} does, handing each document to {@code sink} as soon as it is read, so
     * that a large multi-document file can be processed without holding all of it.
     *
     * @param file the file
     * @param sink receives each document, in order; documents before an error have been delivered
     * @throws ManifestException if any document in it cannot be read; {@link UnreadableInputException} if the file
     *                           cannot be read at all
     */
    public void read(Path file, Consumer<Manifest> sink) {
        read(file, sink, KargoCodec::fail);
    }

    /**
     * Reads every document of one file that can be read: a document that cannot be read (malformed YAML, a
     * duplicate key, a document over a limit, one that is not a Kubernetes object) is handed to {@code problems}
     * with its file, line and column, and reading goes on at the next document marker ({@code ---} or {@code ...}
     * at the start of a line), so one broken document never hides the others. The file is read once, as a stream,
     * as {@link #read(Path)} reads it. A file that cannot be read at all, or no further (not text, over
     * {@link ReadLimits#maxFileChars()}, an I/O error), is one {@link UnreadableInputException}, after the documents
     * before it. Of a file with very many broken documents, the first {@value #MAX_PROBLEMS_PER_FILE} are reported
     * and one more problem counts the rest; every document that can be read is still delivered.
     *
     * @param file     the file
     * @param sink     receives each document that can be read, in order
     * @param problems receives each document that cannot be read, in order; nothing is thrown for them
     */
    public void read(Path file, Consumer<Manifest> sink, Consumer<ManifestException> problems) {
        readFile(file, sink, problems, null);
    }

    /** Reads one file; a document that is not a Kubernetes object goes to {@code notObject} when it is not null. */
    private void readFile(Path file, Consumer<Manifest> sink, Consumer<ManifestException> problems,
                          Consumer<SourcePosition> notObject) {
        String source = file.toString();
        boolean json = file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            problems.accept(new UnreadableInputException(source, null, "cannot read file: " + reason(e)));
            return;
        }
        ProblemCap cap = new ProblemCap(problems, source);
        try (Reader r = new SourceDecoder(in)) {
            readStream(r, source, file, json, sink, cap, notObject);
        } catch (IOException e) {
            // closing a file that was read does not lose anything
        }
        cap.finish();
    }

    /** The number of problems {@link #read(Path, Consumer, Consumer)} reports one by one for one file. */
    public static final int MAX_PROBLEMS_PER_FILE = 1_000;

    /** Hands on the first {@link #MAX_PROBLEMS_PER_FILE} problems of a file and counts the others. */
    private static final class ProblemCap implements Consumer<ManifestException> {
        private final Consumer<ManifestException> problems;
        private final String source;
        private int count;
        private ManifestException firstUnreported;

        ProblemCap(Consumer<ManifestException> problems, String source) {
            this.problems = problems;
            this.source = source;
        }

        @Override
        public void accept(ManifestException e) {
            if (++count <= MAX_PROBLEMS_PER_FILE || e instanceof UnreadableInputException) {
                problems.accept(e);
            } else if (firstUnreported == null) {
                firstUnreported = e;
            }
        }

        void finish() {
            if (firstUnreported != null) {
                int more = count - MAX_PROBLEMS_PER_FILE;
                problems.accept(new ManifestException(source, firstUnreported.documentIndex(),
                        firstUnreported.position().orElse(null), null, more + " more "
                        + (more == 1 ? "document" : "documents") + " from here on cannot be read; only the first "
                        + MAX_PROBLEMS_PER_FILE + " problems of a file are reported one by one", null));
            }
        }
    }

    private static void fail(ManifestException e) {
        throw e;
    }

    /**
     * Reads files and directories; a directory is searched recursively for {@code *.yaml}, {@code *.yml} and
     * {@code *.json} as {@link ManifestFiles#list(Collection)} describes (hidden directories such as {@code .git}
     * are skipped; symbolic links are followed, each file read once). A file or directory that cannot be read is
     * reported in {@link ReadResult#errors()} and the others still load.
     *
     * @param paths files and directories
     * @return every document read, and the errors
     */
    public ReadResult readAll(Path... paths) {
        return readAll(List.of(paths));
    }

    /**
     * @param paths files and directories
     * @return every document read, and the errors
     * @see #readAll(Path...)
     */
    public ReadResult readAll(Collection<Path> paths) {
        return readAll(paths, ReadProgress.NONE);
    }

    /**
     * Reads files and directories as {@link #readAll(Path...)} does, telling {@code progress} after each file.
     *
     * @param paths    files and directories
     * @param progress called once after each file, in order
     * @return every document read, and the errors
     */
    public ReadResult readAll(Collection<Path> paths, ReadProgress progress) {
        return readAll(paths, ManifestScope.defaults(), progress);
    }

    /**
     * Reads files and directories as {@link #readAll(Path...)} does, with {@code scope} choosing the files below the
     * directories, telling {@code progress} after each file. What is not a Kubernetes manifest is left out and
     * listed in {@link ReadResult#skipped()}: a Helm chart, a Kustomize file ({@link ManifestFiles}), and a document
     * that is a mapping with none of {@code apiVersion}, {@code kind} and {@code metadata} (a values file,
     * {@code package.json}). A document with any of them is read, and an error if it is not a valid object, so that
     * a typo never hides a manifest.
     *
     * @param paths    files and directories
     * @param scope    which files below the directories to read
     * @param progress called once after each file, in order
     * @return every document read, what was skipped, and the errors
     */
    public ReadResult readAll(Collection<Path> paths, ManifestScope scope, ReadProgress progress) {
        Objects.requireNonNull(progress, "progress");
        List<Manifest> manifests = new ArrayList<>();
        List<ManifestException> errors = new ArrayList<>();
        ManifestFiles listing = ManifestFiles.list(paths, scope);
        errors.addAll(listing.errors());
        List<SkippedInput> skipped = new ArrayList<>(listing.skipped());
        List<Path> files = listing.files();
        for (int i = 0; i < files.size(); i++) {
            List<SourcePosition> notObjects = new ArrayList<>();
            readFile(files.get(i), manifests::add, errors::add, notObjects::add);
            if (!notObjects.isEmpty()) {
                int n = notObjects.size();
                skipped.add(new SkippedInput(files.get(i).toString(), Optional.of(notObjects.get(0)), (n == 1
                        ? "1 document is" : n + " documents are") + " not a Kubernetes object (no apiVersion, kind"
                        + " or metadata)"));
            }
            progress.fileRead(i + 1, files.size(), manifests.size());
        }
        return new ReadResult(manifests, errors, skipped);
    }

    /**
     * @param root a document
     * @return false for a mapping with none of {@code apiVersion}, {@code kind} and {@code metadata} (in any case,
     *     so that a misspelt manifest is still read and reported); true for anything else
     */
    private static boolean isKubernetesObject(JsonValue root) {
        if (!(root instanceof JsonObject o)) {
            return true;
        }
        for (String key : o.keys()) {
            String k = key.toLowerCase(Locale.ROOT);
            if (k.equals("apiversion") || k.equals("kind") || k.equals("metadata")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param directory a directory
     * @return the manifest files below it, sorted by path, as {@link ManifestFiles#list(Collection)} finds them
     * @throws IOException if the directory, or any directory below it, cannot be listed
     */
    public static List<Path> manifestFiles(Path directory) throws IOException {
        ManifestFiles listing = ManifestFiles.list(List.of(directory));
        if (!listing.errors().isEmpty()) {
            throw new IOException(listing.errors().get(0).getMessage());
        }
        return listing.files();
    }

    /**
     * Reads exactly one document of an expected type.
     *
     * @param text one YAML or JSON document
     * @param type the expected model type
     * @param <T>  the type
     * @return the resource
     * @throws ManifestException if the text is not exactly one document of that type, or the document does not
     *                           fit the type's schema (the first problem)
     */
    public <T extends KargoResource> T readOne(String text, Class<T> type) {
        List<Manifest> docs = read(text);
        if (docs.size() != 1) {
            throw new ManifestException("<string>", -1, null, null, "expected exactly one document, found "
                    + docs.size(), null);
        }
        if (!docs.get(0).fits()) {
            throw docs.get(0).problems().get(0);
        }
        KargoResource r = docs.get(0).resource();
        if (!type.isInstance(r)) {
            // the kind is named only if the model knows it: the document's text is never quoted
            throw new ManifestException("<string>", 0, docs.get(0).location().position(), null, "expected a "
                    + type.getSimpleName() + ", found " + (r instanceof GenericResource ? "a kind the model does not"
                    + " type" : "a " + r.getClass().getSimpleName()), null);
        }
        return type.cast(r);
    }

    /**
     * Reads a stream once: the size limits apply as characters stream in, and a problem gets the Helm hint from
     * what was already read. Each document that cannot be read goes to {@code problems}, which may throw to stop.
     */
    private void readStream(Reader reader, String source, Path file, boolean json, Consumer<Manifest> sink,
                            Consumer<ManifestException> problems) {
        readStream(reader, source, file, json, sink, problems, null);
    }

    /** As above; a document that is not a Kubernetes object goes to {@code notObject} when it is not null. */
    private void readStream(Reader reader, String source, Path file, boolean json, Consumer<Manifest> sink,
                            Consumer<ManifestException> problems, Consumer<SourcePosition> notObject) {
        LimitedReader limited = new LimitedReader(reader, limits.maxDocumentChars(), limits.maxFileChars(), !json);
        Consumer<ManifestException> report = e -> problems.accept(e instanceof UnreadableInputException
                || !limited.looksLikeTemplate() ? e : withTemplateHint(e));
        try {
            if (json) {
                JsonValue root;
                try {
                    root = new JsonTreeReader(limits, source).read(limited);
                } catch (ManifestException e) {
                    report.accept(e);
                    return;
                }
                if (root != null && notObject != null && !isKubernetesObject(root)) {
                    notObject.accept(root.position().orElse(new SourcePosition(1, 1)));
                } else if (root != null) {
                    Manifest m;
                    try {
                        m = toManifest(root, source, file, 0, root.position().orElse(new SourcePosition(1, 1)));
                    } catch (ManifestException e) {
                        report.accept(e);
                        return;
                    }
                    sink.accept(m);
                }
            } else {
                new YamlTreeReader(limits, source).read(limited, d -> {
                    if (d.root() != null && d.root().type() != JsonValue.Type.NULL) {
                        SourcePosition start = d.root().position().orElse(d.start() == null
                                ? new SourcePosition(1, 1) : d.start());
                        if (notObject != null && !isKubernetesObject(d.root())) {
                            notObject.accept(start);
                            return;
                        }
                        Manifest m;
                        try {
                            m = toManifest(d.root(), source, file, d.index(), start);
                        } catch (ManifestException e) {
                            report.accept(e);
                            return;
                        }
                        sink.accept(m);
                    }
                }, report);
            }
        } catch (UncheckedIOException e) {
            problems.accept(new UnreadableInputException(source, null, "cannot read: " + reason(e.getCause())));
        }
    }

    private static ManifestException withTemplateHint(ManifestException e) {
        return new ManifestException(e.source(), e.documentIndex(), e.position().orElse(null), e.path().orElse(null),
                e.problem() + "; this looks like a Helm or Go template, not YAML: render it first (for example with"
                        + " `helm template`)", e.getCause());
    }

    /**
     * @param e an I/O failure
     * @return what went wrong in plain words, without a Java class name
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "a loop of symbolic links";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m;
    }

    private Manifest toManifest(JsonValue root, String source, Path file, int index, SourcePosition start) {
        if (!(root instanceof JsonObject o)) {
            throw new ManifestException(source, index, start, null, "expected a Kubernetes object (a mapping with"
                    + " apiVersion, kind and metadata), found " + root.describeType(), null);
        }
        String apiVersion = requiredString(o, "apiVersion", source, index, start);
        String kind = requiredString(o, "kind", source, index, start);
        Class<? extends KargoResource> type = kinds.get(apiVersion + "|" + kind);
        KargoResource resource;
        List<BindException> bindProblems = new ArrayList<>();
        try {
            if (type == null) {
                JsonValue metadata = o.getOrNull("metadata");
                if (metadata != null && !(metadata instanceof io.github.kargo4j.model.json.JsonNull)) {
                    Binder.codecFor(io.github.kargo4j.model.ObjectMeta.class).decode(metadata,
                            JsonPath.ROOT.key("metadata"));
                }
                resource = GenericResource.of(o);
            } else {
                resource = Binder.lenient(() -> (KargoResource) Binder.codecFor(type).decode(o, JsonPath.ROOT),
                        bindProblems);
            }
        } catch (BindException e) {
            if (type == null) {
                throw problem(e, o, source, index, start, kind);
            }
            // the top level does not fit its type: keep the document as written, as a resource of its kind
            if (!e.reported) {
                bindProblems.add(e);
            }
            resource = GenericResource.of(o);
        }
        List<ManifestException> problems = new ArrayList<>(bindProblems.size());
        for (BindException e : bindProblems) {
            problems.add(problem(e, o, source, index, start, kind));
        }
        return new Manifest(resource, new SourceLocation(source, Optional.ofNullable(file), index, start), o,
                problems);
    }

    private static ManifestException problem(BindException e, JsonObject o, String source, int index,
                                             SourcePosition start, String kind) {
        SourcePosition p = e.node != null && e.node.position().isPresent() ? e.node.position().get()
                : e.path.locate(o).orElse(start);
        if (e.path != null && !e.path.isRoot()) {
            p = e.path.locate(o).orElse(p);
            if (e.node != null && e.node.position().isPresent() && !e.getMessage().startsWith("unknown")) {
                p = e.node.position().get();
            }
        }
        // no cause: a parser's or binder's exception may quote document text (a secret)
        return new ManifestException(source, index, p, SecretPaths.inTree(o, e.path),
                e.getMessage() + " (in " + kind + ")", null);
    }

    private static String requiredString(JsonObject o, String key, String source, int index, SourcePosition start) {
        JsonValue v = o.getOrNull(key);
        if (v == null) {
            throw new ManifestException(source, index, start, null, "missing " + key
                    + "; every Kubernetes object needs apiVersion and kind", null);
        }
        if (!(v instanceof JsonString s) || s.value().isBlank()) {
            throw new ManifestException(source, index, v.position().orElse(start), JsonPath.ROOT.key(key),
                    "expected a non-empty string, found " + v.describeType(), null);
        }
        return s.value();
    }

    // ------------------------------------------------------------------------------------------------ trees

    /**
     * Binds a JSON tree to a model type.
     *
     * @param type the model type (a resource or any nested type, such as {@code StageSpec})
     * @param json its JSON form
     * @param <T>  the type
     * @return the typed value
     * @throws ManifestException if the tree does not fit the type
     */
    public static <T> T bind(Class<T> type, JsonValue json) {
        try {
            return Binder.decode(type, json);
        } catch (BindException e) {
            throw new ManifestException("<tree>", -1, e.node == null ? null : e.node.position().orElse(null),
                    SecretPaths.inTree(json, e.path), e.getMessage(), null);
        }
    }

    /**
     * @param model any model value (a resource or a nested type)
     * @return its JSON tree, in Kargo's documented field order
     */
    public static JsonValue toTree(Object model) {
        return Binder.encode(Objects.requireNonNull(model, "model"));
    }

    // ------------------------------------------------------------------------------------------------ writing

    /**
     * @param resource a resource
     * @return its YAML document
     */
    public String toYaml(KargoResource resource) {
        return YamlWriter.toYamlString(toTree(resource));
    }

    /**
     * @param resources resources
     * @return a multi-document YAML stream, documents separated by {@code ---}
     */
    public String toYaml(List<? extends KargoResource> resources) {
        StringBuilder sb = new StringBuilder();
        YamlWriter w = new YamlWriter(sb);
        boolean first = true;
        for (KargoResource r : resources) {
            if (!first) {
                sb.append("---\n");
            }
            first = false;
            w.writeDocument(toTree(r));
        }
        return sb.toString();
    }

    /**
     * Writes resources as {@link #toYaml(List)} does (the same text) and says where every node went: the line and
     * column reading the text back would record, found while writing. {@link WrittenYaml#manifests} turns the result
     * into the manifests reading the file would give, so that findings point into the text without parsing it.
     *
     * @param resources resources
     * @return the text, and each document's tree with the position of every node
     */
    public WrittenYaml toYamlWithPositions(List<? extends KargoResource> resources) {
        List<JsonValue> trees = new ArrayList<>(resources.size());
        for (KargoResource r : resources) {
            trees.add(toTree(r));
        }
        return WrittenYaml.write(trees, resources);
    }

    /**
     * Writes JSON trees as YAML documents (the text {@link #treeToYaml} writes for each, separated by {@code ---}),
     * with the position of every node.
     *
     * @param trees the documents
     * @return the text, and each document's tree with the position of every node
     */
    public WrittenYaml treesToYamlWithPositions(List<? extends JsonValue> trees) {
        return WrittenYaml.write(trees, null);
    }

    /**
     * @param value a JSON value
     * @return it as one line of flow-style YAML ({@code {kind: Warehouse, name: app}}), quoted by the same rules as
     *     the block YAML this codec writes, for messages and hints
     */
    public static String toFlowYaml(JsonValue value) {
        return YamlWriter.toFlowString(value);
    }

    /**
     * @param tree any JSON tree
     * @return it as YAML
     */
    public String treeToYaml(JsonValue tree) {
        return YamlWriter.toYamlString(tree);
    }

    /**
     * @param resource a resource
     * @return its pretty-printed JSON document
     */
    public String toJson(KargoResource resource) {
        return JsonWriter.write(toTree(resource), true) + "\n";
    }

    /**
     * @param tree   any JSON tree
     * @param pretty whether to indent
     * @return it as JSON text
     */
    public String treeToJson(JsonValue tree, boolean pretty) {
        return JsonWriter.write(tree, pretty);
    }

    /**
     * Writes resources to a file as YAML (or JSON if the name ends in {@code .json} and there is one resource),
     * without ever leaving it half-written, through a symbolic link rather than over it, keeping its owner, group
     * and mode: see {@link AtomicFiles}.
     *
     * @param file      the target
     * @param resources the resources
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Path file, List<? extends KargoResource> resources) {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        if (json && resources.size() != 1) {
            throw new IllegalArgumentException("a .json file holds exactly one resource, got " + resources.size());
        }
        String text = json ? toJson(resources.get(0)) : toYaml(resources);
        writeAtomically(file, text);
    }

    /**
     * Writes a file so that it is never half-written: a temporary file in the target's directory renamed over it.
     * The same as {@link AtomicFiles#write(Path, String)}, which says what happens to symbolic links (written
     * through), hard-linked files (rewritten in place), devices and {@code /dev/stdout} (streamed), and to the owner,
     * group and mode (kept).
     *
     * @param file a file to replace atomically
     * @param text its new content (UTF-8)
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeAtomically(Path file, String text) {
        AtomicFiles.write(file, text);
    }

    /** Configures a {@link KargoCodec}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.DEFAULTS;
        private final Map<String, Class<? extends KargoResource>> kinds = new HashMap<>(KnownKinds.ALL);

        private Builder() {
        }

        /**
         * @param limits the read limits
         * @return this builder
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Maps an apiVersion and kind to a model type (for your own kinds, modelled like the built-in ones).
         *
         * @param apiVersion the API version
         * @param kind       the kind
         * @param type       the immutable model class
         * @return this builder
         */
        public Builder register(String apiVersion, String kind, Class<? extends KargoResource> type) {
            kinds.put(apiVersion + "|" + kind, type);
            return this;
        }

        /** @return the codec */
        public KargoCodec build() {
            return new KargoCodec(this);
        }
    }
}
