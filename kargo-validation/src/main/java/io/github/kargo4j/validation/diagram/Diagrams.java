package io.github.kargo4j.validation.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders {@link FlowGraph}s as Mermaid flowcharts, Graphviz DOT and plain text. */
public final class Diagrams {

    private Diagrams() {
    }

    /** The output formats. */
    public enum Format {
        /** A Mermaid flowchart (renders in GitHub Markdown). */
        MERMAID,
        /** Graphviz DOT. */
        DOT,
        /** Plain text, layered like the architecture sketch of a README. */
        TEXT;

        /**
         * @param text {@code mermaid}, {@code dot} or {@code text}, any case
         * @return the format
         */
        public static Format parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * @param graph  a project's graph
     * @param format the format
     * @return the rendering, ending with a newline
     */
    public static String render(FlowGraph graph, Format format) {
        return switch (format) {
            case MERMAID -> mermaid(graph);
            case DOT -> dot(graph);
            case TEXT -> text(graph);
        };
    }

    private static String label(FlowGraph.Node n) {
        StringBuilder sb = new StringBuilder();
        sb.append(n.kind() == FlowGraph.NodeKind.WAREHOUSE ? "Warehouse " : "").append(n.name());
        List<String> marks = marks(n);
        if (!marks.isEmpty()) {
            sb.append(" [").append(String.join(", ", marks)).append(']');
        }
        return sb.toString();
    }

    private static List<String> marks(FlowGraph.Node n) {
        List<String> marks = new ArrayList<>();
        if (n.kind() == FlowGraph.NodeKind.GATE) {
            marks.add("approval gate");
        }
        if (n.autoPromotion()) {
            marks.add("auto");
        }
        if (!n.inSet()) {
            marks.add("not in set");
        }
        return marks;
    }

    private static String mermaidId(String id) {
        return id.replace(':', '_').replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static String mermaid(FlowGraph g) {
        StringBuilder sb = new StringBuilder("flowchart TD\n");
        sb.append("  %% project ").append(g.namespace()).append('\n');
        for (FlowGraph.Node n : g.nodes()) {
            String id = mermaidId(n.id());
            String text = label(n).replace("\"", "#quot;");
            switch (n.kind()) {
                case WAREHOUSE -> sb.append("  ").append(id).append("[(\"").append(text).append("\")]\n");
                case GATE -> sb.append("  ").append(id).append("{{\"").append(text).append("\"}}\n");
                default -> sb.append("  ").append(id).append("[\"").append(text).append("\"]\n");
            }
        }
        for (FlowGraph.Edge e : g.edges()) {
            sb.append("  ").append(mermaidId(e.from())).append(" -- \"").append(e.origin().replace("\"", "#quot;"))
                    .append("\" --> ").append(mermaidId(e.to())).append('\n');
        }
        return sb.toString();
    }

    private static String dotString(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String dot(FlowGraph g) {
        StringBuilder sb = new StringBuilder("digraph ").append(dotString(g.namespace())).append(" {\n");
        sb.append("  rankdir=TB;\n  node [fontname=\"Helvetica\"];\n");
        for (FlowGraph.Node n : g.nodes()) {
            String shape = switch (n.kind()) {
                case WAREHOUSE -> "cylinder";
                case GATE -> "hexagon";
                default -> "box";
            };
            sb.append("  ").append(dotString(n.id())).append(" [label=").append(dotString(label(n)))
                    .append(", shape=").append(shape);
            if (n.autoPromotion()) {
                sb.append(", style=bold");
            }
            if (!n.inSet()) {
                sb.append(", style=dashed");
            }
            sb.append("];\n");
        }
        for (FlowGraph.Edge e : g.edges()) {
            sb.append("  ").append(dotString(e.from())).append(" -> ").append(dotString(e.to()))
                    .append(" [label=").append(dotString(e.origin())).append("];\n");
        }
        return sb.append("}\n").toString();
    }

    private static String text(FlowGraph g) {
        StringBuilder sb = new StringBuilder("Project ").append(g.namespace()).append('\n');
        List<List<FlowGraph.Node>> layers = g.layers();
        for (int i = 0; i < layers.size(); i++) {
            if (i > 0) {
                sb.append("    \u2193\n");
            }
            sb.append(layers.get(i).stream().map(Diagrams::label).collect(Collectors.joining(", "))).append('\n');
        }
        sb.append('\n');
        for (FlowGraph.Edge e : g.edges()) {
            sb.append("  ").append(e.from().substring(e.from().indexOf(':') + 1)).append(" \u2192 ")
                    .append(e.to().substring(e.to().indexOf(':') + 1)).append("  (").append(e.origin()).append(")\n");
        }
        return sb.toString();
    }
}
