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
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one JSON document with Jackson's streaming parser into a {@link JsonValue} with positions; iterative. */
final class JsonTreeReader {

    private final ReadLimits limits;
    private final String source;
    private final JsonFactory factory;
    private final StringPool strings = new StringPool();

    JsonTreeReader(ReadLimits limits, String source) {
        this.limits = limits;
        this.source = source;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxDocumentChars())
                        .maxStringLength(limits.maxScalarChars())
                        .maxNameLength(limits.maxScalarChars())
                        .maxNumberLength(limits.maxNumberDigits())
                        .build())
                .build();
    }

    private static final class Frame {
        final JsonObject.Builder object;
        final JsonArray.Builder array;
        final JsonPath path;
        String key;
        SourcePosition keyPos;
        Map<String, Integer> keyLines;
        // what the object says of itself so far, to keep a Secret's keys out of messages (SecretPaths)
        String kind;
        boolean apiVersion;

        Frame(boolean object, JsonPath path, SourcePosition pos) {
            this.object = object ? JsonObject.builder().position(pos) : null;
            this.array = object ? null : JsonArray.builder().position(pos);
            this.path = path;
        }

        JsonPath child() {
            return object != null ? (key == null ? path : path.key(key)) : path.index(array.size());
        }
    }

    /** @return the document, or {@code null} if the input holds no value */
    JsonValue read(Reader input) {
        List<Frame> stack = new ArrayList<>();
        JsonValue root = null;
        long nodes = 0;
        JsonParser parser = null;
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), input)) {
            parser = p;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                SourcePosition pos = position(p.currentTokenLocation());
                if (t == JsonToken.PROPERTY_NAME) {
                    Frame f = stack.get(stack.size() - 1);
                    String name = strings.share(p.currentName());
                    if (f.keyLines == null) {
                        f.keyLines = new HashMap<>();
                    }
                    Integer first = f.keyLines.putIfAbsent(name, pos == null ? 0 : pos.line());
                    if (first != null) {
                        throw error(Category.DUPLICATE_KEY, pos, safePath(stack, f.path.key(name)),
                                "duplicate key: defined at line " + first + " and again at line "
                                + (pos == null ? "?" : pos.line()));
                    }
                    f.key = name;
                    f.keyPos = pos;
                    continue;
                }
                if (++nodes > limits.maxNodes()) {
                    throw error(Category.LIMIT, pos, null, "document has more than " + limits.maxNodes()
                            + " values; raise ReadLimits.maxNodes if this is intended");
                }
                JsonValue value;
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        JsonPath path = stack.isEmpty() ? JsonPath.ROOT : stack.get(stack.size() - 1).child();
                        stack.add(new Frame(t == JsonToken.START_OBJECT, path, pos));
                        continue;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        nodes--;
                        Frame f = stack.remove(stack.size() - 1);
                        value = f.object != null ? f.object.build() : f.array.build();
                    }
                    case VALUE_STRING -> value = JsonString.of(strings.share(p.getString()), pos);
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = number(p, t, pos, stack);
                    case VALUE_TRUE -> value = JsonBoolean.of(true, pos);
                    case VALUE_FALSE -> value = JsonBoolean.of(false, pos);
                    case VALUE_NULL -> value = JsonNull.at(pos);
                    default -> throw error(Category.SYNTAX, pos, null, "unexpected JSON token " + t);
                }
                if (stack.isEmpty()) {
                    if (root != null) {
                        throw error(Category.SYNTAX, pos, null,
                                "more than one JSON value in the file; a .json file holds one document");
                    }
                    root = value;
                } else {
                    Frame f = stack.get(stack.size() - 1);
                    if (f.object != null) {
                        f.object.put(f.key, value, f.keyPos);
                        if (f.key.equals("kind")) {
                            f.kind = value instanceof JsonString s ? s.value() : "";
                        } else if (f.key.equals("apiVersion")) {
                            f.apiVersion = true;
                        }
                        f.key = null;
                    } else {
                        f.array.add(value);
                    }
                }
            }
        } catch (LimitedReader.Stop e) {
            if (e.unreadable()) {
                throw e.toException(source);
            }
            throw error(e.category(), new SourcePosition(e.line, e.column), pathOf(stack), e.problem);
        } catch (JacksonIOException e) {
            throw ManifestException.builder(source, Category.IO, "cannot read: " + ManifestFiles.reason(e.getCause()))
                    .unreadable().build();
        } catch (StreamConstraintsException e) {
            SourcePosition where = position(e.getLocation());
            if (where == null && parser != null) {
                where = position(parser.currentLocation());
            }
            String m = String.valueOf(e.getOriginalMessage());
            String problem = m.contains("nesting depth") ? "nesting deeper than " + limits.maxDepth()
                    + " levels; raise ReadLimits.maxDepth if this is intended"
                    : m.contains("Number value") ? tooManyDigits()
                    : m.contains("String value length") || m.contains("Name length")
                    ? "a value longer than the limit of " + limits.maxScalarChars()
                    + " characters; raise ReadLimits.maxScalarChars if this is intended"
                    : m.contains("Document length") ? LimitedReader.documentTooLong(limits.maxDocumentChars())
                    : "input over a read limit (see ReadLimits)";
            JsonPath path = pathOf(stack);
            if (parser != null && !stack.isEmpty() && stack.get(stack.size() - 1).object != null
                    && stack.get(stack.size() - 1).key == null && parser.currentName() != null) {
                // Jackson reads a value together with its name: the limit tripped on the value of this name
                path = stack.get(stack.size() - 1).path.key(parser.currentName());
                SourcePosition name = position(parser.currentTokenLocation());
                where = name != null ? name : where;
            }
            throw error(Category.LIMIT, where, path, problem);
        } catch (JacksonException e) {
            // Jackson quotes the input (the offending token): keep only a category, and no cause
            throw error(ParseProblems.jsonCategory(e.getOriginalMessage()), position(e.getLocation()), pathOf(stack),
                    "malformed JSON: " + ParseProblems.json(e.getOriginalMessage()));
        }
        return root;
    }

    /** @return a problem of the document (a JSON file holds one, its index is 0) */
    private ManifestException error(Category category, SourcePosition pos, JsonPath path, String problem) {
        return ManifestException.builder(source, category, problem).documentIndex(0)
                .position(Optional.ofNullable(pos)).path(Optional.ofNullable(path)).build();
    }

    private static JsonPath pathOf(List<Frame> stack) {
        return stack.isEmpty() ? null : safePath(stack, stack.get(stack.size() - 1).child());
    }

    private String tooManyDigits() {
        return "a number longer than the limit of " + limits.maxNumberDigits() + " digits; quote it if it is meant"
                + " as a string, or raise ReadLimits.maxNumberDigits if this is intended";
    }

    /**
     * A number as Go's encoding/json (and so the API server) reads it: a number outside the range of a 64-bit float
     * is refused, one too small for it is its float value (zero); every other number is kept exactly as written.
     * The length was bounded by Jackson (maxNumberLength) before any conversion.
     */
    private JsonNumber number(JsonParser p, JsonToken t, SourcePosition pos, List<Frame> stack) {
        String text = p.getString();
        if (text.length() > limits.maxNumberDigits()) {
            throw error(Category.LIMIT, pos, pathOf(stack), tooManyDigits());
        }
        double d = Double.parseDouble(text);
        if (Double.isInfinite(d)) {
            throw error(Category.UNSUPPORTED_VALUE, pos, pathOf(stack), "a number outside the range of a 64-bit"
                    + " float: the Kubernetes API server refuses it; quote it if it is meant as a string");
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return JsonNumber.of(new BigInteger(text), pos);
        }
        BigDecimal exact = new BigDecimal(text);
        // beyond any float64's digits: keep what Go reads, not a decimal whose plain form has a billion zeros
        return JsonNumber.of(Math.abs(exact.scale()) > 1_100 ? (Number) d : exact, pos);
    }

    /** The path cut below a Secret, or below the outermost object while its kind is not known yet (SecretPaths). */
    private static JsonPath safePath(List<Frame> stack, JsonPath path) {
        boolean outermost = true;
        for (Frame f : stack) {
            if (f.object != null) {
                if (SecretPaths.SECRET.equals(f.kind) || f.kind == null && (outermost || f.apiVersion)) {
                    return SecretPaths.cut(path, f.path.depth());
                }
                outermost = false;
            }
        }
        return path;
    }

    private static SourcePosition position(TokenStreamLocation loc) {
        if (loc == null || loc.getLineNr() < 1 || loc.getColumnNr() < 1) {
            return null;
        }
        return new SourcePosition(loc.getLineNr(), loc.getColumnNr());
    }
}
