package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.io.ManifestException.Category;
import io.github.kargo4j.model.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * Stage dev = codec.parseOne(yamlText, Stage.class);         // text, not a file name
 * String yaml = codec.toYaml(result.manifests().stream().map(Manifest::resource).toList());
 * }</pre>
 *
 * <p>The methods come in groups: {@code read} and {@code readAll} take a source (a {@link Path}, a {@link Reader} or
 * an {@link InputStream}), {@code parse} and {@code parseOne} take the text itself, {@code bind} and {@code toTree}
 * go between a JSON tree and the model, and {@code toYaml} and {@code toJson} give text. Files are found and written
 * by {@link ManifestFiles} and {@link AtomicFiles}.
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

    /** The number of problems {@link #read(Path, Consumer, Consumer)} reports one by one for one file. */
    public static final int MAX_PROBLEMS_PER_FILE = 1_000;

    private static final KargoCodec DEFAULT = builder().build();

    private final ReadLimits limits;
    private final Map<String, Class<? extends KargoResource>> kinds;
    private final ManifestReader reader;

    private KargoCodec(Builder b) {
        this.limits = b.limits;
        this.kinds = Map.copyOf(b.kinds);
        this.reader = new ManifestReader(limits, kinds);
    }

    // ------------------------------------------------------------------------------------------------ configuration

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

    // ------------------------------------------------------------------------------------------------ read (sources)

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
        read(file, sink, ManifestReader::fail);
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
        reader.readFile(file, sink, problems);
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
        return readAll(paths, scope, progress, 1);
    }

    /**
     * Reads files and directories as {@link #readAll(Collection, ManifestScope, ReadProgress)} does, on up to
     * {@code threads} threads (the calling one included): each file is read whole by one thread, and the results are
     * joined in file order, so that the result is the same whatever the number of threads. The listener is told of
     * each file in file order, on the calling thread.
     *
     * @param paths    files and directories
     * @param scope    which files below the directories to read
     * @param progress called once after each file, in file order
     * @param threads  how many threads may read at once, at least 1 ({@link Runtime#availableProcessors()} is a
     *                 good choice for many files)
     * @return every document read, what was skipped, and the errors, in file order
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public ReadResult readAll(Collection<Path> paths, ManifestScope scope, ReadProgress progress, int threads) {
        Objects.requireNonNull(progress, "progress");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        return FilesReading.read(reader, ManifestFiles.list(paths, scope), progress, threads);
    }


    /**
     * @param reader     YAML documents, read once as a stream; not closed
     * @param sourceName the name to show in messages
     * @return the documents
     * @throws ManifestException if any document cannot be read
     */
    public List<Manifest> read(Reader reader, String sourceName) {
        List<Manifest> out = new ArrayList<>();
        this.reader.read(reader, sourceName, null, false, out::add, ManifestReader::fail);
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
        this.reader.readCapped(reader, sourceName, sink, problems);
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
        return read(ManifestReader.decode(in), sourceName);
    }

    // ------------------------------------------------------------------------------------------------ parse (text)

    /**
     * Parses YAML (or JSON, which is YAML too) text. The argument is the text itself, never a file name: to read a
     * file, call {@link #read(Path)}.
     *
     * @param text one or more documents separated by {@code ---}
     * @return the documents, empty documents skipped
     * @throws ManifestException if any document cannot be read (its source shown as {@code <string>})
     */
    public List<Manifest> parse(String text) {
        return parse(text, "<string>");
    }

    /**
     * Parses YAML (or JSON) text, naming it in messages as {@code sourceName}.
     *
     * @param text       one or more YAML documents
     * @param sourceName the name to show in messages, such as the file or URL the text came from
     * @return the documents, empty documents skipped
     * @throws ManifestException if any document cannot be read
     */
    public List<Manifest> parse(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        return reader.parse(text, sourceName);
    }

    /**
     * Parses text that holds exactly one document of an expected type.
     *
     * @param text one YAML or JSON document
     * @param type the expected model type
     * @param <T>  the type
     * @return the resource
     * @throws ManifestException if the text is not exactly one document of that type
     *                           ({@link ManifestException.Category#UNEXPECTED_DOCUMENT}), or the document does not
     *                           fit the type's schema (the first problem)
     */
    public <T extends KargoResource> T parseOne(String text, Class<T> type) {
        List<Manifest> docs = parse(text);
        if (docs.size() != 1) {
            throw ManifestException.builder("<string>", Category.UNEXPECTED_DOCUMENT,
                    "expected exactly one document, found " + docs.size()).build();
        }
        if (!docs.get(0).fits()) {
            throw docs.get(0).problems().get(0);
        }
        KargoResource r = docs.get(0).resource();
        if (!type.isInstance(r)) {
            // the kind is named only if the model knows it: the document's text is never quoted
            throw ManifestException.builder("<string>", Category.UNEXPECTED_DOCUMENT, "expected a "
                    + type.getSimpleName() + ", found " + (r instanceof GenericResource ? "a kind the model does not"
                    + " type" : "a " + r.getClass().getSimpleName())).documentIndex(0)
                    .position(docs.get(0).location().position()).build();
        }
        return type.cast(r);
    }

    // ------------------------------------------------------------------------------------------------ bind and trees

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
            throw ManifestException.builder("<tree>", Category.SCHEMA_MISMATCH, e.getMessage())
                    .position(e.node == null ? Optional.empty() : e.node.position())
                    .path(Optional.ofNullable(SecretPaths.inTree(json, e.path))).build();
        }
    }

    /**
     * @param model any model value (a resource or a nested type)
     * @return its JSON tree, in Kargo's documented field order
     */
    public static JsonValue toTree(Object model) {
        return Binder.encode(Objects.requireNonNull(model, "model"));
    }

    // ------------------------------------------------------------------------------------------------ write (text)

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

    // ------------------------------------------------------------------------------------------------ deprecated

    /**
     * Parses YAML text: the argument is the text, not a file name ({@code read("stages.yaml")} parses the words
     * "stages.yaml").
     *
     * @param text one or more documents separated by {@code ---}
     * @return the documents, empty documents skipped
     * @throws ManifestException if any document cannot be read
     * @deprecated since 0.2.0, for removal: call {@link #parse(String)} for text, or {@link #read(Path)} for a file
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public List<Manifest> read(String text) {
        return parse(text);
    }

    /**
     * @param text       one or more YAML documents (the text, not a file name)
     * @param sourceName the name to show in messages
     * @return the documents
     * @throws ManifestException if any document cannot be read
     * @deprecated since 0.2.0, for removal: call {@link #parse(String, String)} for text, or {@link #read(Path)} for
     *     a file
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public List<Manifest> read(String text, String sourceName) {
        return parse(text, sourceName);
    }

    /**
     * @param text one YAML or JSON document (the text, not a file name)
     * @param type the expected model type
     * @param <T>  the type
     * @return the resource
     * @throws ManifestException as {@link #parseOne(String, Class)} does
     * @deprecated since 0.2.0, for removal: call {@link #parseOne(String, Class)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public <T extends KargoResource> T readOne(String text, Class<T> type) {
        return parseOne(text, type);
    }

    /**
     * @param directory a directory
     * @return the manifest files below it, sorted by path
     * @throws IOException if the directory, or any directory below it, cannot be listed
     * @deprecated since 0.2.0, for removal: call {@link ManifestFiles#under(Path)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static List<Path> manifestFiles(Path directory) throws IOException {
        return ManifestFiles.under(directory);
    }

    /**
     * @param file      the target
     * @param resources the resources
     * @throws UncheckedIOException if the file cannot be written
     * @deprecated since 0.2.0, for removal: call {@link ManifestFiles#write(Path, List)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public void write(Path file, List<? extends KargoResource> resources) {
        ManifestFiles.write(file, resources);
    }

    /**
     * @param file a file to replace atomically
     * @param text its new content (UTF-8)
     * @throws UncheckedIOException if the file cannot be written
     * @deprecated since 0.2.0, for removal: call {@link AtomicFiles#write(Path, String)}, which this calls
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
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
