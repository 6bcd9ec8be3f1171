package io.github.kargo4j.model.io;

import io.github.kargo4j.model.io.ManifestException.Category;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.json.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a YAML stream into {@link JsonValue} trees, one per document, with the position of every node.
 *
 * <p>Built on snakeyaml-engine's event parser (not Jackson's YAML tree reader, which turns an alias {@code *x} into
 * the string "x"). This class resolves anchors and aliases to the anchored node (shared, so aliases cost no memory),
 * applies merge keys ({@code <<}), rejects duplicate keys naming both lines, resolves plain scalars as the Kubernetes
 * API server does ({@link YamlScalars}) and enforces the {@link ReadLimits}. It is iterative: no input can overflow
 * the stack.
 */
final class YamlTreeReader {

    /** One document of a stream. {@code root} is {@code null} for an empty document. */
    record Document(int index, JsonValue root, SourcePosition start) {
    }

    private final ReadLimits limits;
    private final String source;
    private final List<Frame> frames = new ArrayList<>();
    /** The frame of each nesting level, {@code spare.get(i)} for {@code frames.get(i)}, reused. */
    private final List<Frame> spare = new ArrayList<>();
    /** Set when the input cannot be read further after an error. */
    private boolean stopped;
    private final int bufferSize;

    YamlTreeReader(ReadLimits limits, String source) {
        this(limits, source, SourceDecoder.CHUNK);
    }

    /**
     * @param bufferSize how many characters the parser reads at a time ({@link SourceDecoder#bufferFor})
     */
    YamlTreeReader(ReadLimits limits, String source, int bufferSize) {
        this.limits = limits;
        this.source = source;
        this.bufferSize = bufferSize;
    }

    private static final class Anchored {
        final JsonValue value;
        final long size;
        final long chars;

        Anchored(JsonValue value, long size, long chars) {
            this.value = value;
            this.size = size;
            this.chars = chars;
        }
    }

    private final StringPool strings = new StringPool();
    /** Characters of every scalar read so far, aliases expanded, per document and per file. */
    private long chars;
    private long fileChars;

    /**
     * A collection being read. One frame per nesting level is kept and reused, with its builders, for every collection
     * read at that level: a document has few levels and many collections.
     */
    private static final class Frame {
        boolean mapping;
        JsonObject.Builder object;
        JsonArray.Builder array;
        /** The enclosing collection, and where this one sits in it: the path is made only when an error needs it. */
        Frame parent;
        String keyInParent;
        int indexInParent;
        private JsonPath path;
        String anchor;
        long startCount;
        long startChars;
        // mapping state
        boolean expectKey;
        String key;
        long keyPos;
        boolean mergeKey;
        List<JsonObject> merges;
        // what the mapping says of itself so far, to keep a Secret's keys out of messages (SecretPaths)
        String kind;
        boolean apiVersion;

        Frame start(boolean mapping, Frame parent, String anchor, long startCount, long startChars,
                    SourcePosition pos) {
            this.mapping = mapping;
            this.parent = parent;
            this.anchor = anchor;
            this.startCount = startCount;
            this.startChars = startChars;
            expectKey = true;
            key = null;
            keyPos = -1L;
            mergeKey = false;
            merges = null;
            kind = null;
            apiVersion = false;
            path = null;
            if (parent == null) {
                keyInParent = null;
                indexInParent = -1;
                path = JsonPath.ROOT;
            } else if (parent.mapping) {
                keyInParent = parent.key;
                indexInParent = -1;
            } else {
                keyInParent = null;
                indexInParent = parent.array.size();
            }
            if (mapping) {
                object = object == null ? JsonObject.builder() : object.clear();
                object.position(pos);
            } else {
                array = array == null ? JsonArray.builder() : array.clear();
                array.position(pos);
            }
            return this;
        }

        /** @return the path of this collection, made from the enclosing ones' without recursion */
        JsonPath path() {
            if (path != null) {
                return path;
            }
            List<Frame> unmade = new ArrayList<>();
            for (Frame f = this; f.path == null; f = f.parent) {
                unmade.add(f);
            }
            for (int i = unmade.size() - 1; i >= 0; i--) {
                Frame f = unmade.get(i);
                JsonPath p = f.parent.path;
                f.path = f.parent.mapping ? f.keyInParent == null ? p : p.key(f.keyInParent) : p.index(f.indexInParent);
            }
            return path;
        }

        JsonPath childPath() {
            if (mapping) {
                return key == null ? path() : path().key(key);
            }
            return path().index(array.size());
        }
    }

    /** A failure of the document sink, passed through the parse untouched. */
    private static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(RuntimeException cause) {
            super(null, cause, false, false);
        }
    }

    /** Where the document being read started: its index, whether it is open, the line of its {@code ---}. */
    private int docIndex = -1;
    private boolean inDocument;
    private int markerLine = -1;
    /** Set when reading resumed after a {@code ...}: the next document must start with {@code ---}. */
    private boolean afterDocumentEnd;

    /**
     * Reads every document of the stream, handing each to {@code sink} as soon as it is complete, so that nothing
     * but the document being read is held here. A document that cannot be read is handed to {@code problems}, and
     * reading resumes at the next document marker line ({@link DocumentResync}); an input that cannot be read at
     * all ({@link UnreadableInputException}) ends the reading.
     *
     * @param input    the characters, with the size limits applied as they stream in
     * @param sink     receives each document, in order
     * @param problems receives each document that cannot be read, in order; may throw to stop the reading
     */
    void read(LimitedReader input, Consumer<Document> sink, Consumer<ManifestException> problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setCodePointLimit(limits.maxDocumentChars())
                .setUseMarks(true)
                .setParseComments(false)
                .setBufferSize(bufferSize)
                .build();
        StreamReader reader = new StreamReader(settings, new SurrogatePairReader(input));
        Parser parser = new ParserImpl(settings, reader);
        int resumedAt = -1;
        while (true) {
            ManifestException failure;
            boolean documentTooLong = false;
            try {
                parse(parser, sink);
                return;
            } catch (SinkFailure e) {
                throw (RuntimeException) e.getCause();
            } catch (UnreadableInputException e) {
                problems.accept(e);
                return;
            } catch (ManifestException e) {
                failure = e;
            } catch (LimitedReader.Stop e) {
                // the document limit: the reader skips to the next document; anything else ends the input
                failure = error(e.category(), brokenIndex(), new SourcePosition(e.line, e.column), null, e.problem);
                documentTooLong = true;
            }
            int errorLine = documentTooLong ? reader.getLine()
                    : failure.position().map(p -> p.line() - 1).orElse(reader.getLine());
            int skipLine = inDocument ? markerLine : -1;
            docIndex = Math.max(brokenIndex(), 0);
            inDocument = false;
            frames.clear();
            problems.accept(failure);
            if (stopped) {
                return;
            }
            DocumentResync.Marker marker = null;
            try {
                boolean seeking = true;
                while (seeking) {
                    try {
                        marker = DocumentResync.seek(reader, errorLine, skipLine, resumedAt);
                        seeking = false;
                    } catch (LimitedReader.Stop e) {
                        if (e.unreadable()) {
                            problems.accept(e.toException(source));
                            return;
                        }
                        // the broken document is also too long: it is reported already, skip on
                    }
                }
            } catch (YamlEngineException e) {
                problems.accept(e.getCause() instanceof IOException io ? unreadable(io) : error(Category.SYNTAX,
                        docIndex + 1, null, null,
                        "cannot read YAML: " + ParseProblems.yaml(String.valueOf(e.getMessage()), null)));
                return;
            }
            if (marker == null) {
                return;
            }
            resumedAt = reader.getIndex();
            afterDocumentEnd = marker == DocumentResync.Marker.END;
            parser = DocumentResync.parserAfter(marker, settings, reader);
        }
    }

    /** @return the index of the document an error belongs to: the open one, or the next one between documents */
    private int brokenIndex() {
        return inDocument ? docIndex : docIndex + 1;
    }

    /** Parses until the end of the input; throws at the first document that cannot be read. */
    private void parse(Parser parser, Consumer<Document> sink) {
        List<Frame> stack = frames;
        Map<String, Anchored> anchors = new HashMap<>();
        JsonValue root = null;
        SourcePosition docStart = null;
        long nodes = 0;
        int aliases = 0;
        Event event = null;
        try {
            while (parser.hasNext()) {
                event = parser.next();
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        if (afterDocumentEnd && !((DocumentStartEvent) event).isExplicit()) {
                            throw error(Category.SYNTAX, docIndex + 1, pos(event), null,
                                    "malformed YAML: " + ParseProblems.yaml(
                                    "expected '<document start>', but found '<scalar>'", null));
                        }
                        afterDocumentEnd = false;
                        docIndex++;
                        inDocument = true;
                        markerLine = ((DocumentStartEvent) event).isExplicit()
                                ? (event.getStartMark().isPresent() ? event.getStartMark().get().getLine() : -1) : -1;
                        root = null;
                        docStart = pos(event);
                        anchors.clear();
                        nodes = 0;
                        aliases = 0;
                        chars = 0;
                    }
                    case DocumentEnd -> {
                        inDocument = false;
                        Document d = new Document(docIndex, root, docStart);
                        root = null;
                        try {
                            sink.accept(d);
                        } catch (RuntimeException e) {
                            throw new SinkFailure(e);
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        CollectionStartEvent cs = (CollectionStartEvent) event;
                        nodes++;
                        checkNodes(nodes, docIndex, event, stack);
                        if (stack.size() >= limits.maxDepth()) {
                            throw error(Category.LIMIT, docIndex, pos(event), pathOf(stack),
                                    "nesting deeper than " + limits.maxDepth()
                                            + " levels; raise ReadLimits.maxDepth if this is intended");
                        }
                        Frame parent = stack.isEmpty() ? null : top(stack);
                        if (parent != null) {
                            if (parent.mapping && parent.expectKey) {
                                throw error(Category.UNSUPPORTED_VALUE, docIndex, pos(event), parent.path(),
                                        "a key must be a plain value, not " + (event.getEventId()
                                                == Event.ID.MappingStart ? "an object" : "a list"));
                            }
                        }
                        int depth = stack.size();
                        Frame frame;
                        if (depth < spare.size()) {
                            frame = spare.get(depth);
                        } else {
                            frame = new Frame();
                            spare.add(frame);
                        }
                        stack.add(frame.start(event.getEventId() == Event.ID.MappingStart, parent,
                                (cs.getAnchor().isPresent() ? cs.getAnchor().get().getValue() : null), nodes - 1, chars, pos(event)));
                    }
                    case MappingEnd, SequenceEnd -> {
                        Frame f = stack.remove(stack.size() - 1);
                        JsonValue value;
                        if (f.mapping) {
                            if (f.merges != null) {
                                applyMerges(f);
                            }
                            value = f.object.build();
                        } else {
                            value = f.array.build();
                        }
                        if (f.anchor != null) {
                            anchors.put(f.anchor, new Anchored(value, nodes - f.startCount, chars - f.startChars));
                        }
                        root = deliver(stack, value, root, docIndex, event);
                    }
                    case Scalar -> {
                        ScalarEvent se = (ScalarEvent) event;
                        nodes++;
                        checkNodes(nodes, docIndex, event, stack);
                        String text = se.getValue();
                        if (text.length() > limits.maxScalarChars()) {
                            throw error(Category.LIMIT, docIndex, pos(event),
                                    stack.isEmpty() ? JsonPath.ROOT : top(stack).childPath(),
                                    "a value of " + text.length() + " characters is longer than the limit of "
                                            + limits.maxScalarChars() + "; raise ReadLimits.maxScalarChars if this is"
                                            + " intended");
                        }
                        addChars(text.length(), docIndex, event, stack);
                        if (!stack.isEmpty() && top(stack).mapping && top(stack).expectKey) {
                            acceptKey(top(stack), se, docIndex);
                            continue;
                        }
                        JsonValue value = scalar(se, docIndex, stack);
                        if (se.getAnchor().isPresent()) {
                            anchors.put(se.getAnchor().get().getValue(), new Anchored(value, 1, text.length()));
                        }
                        root = deliver(stack, value, root, docIndex, event);
                    }
                    case Alias -> {
                        aliases++;
                        if (aliases > limits.maxAliases()) {
                            throw error(Category.LIMIT, docIndex, pos(event),
                                    stack.isEmpty() ? JsonPath.ROOT : top(stack).childPath(),
                                    "more than " + limits.maxAliases() + " YAML aliases in one document (an alias"
                                            + " bomb?); raise ReadLimits.maxAliases if this is intended");
                        }
                        String name = anchorName((NodeEvent) event);
                        Anchored a = anchors.get(name);
                        if (a == null) {
                            throw error(Category.SYNTAX, docIndex, pos(event),
                                    stack.isEmpty() ? JsonPath.ROOT : top(stack).childPath(),
                                    "an alias (*) refers to no anchor (&) of that name defined before it in the"
                                            + " document");
                        }
                        nodes += a.size;
                        checkNodes(nodes, docIndex, event, stack);
                        addChars(a.chars, docIndex, event, stack);
                        if (!stack.isEmpty() && top(stack).mapping && top(stack).expectKey) {
                            Frame f = top(stack);
                            if (a.value instanceof JsonObject || a.value instanceof JsonArray) {
                                throw error(Category.UNSUPPORTED_VALUE, docIndex, pos(event), f.path(),
                                        "a key must be a plain value, not "
                                        + a.value.describeType());
                            }
                            setKey(f, keyText(a.value), packedPos(event), docIndex);
                            continue;
                        }
                        root = deliver(stack, a.value, root, docIndex, event);
                    }
                    default -> {
                        // StreamStart, StreamEnd, Comment: nothing to build
                    }
                }
            }
        } catch (ManifestException | SinkFailure e) {
            throw e;
        } catch (LimitedReader.Stop e) {
            if (e.unreadable()) {
                throw e.toException(source);
            }
            throw e;
        } catch (YamlScalars.TagMismatch e) {
            throw error(Category.UNSUPPORTED_VALUE, Math.max(brokenIndex(), 0), event == null ? null : pos(event),
                    pathOf(stack), e.getMessage());
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            SourcePosition p = m == null ? null : new SourcePosition(m.getLine() + 1, m.getColumn() + 1);
            // snakeyaml quotes the input (tokens, tag handles, the source line): keep only a category, no cause
            throw error(Category.SYNTAX, Math.max(brokenIndex(), 0), p, stack.isEmpty() ? null : pathOf(stack),
                    "malformed YAML: " + ParseProblems.yaml(e.getProblem(), e.getContext()));
        } catch (ReaderException e) {
            // the stream reader cannot go on after it: the rest of the input is not read
            stopped = true;
            throw error(Category.SYNTAX, Math.max(brokenIndex(), 0), event == null ? null : pos(event), null,
                    "cannot read YAML: "
                    + ParseProblems.yaml(String.valueOf(e.getMessage()), null));
        } catch (YamlEngineException e) {
            if (e.getCause() instanceof IOException io) {
                throw unreadable(io);
            }
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("exceeds the limit")) {
                throw error(Category.LIMIT, Math.max(brokenIndex(), 0), event == null ? null : pos(event), null,
                        LimitedReader.documentTooLong(limits.maxDocumentChars()));
            }
            throw error(Category.SYNTAX, Math.max(brokenIndex(), 0), event == null ? null : pos(event), null,
                    "cannot read YAML: "
                    + ParseProblems.yaml(msg, null));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // snakeyaml fails so on some inputs, such as a \\u escape cut off by the end of the input
            throw error(Category.SYNTAX, Math.max(brokenIndex(), 0), event == null ? null : pos(event),
                    stack.isEmpty() ? null
                    : pathOf(stack), "malformed YAML: the input ends or breaks off in the middle of a value");
        } catch (StackOverflowError e) {
            throw error(Category.LIMIT, Math.max(brokenIndex(), 0), null, null, "input nested too deeply to read");
        }
    }

    /** Counts the characters a scalar or an alias adds, aliases expanded: an alias bomb may have few nodes. */
    private void addChars(long n, int docIndex, Event event, List<Frame> stack) {
        chars += n;
        fileChars += n;
        if (chars > limits.maxDocumentChars()) {
            throw error(Category.LIMIT, docIndex, pos(event), pathOf(stack),
                    "document holds more than " + limits.maxDocumentChars()
                    + " characters once YAML aliases are expanded (an alias bomb?); raise ReadLimits.maxDocumentChars"
                    + " if this is intended");
        }
        if (fileChars > limits.maxFileChars()) {
            throw error(Category.LIMIT, docIndex, pos(event), pathOf(stack),
                    "file holds more than " + limits.maxFileChars()
                    + " characters once YAML aliases are expanded (an alias bomb?); raise ReadLimits.maxFileChars if"
                    + " this is intended");
        }
    }

    private String share(String s) {
        return strings.share(s);
    }

    private void checkNodes(long nodes, int docIndex, Event event, List<Frame> stack) {
        if (nodes > limits.maxNodes()) {
            throw error(Category.LIMIT, docIndex, pos(event), pathOf(stack),
                    "document has more than " + limits.maxNodes()
                    + " values once YAML aliases are expanded (an alias bomb?); raise ReadLimits.maxNodes if this is"
                    + " intended");
        }
    }

    private static Frame top(List<Frame> stack) {
        return stack.get(stack.size() - 1);
    }

    private static JsonPath pathOf(List<Frame> stack) {
        return stack.isEmpty() ? JsonPath.ROOT : top(stack).childPath();
    }

    private static SourcePosition pos(Event e) {
        Optional<Mark> m = e.getStartMark();
        if (m.isEmpty()) {
            return null;
        }
        Mark mark = m.get();
        return new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** @return {@link #pack}{@code (pos(e))}, without the position object */
    private static long packedPos(Event e) {
        Optional<Mark> m = e.getStartMark();
        if (m.isEmpty()) {
            return -1L;
        }
        Mark mark = m.get();
        return ((long) (mark.getLine() + 1) << 32) | (mark.getColumn() + 1);
    }

    private static long pack(SourcePosition p) {
        return p == null ? -1L : ((long) p.line() << 32) | p.column();
    }

    private static SourcePosition unpack(long p) {
        return p < 0 ? null : new SourcePosition((int) (p >>> 32), (int) p);
    }

    private void acceptKey(Frame f, ScalarEvent se, int docIndex) {
        long p = packedPos(se);
        String text = se.getValue();
        if (se.isPlain() && se.getTag().isEmpty()) {
            if (tooManyDigits(text)) {
                throw digitsError(text, docIndex, se, f.path());
            }
            Object r = YamlScalars.resolvePlain(text);
            if (r == YamlScalars.MERGE) {
                f.expectKey = false;
                f.mergeKey = true;
                f.key = "<<";
                f.keyPos = p;
                return;
            }
            setKey(f, share(keyString(r, text)), p, docIndex);
        } else if (se.getTag().isPresent()) {
            if (tooManyDigits(text)) {
                throw digitsError(text, docIndex, se, f.path());
            }
            setKey(f, share(keyString(YamlScalars.resolveTagged(se.getTag().get(), text), text)), p, docIndex);
        } else {
            setKey(f, share(text), p, docIndex);
        }
    }

    /**
     * Refuses a number longer than {@link ReadLimits#maxNumberDigits()} before anything converts it: converting a
     * number of a million digits takes minutes.
     */
    private boolean tooManyDigits(String text) {
        return text.length() > limits.maxNumberDigits() && YamlScalars.looksLikeNumber(text);
    }

    private ManifestException digitsError(String text, int docIndex, Event event, JsonPath path) {
        return error(Category.LIMIT, docIndex, pos(event), path,
                "a number of " + text.length() + " characters is longer than the"
                + " limit of " + limits.maxNumberDigits() + " digits; quote it if it is meant as a string, or"
                + " raise ReadLimits.maxNumberDigits if this is intended");
    }

    /**
     * sigs.k8s.io/yaml turns non-string keys into strings: {@code on: x} has the key "true". It refuses a null key and
     * one that go-yaml reads as a uint64 (a whole number beyond int64), and so does the codec.
     */
    private static String keyString(Object resolved, String text) {
        if (resolved instanceof String s) {
            return s;
        }
        if (resolved == YamlScalars.NULL) {
            throw new YamlScalars.TagMismatch("a key that is null (~, null or nothing), which kubectl refuses; quote"
                    + " it (\"null\") if it is meant as a string");
        }
        if (resolved instanceof java.math.BigInteger) {
            throw new YamlScalars.TagMismatch("a key that is a whole number beyond the range of a signed 64-bit"
                    + " integer, which kubectl refuses; quote it if it is meant as a string");
        }
        if (resolved instanceof Double || resolved == YamlScalars.NOT_JSON_NUMBER) {
            return YamlScalars.floatKey(resolved, text);
        }
        return String.valueOf(resolved);
    }

    /** The key an alias ({@code *a: x}) of a scalar makes: what {@link #keyString} makes of the value it refers to. */
    private static String keyText(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.value();
        }
        if (v instanceof JsonNull) {
            return keyString(YamlScalars.NULL, "null");
        }
        if (v instanceof JsonNumber n) {
            Number value = n.value();
            boolean whole = value instanceof Long || value instanceof java.math.BigInteger;
            return keyString(whole ? value : (Object) n.toBigDecimal().doubleValue(), n.toString());
        }
        return v.toString();
    }

    private void setKey(Frame f, String key, long keyPos, int docIndex) {
        if (f.object.containsKey(key)) {
            SourcePosition kp = unpack(keyPos);
            int first = f.object.keyPosition(key).map(SourcePosition::line).orElse(0);
            throw error(Category.DUPLICATE_KEY, docIndex, kp, f.path().key(key), "duplicate key: defined at line "
                    + first
                    + " and again at line " + (kp == null ? "?" : kp.line()) + "; YAML forbids duplicate keys and"
                    + " Kubernetes would silently keep only one");
        }
        f.expectKey = false;
        f.mergeKey = false;
        f.key = key;
        f.keyPos = keyPos;
    }

    private JsonValue deliver(List<Frame> stack, JsonValue value, JsonValue root, int docIndex, Event event) {
        if (stack.isEmpty()) {
            return value;
        }
        Frame f = top(stack);
        if (!f.mapping) {
            f.array.add(value);
            return root;
        }
        if (f.mergeKey) {
            addMerge(f, value, docIndex, event);
        } else {
            f.object.put(f.key, value, unpack(f.keyPos));
            if (f.key.equals("kind")) {
                f.kind = value instanceof JsonString s ? s.value() : "";
            } else if (f.key.equals("apiVersion")) {
                f.apiVersion = true;
            }
        }
        f.expectKey = true;
        f.mergeKey = false;
        f.key = null;
        return root;
    }

    private void addMerge(Frame f, JsonValue value, int docIndex, Event event) {
        if (f.merges == null) {
            f.merges = new ArrayList<>();
        }
        if (value instanceof JsonObject o) {
            f.merges.add(o);
        } else if (value instanceof JsonArray a) {
            for (JsonValue item : a.items()) {
                if (!(item instanceof JsonObject o)) {
                    throw error(Category.UNSUPPORTED_VALUE, docIndex, pos(event), f.path().key("<<"),
                            "a merge key (<<) takes an object or a list of objects, found a list holding "
                                    + item.describeType());
                }
                f.merges.add(o);
            }
        } else {
            throw error(Category.UNSUPPORTED_VALUE, docIndex, pos(event), f.path().key("<<"),
                    "a merge key (<<) takes an object or a list of objects, found " + value.describeType());
        }
    }

    private static void applyMerges(Frame f) {
        for (JsonObject source : f.merges) {
            for (int i = 0; i < source.size(); i++) {
                String k = source.keyAt(i);
                if (!f.object.containsKey(k)) {
                    f.object.put(k, source.valueAt(i), source.keyPosition(k).orElse(null));
                }
            }
        }
    }

    private JsonValue scalar(ScalarEvent se, int docIndex, List<Frame> stack) {
        SourcePosition p = pos(se);
        String text = se.getValue();
        String tag = se.getTag().orElse(null);
        Object resolved;
        if (tag == null && !se.isPlain()) {
            resolved = text;
        } else {
            if (tooManyDigits(text)) {
                throw digitsError(text, docIndex, se, pathOf(stack));
            }
            resolved = tag == null ? YamlScalars.resolvePlain(text) : YamlScalars.resolveTagged(tag, text);
        }
        if (resolved instanceof String s) {
            return JsonString.of(share(s), p);
        }
        if (resolved instanceof Boolean b) {
            return JsonBoolean.of(b, p);
        }
        if (resolved instanceof Number n) {
            return JsonNumber.of(n, p);
        }
        if (resolved == YamlScalars.NULL) {
            return JsonNull.at(p);
        }
        if (resolved == YamlScalars.MERGE) {
            return JsonString.of(text, p);
        }
        throw error(Category.UNSUPPORTED_VALUE, docIndex, p, pathOf(stack),
                "infinite and NaN numbers cannot be represented in JSON and the"
                + " Kubernetes API server rejects them; quote the value if you mean a string");
    }

    private ManifestException error(Category category, int docIndex, SourcePosition p, JsonPath path, String problem) {
        ManifestException.Builder b = ManifestException.builder(source, category, problem)
                .position(Optional.ofNullable(p)).path(Optional.ofNullable(safePath(path)));
        return (docIndex >= 0 ? b.documentIndex(docIndex) : b).build();
    }

    private ManifestException unreadable(IOException e) {
        return ManifestException.builder(source, Category.IO, "cannot read: " + ManifestFiles.reason(e)).unreadable()
                .build();
    }

    /** The path cut below a Secret, or below the outermost object while its kind is not known yet (SecretPaths). */
    private JsonPath safePath(JsonPath path) {
        boolean outermost = true;
        for (Frame f : frames) {
            if (f.mapping) {
                if (SecretPaths.SECRET.equals(f.kind) || f.kind == null && (outermost || f.apiVersion)) {
                    return SecretPaths.cut(path, f.path().depth());
                }
                outermost = false;
            }
        }
        return path;
    }

    private static String anchorName(NodeEvent event) {
        return event.getAnchor().isPresent() ? event.getAnchor().get().getValue() : "";
    }
}
