package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.validation.migrate.YamlText.MapNode;
import io.github.kargo4j.validation.migrate.YamlText.Node;
import io.github.kargo4j.validation.migrate.YamlText.SeqNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlTextTest {

    private static String text(YamlText y, Node n) {
        return y.text().substring(n.start, n.end);
    }

    @Test
    void nodesKnowTheirExactCharacterRanges() {
        YamlText y = YamlText.parse("""
                a:
                  b: "x y"   # c
                  list:
                  - one
                  - {k: v}
                # trailing comment
                d: |
                  block
                """);
        MapNode root = (MapNode) y.documents().get(0).root();
        MapNode a = (MapNode) root.get("a");
        assertEquals("\"x y\"", text(y, a.get("b")));
        assertEquals("- one\n  - {k: v}", text(y, a.get("list")), "a block collection ends with its last node");
        assertEquals("b: \"x y\"   # c\n  list:\n  - one\n  - {k: v}", text(y, a));
        assertEquals("{k: v}", text(y, ((SeqNode) a.get("list")).items.get(1)));
        assertEquals(2, y.line(a.start));
        assertEquals(2, y.column(a.start));
        assertEquals(List.of("# c"), y.comments(a.start, a.end, a));
    }

    @Test
    void indexesAreCharsEvenAfterCharactersOutsideTheBasicPlane() {
        YamlText y = YamlText.parse("\uFEFFnote: \"\uD83D\uDE80 launch\"\nkey: value\n");
        MapNode root = (MapNode) y.documents().get(0).root();
        assertEquals("value", text(y, root.get("key")));
        assertEquals("\"\uD83D\uDE80 launch\"", text(y, root.get("note")));
    }

    @Test
    void aHashInsideAScalarIsNotAComment() {
        YamlText y = YamlText.parse("""
                url: http://example.com/#frag
                quoted: 'a # b'
                real: x # yes
                """);
        Node root = y.documents().get(0).root();
        assertEquals(List.of("# yes"), y.comments(0, y.text().length(), root));
    }

    @Test
    void readsTheFilesIndentationHabits() {
        assertEquals(new YamlText.Style(2, 0, "\n"), YamlText.parse("a:\n  b:\n  - x\n").style());
        assertEquals(new YamlText.Style(4, 4, "\n"), YamlText.parse("a:\n    b:\n        - x\n").style());
        assertEquals(new YamlText.Style(2, 2, "\r\n"), YamlText.parse("a:\r\n  b: 1\r\nc:\r\n  - x\r\n").style());
        assertEquals(new YamlText.Style(2, 2, "\n"), YamlText.parse("a: 1\n").style(), "the defaults");
        assertEquals(new YamlText.Style(2, 0, "\n"), YamlText.parse("- a:\n  - x\n").style(),
                "a key after a dash counts");
    }

    @Test
    void findsAnchorsAliasesAndMergeKeys() {
        YamlText y = YamlText.parse("a: &x {k: 1}\nb: *x\nc: {<<: *x}\nd: {k: 2}\n");
        MapNode root = (MapNode) y.documents().get(0).root();
        assertTrue(YamlText.hasAnchor(root.get("a")));
        assertFalse(YamlText.hasAnchor(root.get("b")));
        assertTrue(YamlText.hasYamlReferences(root.get("b")));
        assertTrue(YamlText.hasYamlReferences(root.get("c")));
        assertFalse(YamlText.hasYamlReferences(root.get("d")));
    }

    @Test
    void countsEmptyDocumentsSoIndexesMatchTheCodec() {
        YamlText y = YamlText.parse("---\n---\na: 1\n");
        assertEquals(2, y.documents().size());
        assertEquals(1, y.documents().get(1).index());
    }
}
