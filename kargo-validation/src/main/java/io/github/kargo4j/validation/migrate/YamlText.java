package io.github.kargo4j.validation.migrate;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one YAML (or JSON) file and, for each document, a tree of nodes that know the exact character range
 * they occupy, so that a migration can replace a node's text and leave every other character as it was.
 *
 * <p>Built on snakeyaml-engine's event parser. Ranges are Java {@code char} indexes into {@link #text()}. A block
 * collection ends where its last scalar (or flow collection) ends: trailing comments and blank lines after it belong
 * to nobody.
 */
final class YamlText {

    /** A node of the tree. {@code start}/{@code end} are char indexes; {@code end} is exclusive. */
    abstract static sealed class Node permits Scalar, MapNode, SeqNode, Alias {
        int start;
        int end;
        String anchor;
        String tag;
    }

    /** A scalar. */
    static final class Scalar extends Node {
        String value;
        ScalarStyle style;

        boolean plain() {
            return style == ScalarStyle.PLAIN;
        }
    }

    /** An alias ({@code *name}). */
    static final class Alias extends Node {
        String target;
    }

    /** A mapping: keys and values in document order. */
    static final class MapNode extends Node {
        boolean flow;
        final List<Node> keys = new ArrayList<>();
        final List<Node> values = new ArrayList<>();

        /** @return the index of the pair whose key is the plain or quoted scalar {@code key}, or -1 */
        int indexOf(String key) {
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i) instanceof Scalar s && s.value.equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        Node get(String key) {
            int i = indexOf(key);
            return i < 0 ? null : values.get(i);
        }
    }

    /** A sequence. */
    static final class SeqNode extends Node {
        boolean flow;
        final List<Node> items = new ArrayList<>();
    }

    /** One document: its index in the stream (counting empty documents) and its root, or null when empty. */
    record Document(int index, Node root) {
    }

    private final String text;
    private final List<Document> documents;
    private final int[] lineStarts;
    private final String newline;

    private YamlText(String text, List<Document> documents) {
        this.text = text;
        this.documents = documents;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        int[] lines = new int[starts.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = starts.get(i);
        }
        this.lineStarts = lines;
        this.newline = crlf > lf ? "\r\n" : "\n";
    }

    /**
     * @param text the file's text
     * @return the parsed text
     * @throws YamlEngineException if the text is not well-formed YAML
     */
    static YamlText parse(String text) {
        int bom = text.startsWith("\uFEFF") ? 1 : 0;
        String body = text.substring(bom);
        int[] charIndex = codePointToCharIndex(body, bom);
        LoadSettings settings = LoadSettings.builder().setUseMarks(true).setParseComments(false)
                .setCodePointLimit(Integer.MAX_VALUE).build();
        ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, body));
        List<Document> docs = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        Node root = null;
        int docIndex = -1;
        while (parser.hasNext()) {
            Event e = parser.next();
            switch (e.getEventId()) {
                case DocumentStart -> {
                    docIndex++;
                    root = null;
                }
                case DocumentEnd -> docs.add(new Document(docIndex, root));
                case MappingStart, SequenceStart -> {
                    CollectionStartEvent cs = (CollectionStartEvent) e;
                    Node n;
                    if (e.getEventId() == Event.ID.MappingStart) {
                        MapNode m = new MapNode();
                        m.flow = cs.isFlow();
                        n = m;
                    } else {
                        SeqNode s = new SeqNode();
                        s.flow = cs.isFlow();
                        n = s;
                    }
                    n.start = at(charIndex, cs.getStartMark().orElseThrow());
                    n.tag = cs.getTag().orElse(null);
                    anchor(n, cs);
                    if (stack.isEmpty()) {
                        root = n;
                    } else {
                        add(stack.get(stack.size() - 1), n);
                    }
                    stack.add(n);
                }
                case MappingEnd, SequenceEnd -> {
                    Node n = stack.remove(stack.size() - 1);
                    boolean flow = n instanceof MapNode m ? m.flow : ((SeqNode) n).flow;
                    n.end = flow ? at(charIndex, e.getEndMark().orElseThrow()) : lastEnd(n);
                }
                case Scalar, Alias -> {
                    Node n;
                    if (e instanceof ScalarEvent se) {
                        Scalar s = new Scalar();
                        s.value = se.getValue();
                        s.style = se.getScalarStyle();
                        s.tag = se.getTag().orElse(null);
                        n = s;
                    } else {
                        n = new Alias();
                        ((Alias) n).target = ((AliasEvent) e).getAlias().getValue();
                    }
                    n.start = at(charIndex, e.getStartMark().orElseThrow());
                    n.end = at(charIndex, e.getEndMark().orElseThrow());
                    if (n instanceof Scalar) {
                        anchor(n, (NodeEvent) e);
                    }
                    if (stack.isEmpty()) {
                        root = n;
                    } else {
                        add(stack.get(stack.size() - 1), n);
                    }
                }
                default -> {
                    // stream start and end carry nothing
                }
            }
        }
        return new YamlText(text, List.copyOf(docs));
    }

    private static void anchor(Node n, NodeEvent e) {
        if (e.getAnchor().isPresent()) {
            n.anchor = e.getAnchor().get().getValue();
        }
    }

    private static void add(Node parent, Node child) {
        if (parent instanceof MapNode m) {
            if (m.keys.size() == m.values.size()) {
                m.keys.add(child);
            } else {
                m.values.add(child);
            }
        } else {
            ((SeqNode) parent).items.add(child);
        }
    }

    private static int lastEnd(Node n) {
        if (n instanceof MapNode m && !m.values.isEmpty()) {
            return m.values.get(m.values.size() - 1).end;
        }
        if (n instanceof SeqNode s && !s.items.isEmpty()) {
            return s.items.get(s.items.size() - 1).end;
        }
        return n.start;
    }

    /** snakeyaml-engine counts code points; Java strings count chars. Null when they agree. */
    private static int[] codePointToCharIndex(String s, int offset) {
        boolean surrogates = false;
        for (int i = 0; i < s.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(s.charAt(i));
        }
        if (!surrogates && offset == 0) {
            return null;
        }
        int[] map = new int[s.codePointCount(0, s.length()) + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
            map[cp++] = i + offset;
        }
        map[cp] = s.length() + offset;
        return map;
    }

    private static int at(int[] charIndex, Mark m) {
        return charIndex == null ? m.getIndex() : charIndex[m.getIndex()];
    }

    /** @return the whole text, unchanged */
    String text() {
        return text;
    }

    /** @return the documents, empty ones included */
    List<Document> documents() {
        return documents;
    }

    /** @return the file's line break: {@code \r\n} when most lines end with it, else {@code \n} */
    String newline() {
        return newline;
    }

    /** @return the 1-based line of a char index */
    int line(int index) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** @return the char index where the line holding {@code index} starts */
    int lineStart(int index) {
        return lineStarts[line(index) - 1];
    }

    /** @return the 0-based column of a char index */
    int column(int index) {
        return index - lineStart(index);
    }

    /** @return the index of the line break ending the line holding {@code index} (or the text's length) */
    int lineEnd(int index) {
        int i = text.indexOf('\n', index);
        if (i < 0) {
            return text.length();
        }
        return i > 0 && text.charAt(i - 1) == '\r' ? i - 1 : i;
    }

    /** @return the index just after the line break ending the line holding {@code index} */
    int nextLineStart(int index) {
        int i = text.indexOf('\n', index);
        return i < 0 ? text.length() : i + 1;
    }

    /** @return whether only spaces stand between the start of its line and {@code index} */
    boolean startsLine(int index) {
        for (int i = lineStart(index); i < index; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The comments inside a range: a {@code #} outside every scalar of {@code scope}, at the start of a line or after
     * white space, up to the end of its line.
     *
     * @param from  start of the range
     * @param to    end of the range (exclusive)
     * @param scope the node whose scalars lie in the range
     * @return each comment's text, starting with {@code #}
     */
    List<String> comments(int from, int to, Node scope) {
        List<int[]> scalars = new ArrayList<>();
        collectScalarRanges(scope, scalars);
        List<String> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int inside = insideScalar(scalars, i);
            if (inside >= 0) {
                i = inside;
                continue;
            }
            if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                int end = lineEnd(i);
                out.add(text.substring(i, end).stripTrailing());
                i = end;
                continue;
            }
            i++;
        }
        return out;
    }

    private static int insideScalar(List<int[]> ranges, int i) {
        for (int[] r : ranges) {
            if (i >= r[0] && i < r[1]) {
                return r[1];
            }
        }
        return -1;
    }

    private static void collectScalarRanges(Node n, List<int[]> out) {
        List<Node> todo = new ArrayList<>();
        todo.add(n);
        while (!todo.isEmpty()) {
            Node cur = todo.remove(todo.size() - 1);
            if (cur instanceof Scalar s) {
                out.add(new int[] {s.start, s.end});
            } else if (cur instanceof MapNode m) {
                todo.addAll(m.keys);
                todo.addAll(m.values);
            } else if (cur instanceof SeqNode q) {
                todo.addAll(q.items);
            }
        }
    }

    /** @return whether the node or anything below it defines an anchor ({@code &name}) */
    static boolean hasAnchor(Node n) {
        return find(n, false);
    }

    /** @return whether the node or anything below it has an anchor, an alias or a merge key */
    static boolean hasYamlReferences(Node n) {
        return find(n, true);
    }

    private static boolean find(Node n, boolean references) {
        List<Node> todo = new ArrayList<>();
        todo.add(n);
        while (!todo.isEmpty()) {
            Node cur = todo.remove(todo.size() - 1);
            if (cur.anchor != null || (references && cur instanceof Alias)) {
                return true;
            }
            if (cur instanceof MapNode m) {
                for (Node k : m.keys) {
                    if (references && k instanceof Scalar s && s.plain() && s.value.equals("<<")) {
                        return true;
                    }
                }
                todo.addAll(m.keys);
                todo.addAll(m.values);
            } else if (cur instanceof SeqNode q) {
                todo.addAll(q.items);
            }
        }
        return false;
    }

    /**
     * The file's indentation habits, read from its block collections: how far a nested mapping is indented, and
     * whether a sequence under a key is indented ({@code key:\n  - a}) or not ({@code key:\n- a}).
     *
     * @return the style; two spaces and indented sequences when the file shows no example
     */
    Style style() {
        int mapIndent = -1;
        int seqOffset = -1;
        for (Document d : documents) {
            List<Node> todo = new ArrayList<>();
            if (d.root() != null) {
                todo.add(d.root());
            }
            while (!todo.isEmpty() && (mapIndent < 0 || seqOffset < 0)) {
                Node cur = todo.remove(0);
                if (cur instanceof MapNode m && !m.flow) {
                    for (int i = 0; i < m.keys.size(); i++) {
                        Node k = m.keys.get(i);
                        Node v = m.values.get(i);
                        if (!startsLine(k.start)) {
                            // "- key:" inside a sequence item: the key column is right, only the line start is not
                            if (!(k.start >= 2 && text.startsWith("- ", k.start - 2))) {
                                todo.add(v);
                                continue;
                            }
                        }
                        if (mapIndent < 0 && v instanceof MapNode vm && !vm.flow && line(vm.start) > line(k.start)) {
                            int d2 = column(vm.start) - column(k.start);
                            if (d2 > 0) {
                                mapIndent = d2;
                            }
                        }
                        if (seqOffset < 0 && v instanceof SeqNode vs && !vs.flow && line(vs.start) > line(k.start)
                                && text.charAt(vs.start) == '-') {
                            int d2 = column(vs.start) - column(k.start);
                            if (d2 >= 0) {
                                seqOffset = d2;
                            }
                        }
                        todo.add(v);
                    }
                } else if (cur instanceof SeqNode q) {
                    todo.addAll(q.items);
                }
            }
        }
        int indent = mapIndent > 0 ? mapIndent : 2;
        return new Style(indent, seqOffset >= 0 ? seqOffset : indent, newline);
    }

    /**
     * @param mapIndent how many columns a nested mapping is indented
     * @param seqOffset how many columns the dash of a sequence under a key is indented (0: not at all)
     * @param newline   the line break
     */
    record Style(int mapIndent, int seqOffset, String newline) {
    }
}
