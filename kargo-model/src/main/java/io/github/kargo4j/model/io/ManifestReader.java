package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.io.ManifestException.Category;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.json.SourcePosition;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How {@link KargoCodec} reads: a file or stream, once, into documents bound to the model's types, each problem
 * handed on with its file, line, column and path. The codec holds one, with its limits and kinds.
 */
final class ManifestReader {

    private final ReadLimits limits;
    private final Map<String, Class<? extends KargoResource>> kinds;

    ManifestReader(ReadLimits limits, Map<String, Class<? extends KargoResource>> kinds) {
        this.limits = limits;
        this.kinds = kinds;
    }

    /** Throws a problem: what the codec's methods that return documents do with the first one. */
    static void fail(ManifestException e) {
        throw e;
    }

    /**
     * Parses a text given whole, as {@link #read(Reader, String, Path, boolean, Consumer, Consumer)} with
     * {@link #fail} would read it through a {@link StringReader}, in one pass less when it can be read: the text is
     * first read without {@link LimitedReader}'s look at every character, when its length shows that no limit of
     * size can be reached. Whatever that reading meets that is not a document read (a problem, a refused character,
     * anything thrown), the text is read again with every check, and that reading's answer, or its exception, is the
     * answer. The reading without the checks can only succeed where the one with them does: snakeyaml refuses every
     * character {@link LimitedReader} refuses (it refuses all that YAML does not allow), and the limits of size are
     * not reached (see {@link #withinSizeLimits}); where both succeed they give the same documents, since the
     * checking reader hands the characters on unchanged.
     *
     * @param text   YAML text
     * @param source its name in messages
     * @return the documents
     * @throws ManifestException at the first document that cannot be read
     */
    List<Manifest> parse(String text, String source) {
        List<Manifest> unchecked = new ArrayList<>();
        if (readUnchecked(text, new StringReader(text), -1, source, null, unchecked, null)) {
            return unchecked;
        }
        List<Manifest> out = new ArrayList<>();
        read(new StringReader(text), source, null, false, new AddTo<>(out), ManifestReader::fail);
        return out;
    }

    /**
     * Reads YAML without {@link LimitedReader}'s checks, when the text's length shows that no size limit can be
     * reached ({@link #withinSizeLimits}).
     *
     * @param text       the text
     * @param chars      the same text as a reader
     * @param size       its size in bytes when it was a file, or -1 (the parser's buffer is sized by it)
     * @param source     its name in messages
     * @param file       the file it was read from, or null
     * @param out        receives the documents
     * @param notObjects receives the position of each document that is not a Kubernetes object, or null to read such
     *                   a document as any other
     * @return whether every document was read; false: the text met something else or was not read, and what the
     *     lists received is to be dropped
     */
    private boolean readUnchecked(CharSequence text, Reader chars, long size, String source, Path file,
                                  List<Manifest> out, List<SourcePosition> notObjects) {
        if (!withinSizeLimits(text)) {
            return false;
        }
        try {
            new YamlTreeReader(limits, source, SourceDecoder.bufferFor(size)).read(LimitedReader.unchecked(chars),
                    new Documents(source, file, new AddTo<>(out), Abort.REPORT,
                            notObjects == null ? null : new AddTo<>(notObjects)), Abort.REPORT);
            return true;
        } catch (RuntimeException e) {
            return false;   // read again with every check, whose answer is the answer
        }
    }

    /**
     * Whether no YAML document of the text can be longer than {@link ReadLimits#maxDocumentChars()} characters, nor
     * the text longer than {@link ReadLimits#maxFileChars()}, as {@link LimitedReader} counts them: a document's
     * count starts again at the third {@code -} of a line that starts with {@code ---}, so no count is longer than
     * the longest stretch between two such lines (or the text's start or end). Judged with a margin: a text near a
     * limit is read with the checks.
     */
    boolean withinSizeLimits(CharSequence text) {
        int n = text.length();
        long margin = 8;
        if (n + margin > limits.maxFileChars()) {
            return false;
        }
        long maxDocument = limits.maxDocumentChars() - margin;
        if (n <= maxDocument) {
            return true;
        }
        int last = 0;
        for (int i = 0; i + 2 < n; i++) {
            if ((i == 0 || text.charAt(i - 1) == '\n') && text.charAt(i) == '-' && text.charAt(i + 1) == '-'
                    && text.charAt(i + 2) == '-') {
                if (i + 3 - last > maxDocument) {
                    return false;
                }
                last = i;
            }
        }
        return n - last <= maxDocument;
    }

    /** Stops a reading without the checks at its first problem (no stack trace: it is caught at once). */
    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Consumer<ManifestException> REPORT = new Consumer<>() {
            @Override
            public void accept(ManifestException e) {
                throw new Abort();
            }
        };

        Abort() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads one file as {@link KargoCodec#read(Path, Consumer, Consumer)} describes: JSON if its name ends in
     * {@code .json}, YAML otherwise; a small YAML file whole, anything else as a stream (see below).
     */
    void readFile(Path file, Consumer<Manifest> sink, Consumer<ManifestException> problems) {
        readFile(file, sink, problems, null);
    }

    /**
     * As above; a document that is not a Kubernetes object goes to {@code notObject} when it is not null. A YAML file
     * smaller than one read's buffer is first read whole and parsed as {@link #parse} parses a text, without the
     * look at every character; if that meets anything but documents, nothing of it is handed on and the file is read
     * again as a stream with every check ({@link #readFileStreaming}), whose answer is then the answer.
     */
    void readFile(Path file, Consumer<Manifest> sink, Consumer<ManifestException> problems,
                  Consumer<SourcePosition> notObject) {
        boolean json = isJsonName(file);
        long size = regularFileSize(file);
        if (!json && readWhole(file, size, sink, notObject)) {
            return;
        }
        readFileStreaming(file, json, size, sink, problems, notObject);
    }

    /**
     * Reads a small regular YAML file whole, without {@link LimitedReader}'s checks.
     *
     * @param size the file's size in bytes, or -1 when it is not a regular file
     * @return whether its documents were read and handed on; false: nothing was handed on
     */
    private boolean readWhole(Path file, long size, Consumer<Manifest> sink, Consumer<SourcePosition> notObject) {
        if (size < 0 || size >= SourceDecoder.CHUNK - 16) {
            return false;
        }
        // UTF-8 and UTF-16 never decode to more characters than bytes: one more slot tells that the file grew
        char[] chars = new char[(int) size + 1];
        int n = 0;
        try (InputStream in = Files.newInputStream(file);
             Reader r = new SourceDecoder(in, SourceDecoder.bufferFor(size))) {
            for (int k = r.read(chars, 0, chars.length); k >= 0; k = r.read(chars, n, chars.length - n)) {
                n += k;
                if (n == chars.length) {
                    return false;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;   // the reading with the checks reports it
        }
        List<Manifest> out = new ArrayList<>();
        List<SourcePosition> notObjects = new ArrayList<>(0);
        if (!readUnchecked(CharBuffer.wrap(chars, 0, n), new CharArrayReader(chars, 0, n), size, file.toString(), file,
                out, notObject == null ? null : notObjects)) {
            return false;
        }
        for (Manifest m : out) {
            sink.accept(m);
        }
        for (SourcePosition p : notObjects) {
            notObject.accept(p);
        }
        return true;
    }

    /** As {@link #readFile}, always as a stream with every check. */
    void readFileStreaming(Path file, Consumer<Manifest> sink, Consumer<ManifestException> problems,
                           Consumer<SourcePosition> notObject) {
        readFileStreaming(file, isJsonName(file), regularFileSize(file), sink, problems, notObject);
    }

    private void readFileStreaming(Path file, boolean json, long size, Consumer<Manifest> sink,
                                   Consumer<ManifestException> problems, Consumer<SourcePosition> notObject) {
        String source = file.toString();
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            problems.accept(ManifestException.builder(source, Category.IO, "cannot read file: "
                    + ManifestFiles.reason(e)).unreadable().build());
            return;
        }
        ProblemCap cap = new ProblemCap(problems, source);
        try (Reader r = new SourceDecoder(in, SourceDecoder.bufferFor(size))) {
            read(r, source, file, json, sink, cap, notObject, size);
        } catch (IOException e) {
            // closing a file that was read does not lose anything
        }
        cap.finish();
    }

    /** @return whether the file's name ends in {@code .json}, in any case: it is read as JSON */
    private static boolean isJsonName(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Reads a stream as a file's content is read, with the problems of one file capped. */
    void readCapped(Reader reader, String source, Consumer<Manifest> sink, Consumer<ManifestException> problems) {
        ProblemCap cap = new ProblemCap(problems, source);
        read(reader, source, null, false, sink, cap);
        cap.finish();
    }

    /**
     * @param in a stream of bytes: UTF-8, or UTF-16 with a byte order mark
     * @return the characters, with invalid bytes refused where they are
     */
    static Reader decode(InputStream in) {
        return new SourceDecoder(in);
    }

    /** Hands on the first {@link KargoCodec#MAX_PROBLEMS_PER_FILE} problems of a file and counts the others. */
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
            if (++count <= KargoCodec.MAX_PROBLEMS_PER_FILE || e instanceof UnreadableInputException) {
                problems.accept(e);
            } else if (firstUnreported == null) {
                firstUnreported = e;
            }
        }

        void finish() {
            if (firstUnreported != null) {
                int more = count - KargoCodec.MAX_PROBLEMS_PER_FILE;
                // of the kind of the first unreported problem, where it is
                ManifestException.Builder b = ManifestException.builder(source, firstUnreported.category(), more
                        + " more " + (more == 1 ? "document" : "documents") + " from here on cannot be read; only the"
                        + " first " + KargoCodec.MAX_PROBLEMS_PER_FILE + " problems of a file are reported one by one")
                        .position(firstUnreported.position());
                firstUnreported.documentIndex().ifPresent(b::documentIndex);
                problems.accept(b.build());
            }
        }
    }

    /**
     * Reads a stream once: the size limits apply as characters stream in, and a problem gets the Helm hint from
     * what was already read. Each document that cannot be read goes to {@code problems}, which may throw to stop.
     */
    void read(Reader reader, String source, Path file, boolean json, Consumer<Manifest> sink,
                            Consumer<ManifestException> problems) {
        read(reader, source, file, json, sink, problems, null);
    }

    /** As above; a document that is not a Kubernetes object goes to {@code notObject} when it is not null. */
    void read(Reader reader, String source, Path file, boolean json, Consumer<Manifest> sink,
              Consumer<ManifestException> problems, Consumer<SourcePosition> notObject) {
        read(reader, source, file, json, sink, problems, notObject, -1);
    }

    /**
     * @return the size of a regular file in bytes, or -1 for anything else (a pipe, a device) or a file whose
     *     attributes cannot be read (the read that follows reports it)
     */
    private static long regularFileSize(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? a.size() : -1;
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
    }

    /**
     * As above, with the input's size in bytes when known (-1 when not): a small file gets buffers of its size
     * rather than the 64 Ki characters a stream gets (allocated and zeroed for each of thousands of small files).
     */
    void read(Reader reader, String source, Path file, boolean json, Consumer<Manifest> sink,
              Consumer<ManifestException> problems, Consumer<SourcePosition> notObject, long size) {
        LimitedReader limited = new LimitedReader(reader, limits.maxDocumentChars(), limits.maxFileChars(), !json);
        Consumer<ManifestException> report = new TemplateHints(problems, limited);
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
                new YamlTreeReader(limits, source, SourceDecoder.bufferFor(size)).read(limited,
                        new Documents(source, file, sink, report, notObject), report);
            }
        } catch (UncheckedIOException e) {
            problems.accept(ManifestException.builder(source, Category.IO, "cannot read: "
                    + ManifestFiles.reason(e.getCause())).unreadable().build());
        }
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
     * Hands on the problems of one input, with the Helm hint when what was read looks like a template. This class and
     * the next are named classes rather than lambdas, which the JVM would link on the first run of every process.
     */
    private static final class TemplateHints implements Consumer<ManifestException> {
        private final Consumer<ManifestException> problems;
        private final LimitedReader limited;

        TemplateHints(Consumer<ManifestException> problems, LimitedReader limited) {
            this.problems = problems;
            this.limited = limited;
        }

        @Override
        public void accept(ManifestException e) {
            problems.accept(e instanceof UnreadableInputException || !limited.looksLikeTemplate() ? e
                    : withTemplateHint(e));
        }
    }

    /** Binds each YAML document read to its type and hands it on; empty documents are skipped. */
    private final class Documents implements Consumer<YamlTreeReader.Document> {
        private final String source;
        private final Path file;
        private final Consumer<Manifest> sink;
        private final Consumer<ManifestException> report;
        private final Consumer<SourcePosition> notObject;

        Documents(String source, Path file, Consumer<Manifest> sink, Consumer<ManifestException> report,
                  Consumer<SourcePosition> notObject) {
            this.source = source;
            this.file = file;
            this.sink = sink;
            this.report = report;
            this.notObject = notObject;
        }

        @Override
        public void accept(YamlTreeReader.Document d) {
            if (d.root() == null || d.root().type() == JsonValue.Type.NULL) {
                return;
            }
            SourcePosition start = d.root().position().orElse(d.start() == null ? new SourcePosition(1, 1)
                    : d.start());
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
    }

    /** Binds a document to its model type, leniently ({@link ReadingMode#lenient}). */
    private static final class TypedBinding implements Supplier<KargoResource> {
        private final Class<? extends KargoResource> type;
        private final JsonObject root;

        TypedBinding(Class<? extends KargoResource> type, JsonObject root) {
            this.type = type;
            this.root = root;
        }

        @Override
        public KargoResource get() {
            return (KargoResource) Binder.codecFor(type).decode(root, JsonPath.ROOT);
        }
    }

    private static ManifestException withTemplateHint(ManifestException e) {
        return e.toBuilder().category(Category.TEMPLATE).problem(e.problem() + "; this looks like a Helm or Go"
                + " template, not YAML: render it first (for example with `helm template`)").build();
    }

    private Manifest toManifest(JsonValue root, String source, Path file, int index, SourcePosition start) {
        if (!(root instanceof JsonObject o)) {
            throw ManifestException.builder(source, Category.NOT_AN_OBJECT, "expected a Kubernetes object (a"
                    + " mapping with apiVersion, kind and metadata), found " + root.describeType())
                    .documentIndex(index).position(start).build();
        }
        String apiVersion = requiredString(o, "apiVersion", source, index, start);
        String kind = requiredString(o, "kind", source, index, start);
        Class<? extends KargoResource> type = kinds.get(apiVersion + "|" + kind);
        KargoResource resource;
        List<BindException> bindProblems = new ArrayList<>();
        try {
            if (type == null) {
                JsonValue metadata = o.getOrNull("metadata");
                if (metadata != null && !(metadata instanceof JsonNull)) {
                    Binder.codecFor(ObjectMeta.class).decode(metadata,
                            JsonPath.ROOT.key("metadata"));
                }
                resource = GenericResource.of(o);
            } else {
                resource = ReadingMode.lenient(new TypedBinding(type, o), bindProblems);
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
        return ManifestException.builder(source, Category.SCHEMA_MISMATCH, e.getMessage() + " (in " + kind + ")")
                .documentIndex(index).position(p).path(Optional.ofNullable(SecretPaths.inTree(o, e.path))).build();
    }

    private static String requiredString(JsonObject o, String key, String source, int index, SourcePosition start) {
        JsonValue v = o.getOrNull(key);
        if (v == null) {
            throw ManifestException.builder(source, Category.NOT_AN_OBJECT, "missing " + key
                    + "; every Kubernetes object needs apiVersion and kind").documentIndex(index).position(start)
                    .build();
        }
        if (!(v instanceof JsonString s) || s.value().isBlank()) {
            throw ManifestException.builder(source, Category.NOT_AN_OBJECT, "expected a non-empty string, found "
                    + v.describeType()).documentIndex(index).position(v.position().orElse(start))
                    .path(JsonPath.ROOT.key(key)).build();
        }
        return s.value();
    }

}
