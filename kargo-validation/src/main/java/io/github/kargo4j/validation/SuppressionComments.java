package io.github.kargo4j.validation;

import io.github.kargo4j.model.json.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the suppression comments of a YAML file: {@code # kargo4j:ignore KG003[,KL001] reason}, each with the index
 * of the document it stands in, as the codec counts documents. The file is parsed once more, with comments, only
 * when its text holds the marker at all; the parse is linear and stops at the first document that is not YAML
 * (comments after it are not found, and the reader reports that document anyway).
 */
final class SuppressionComments {

    /** The marker that starts a suppression comment. */
    static final String MARKER = "kargo4j:ignore";

    /**
     * One suppression comment.
     *
     * @param documentIndex the index of the document it stands in
     * @param position      where the comment starts
     * @param codes         the rule codes it names (upper case), possibly none
     * @param justification the rest of the comment, trimmed (may be empty)
     */
    record Directive(int documentIndex, SourcePosition position, List<String> codes, String justification) {
    }

    private SuppressionComments() {
    }

    /**
     * @param file     a YAML file
     * @param maxChars the most characters to read (the codec's file limit); a longer file is not searched
     * @return its suppression comments, in order; none if it cannot be read (the codec reports that)
     */
    static List<Directive> of(Path file, long maxChars) {
        String text;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || attributes.size() > maxChars * 4) {
                return List.of();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!utf16(bytes) && !holdsMarker(bytes)) {
                return List.of();   // UTF-8 text without the marker's bytes: the text does not hold it either
            }
            text = decode(bytes);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        if (!text.contains(MARKER)) {
            return List.of();
        }
        return parse(text, (int) Math.min(Integer.MAX_VALUE, maxChars));
    }

    /**
     * @param text     YAML text, such as a document given as a string or read from standard input
     * @param maxChars the most characters to search (the codec's file limit); a longer text is not searched
     * @return its suppression comments, in order
     */
    static List<Directive> of(String text, long maxChars) {
        if (text.length() > maxChars || !text.contains(MARKER)) {
            return List.of();
        }
        return parse(text, (int) Math.min(Integer.MAX_VALUE, maxChars));
    }

    /**
     * @param text     YAML text that holds the marker
     * @param maxChars the code point limit of the parser
     * @return its suppression comments
     */
    static List<Directive> parse(String text, int maxChars) {
        LoadSettings settings = LoadSettings.builder().setParseComments(true).setUseMarks(true)
                .setCodePointLimit(Math.max(maxChars, 1)).build();
        ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
        List<Directive> out = new ArrayList<>();
        int docIndex = -1;
        boolean inDocument = false;
        try {
            while (parser.hasNext()) {
                Event e = parser.next();
                switch (e.getEventId()) {
                    case DocumentStart -> {
                        docIndex++;
                        inDocument = true;
                    }
                    case DocumentEnd -> inDocument = false;
                    case Comment -> {
                        Directive d = directive((CommentEvent) e, inDocument ? docIndex : docIndex + 1);
                        if (d != null) {
                            out.add(d);
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (YamlEngineException | IllegalStateException | IndexOutOfBoundsException e) {
            // not YAML from here on: the codec reports the document; the comments before it stand
        }
        return out;
    }

    private static Directive directive(CommentEvent e, int documentIndex) {
        String value = e.getValue().strip();
        if (!value.startsWith(MARKER)) {
            return null;
        }
        String rest = value.substring(MARKER.length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return null;   // kargo4j:ignored, kargo4j:ignore-this: not the marker
        }
        rest = rest.strip();
        int end = 0;
        while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
            end++;
        }
        List<String> codes = new ArrayList<>();
        for (String c : rest.substring(0, end).split(",")) {
            if (!c.isBlank()) {
                codes.add(c.strip().toUpperCase(Locale.ROOT));
            }
        }
        SourcePosition at = e.getStartMark().map(m -> new SourcePosition(m.getLine() + 1, m.getColumn() + 1))
                .orElse(new SourcePosition(1, 1));
        return new Directive(documentIndex, at, List.copyOf(codes), rest.substring(end).strip());
    }

    private static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.US_ASCII);

    /**
     * @return whether the bytes hold the marker's ASCII bytes; in UTF-8 an ASCII character is written only as its
     *     own byte, so text decoded from bytes without them does not hold the marker
     */
    static boolean holdsMarker(byte[] bytes) {
        byte first = MARKER_BYTES[0];
        int last = bytes.length - MARKER_BYTES.length;
        for (int i = 0; i <= last; i++) {
            if (bytes[i] != first) {
                continue;
            }
            int k = 1;
            while (k < MARKER_BYTES.length && bytes[i + k] == MARKER_BYTES[k]) {
                k++;
            }
            if (k == MARKER_BYTES.length) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the bytes start with a UTF-16 byte order mark */
    private static boolean utf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe);
    }

    /** UTF-16 with a byte order mark as the codec reads it; UTF-8 otherwise (a malformed byte is replaced). */
    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
