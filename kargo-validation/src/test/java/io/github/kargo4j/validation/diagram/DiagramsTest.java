package io.github.kargo4j.validation.diagram;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagramsTest {

    private static FlowGraph.Node stage(String name) {
        return new FlowGraph.Node(name, FlowGraph.NodeKind.STAGE, false, true);
    }

    /** Names that reduce to the same characters, a Warehouse and a Stage of one name, keywords of both formats. */
    private static final FlowGraph EU = new FlowGraph("eu", List.of(
            new FlowGraph.Node("end", FlowGraph.NodeKind.WAREHOUSE, false, true),
            stage("eu.prod"), stage("eu-prod"), stage("eu_prod"), stage("end"), stage("subgraph")),
            List.of(new FlowGraph.Edge("warehouse:end", "stage:eu.prod", "end"),
                    new FlowGraph.Edge("stage:eu.prod", "stage:eu-prod", "end"),
                    new FlowGraph.Edge("stage:eu-prod", "stage:eu_prod", "end"),
                    new FlowGraph.Edge("stage:eu_prod", "stage:end", "end"),
                    new FlowGraph.Edge("stage:end", "stage:subgraph", "end")));
    private static final FlowGraph US = new FlowGraph("us", List.of(stage("eu.prod")), List.of());

    private static final Pattern MERMAID_EDGE = Pattern.compile("^ {4}(\\S+) -- \"[^\"]*\" --> (\\S+)$",
            Pattern.MULTILINE);
    private static final Pattern MERMAID_NODE = Pattern.compile("^ {4}(\\w+)[\\[{(]", Pattern.MULTILINE);

    @Test
    void mermaidIsOneFlowchartWithASubgraphPerProjectAndDistinctIds() {
        String m = Diagrams.render(List.of(EU, US), Diagrams.Format.MERMAID);
        assertTrue(m.startsWith("flowchart TD\n  subgraph p1[\"Project eu\"]\n"), m);
        assertEquals(1, m.split("flowchart", -1).length - 1, m);
        assertTrue(m.contains("  end\n  subgraph p2[\"Project us\"]\n    p2_s_eu_prod[\"eu.prod\"]\n  end\n"), m);
        Set<String> ids = new HashSet<>();
        Matcher node = MERMAID_NODE.matcher(m);
        int nodes = 0;
        while (node.find()) {
            nodes++;
            assertTrue(ids.add(node.group(1)), "id used twice: " + node.group(1) + "\n" + m);
            assertFalse(Set.of("end", "subgraph", "graph", "flowchart").contains(node.group(1)), m);
        }
        assertEquals(7, nodes, m);
        Matcher edge = MERMAID_EDGE.matcher(m);
        int edges = 0;
        while (edge.find()) {
            edges++;
            assertTrue(ids.contains(edge.group(1)) && ids.contains(edge.group(2)), edge.group());
            assertFalse(edge.group(1).equals(edge.group(2)), "no self-edge: " + edge.group());
        }
        assertEquals(5, edges, m);
        assertTrue(m.contains("    p1_s_eu_prod -- \"end\" --> p1_s_eu_prod_2\n"), m);
        assertTrue(m.contains("    p1_s_eu_prod_2 -- \"end\" --> p1_s_eu_prod_3\n"), m);
    }

    @Test
    void dotIsOneDigraphWithAClusterPerProject() {
        String d = Diagrams.render(List.of(EU, US), Diagrams.Format.DOT);
        assertTrue(d.startsWith("digraph kargo {\n"), d);
        assertEquals(1, d.split("digraph", -1).length - 1, d);
        assertTrue(d.contains("  subgraph cluster_p1 {\n    label=\"Project eu\";\n"), d);
        assertTrue(d.contains("  subgraph cluster_p2 {\n    label=\"Project us\";\n    p2_s_eu_prod [label=\"eu.prod\""),
                d);
        assertTrue(d.contains("    p1_s_eu_prod -> p1_s_eu_prod_2 [label=\"end\"];\n"), d);
        assertTrue(d.endsWith("  }\n}\n"), d);
    }

    @Test
    void labelsCannotBreakOutOfTheirQuotes() {
        FlowGraph hostile = new FlowGraph("x\"y", List.of(
                new FlowGraph.Node("a\"]\nb --> c%%`#<x>&", FlowGraph.NodeKind.STAGE, true, false)), List.of());
        String m = Diagrams.render(hostile, Diagrams.Format.MERMAID);
        assertEquals("""
                flowchart TD
                  subgraph p1["Project x#quot;y"]
                    p1_s_a___b_____c_____x__["a#quot;] b --#62; c#37;#37;#96;#35;#60;x#62;#38; [auto, not in set]"]
                  end
                """, m);
        String d = Diagrams.render(hostile, Diagrams.Format.DOT);
        assertTrue(d.contains("label=\"a\\\"] b --> c%%`#<x>& [auto, not in set]\", shape=box, style=\"bold,dashed\""),
                d);
    }

    @Test
    void aSingleProjectIsStillOneSubgraph() {
        assertEquals(Diagrams.render(List.of(US), Diagrams.Format.MERMAID), Diagrams.render(US,
                Diagrams.Format.MERMAID));
        assertEquals("Project us\neu.prod\n\n", Diagrams.render(US, Diagrams.Format.TEXT));
    }
}
