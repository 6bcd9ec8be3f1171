package io.github.kargo4j.validation.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
     * @return the rendering, ending with a newline: one diagram with one subgraph (cluster) for the project
     */
    public static String render(FlowGraph graph, Format format) {
        return render(List.of(graph), format);
    }

    /**
     * Renders several projects as one document: for Mermaid one {@code flowchart} with a {@code subgraph} per
     * project, for DOT one {@code digraph} with a {@code cluster} per project, for text one section per project.
     * Node ids are unique over the whole document (Stages {@code eu.prod} and {@code eu-prod}, or Stages of the same
     * name in two projects, get different ids) and never a keyword of the format.
     *
     * @param graphs the projects' graphs, drawn in this order
     * @param format the format
     * @return the rendering, ending with a newline
     */
    public static String render(Collection<FlowGraph> graphs, Format format) {
        return switch (format) {
            case MERMAID -> mermaid(graphs);
            case DOT -> dot(graphs);
            case TEXT -> graphs.stream().map(Diagrams::text).collect(Collectors.joining("\n"));
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

    private static String projectTitle(FlowGraph g) {
        return g.namespace().isEmpty() ? "cluster-scoped" : "Project " + g.namespace();
    }

    /**
     * Gives every project and node of a document an id that is unique in it: {@code p<i>} for the i-th project and
     * {@code p<i>_w_<name>} / {@code p<i>_s_<name>} for its Warehouses and Stages, the name reduced to letters,
     * digits and {@code _}; a reduced name taken already (by {@code eu.prod} when {@code eu-prod} comes) gets the
     * first free suffix {@code _2}, {@code _3}, ...
     */
    private static final class Ids {
        private final Set<String> used = new HashSet<>();
        private final List<Map<String, String>> byProject = new ArrayList<>();

        Ids(Collection<FlowGraph> graphs) {
            int p = 0;
            for (FlowGraph g : graphs) {
                p++;
                used.add("p" + p);
                Map<String, String> ids = new HashMap<>();
                for (FlowGraph.Node n : g.nodes()) {
                    String base = "p" + p + (n.kind() == FlowGraph.NodeKind.WAREHOUSE ? "_w_" : "_s_")
                            + reduce(n.name());
                    String id = base;
                    for (int i = 2; !used.add(id); i++) {
                        id = base + "_" + i;
                    }
                    ids.put(n.id(), id);
                }
                byProject.add(ids);
            }
        }

        String node(int project, String nodeId) {
            return byProject.get(project).get(nodeId);
        }

        private static String reduce(String name) {
            StringBuilder sb = new StringBuilder(name.length());
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                sb.append(c < 0x80 && Character.isLetterOrDigit(c) ? c : '_');
            }
            return sb.toString();
        }
    }

    /**
     * Text inside a double-quoted Mermaid label: characters Mermaid would read as markup become its entity codes
     * ({@code #quot;}, {@code #35;} and so on), line breaks and other control characters a space.
     */
    private static String mermaidText(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("#quot;");
                case '#', '`', '<', '>', '&', ';', '%' -> sb.append('#').append((int) c).append(';');
                default -> sb.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return sb.toString();
    }

    private static String mermaid(Collection<FlowGraph> graphs) {
        Ids ids = new Ids(graphs);
        StringBuilder sb = new StringBuilder("flowchart TD\n");
        int p = 0;
        for (FlowGraph g : graphs) {
            sb.append("  subgraph p").append(p + 1).append("[\"").append(mermaidText(projectTitle(g)))
                    .append("\"]\n");
            for (FlowGraph.Node n : g.nodes()) {
                String id = ids.node(p, n.id());
                String text = mermaidText(label(n));
                switch (n.kind()) {
                    case WAREHOUSE -> sb.append("    ").append(id).append("[(\"").append(text).append("\")]\n");
                    case GATE -> sb.append("    ").append(id).append("{{\"").append(text).append("\"}}\n");
                    default -> sb.append("    ").append(id).append("[\"").append(text).append("\"]\n");
                }
            }
            for (FlowGraph.Edge e : g.edges()) {
                sb.append("    ").append(ids.node(p, e.from())).append(" -- \"").append(mermaidText(e.origin()))
                        .append("\" --> ").append(ids.node(p, e.to())).append('\n');
            }
            sb.append("  end\n");
            p++;
        }
        return sb.toString();
    }

    private static String dotString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"', '\\' -> sb.append('\\').append(c);
                default -> sb.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return sb.append('"').toString();
    }

    private static String dot(Collection<FlowGraph> graphs) {
        Ids ids = new Ids(graphs);
        StringBuilder sb = new StringBuilder("digraph kargo {\n");
        sb.append("  rankdir=TB;\n  node [fontname=\"Helvetica\"];\n");
        int p = 0;
        for (FlowGraph g : graphs) {
            sb.append("  subgraph cluster_p").append(p + 1).append(" {\n");
            sb.append("    label=").append(dotString(projectTitle(g))).append(";\n");
            for (FlowGraph.Node n : g.nodes()) {
                String shape = switch (n.kind()) {
                    case WAREHOUSE -> "cylinder";
                    case GATE -> "hexagon";
                    default -> "box";
                };
                sb.append("    ").append(ids.node(p, n.id())).append(" [label=").append(dotString(label(n)))
                        .append(", shape=").append(shape);
                List<String> styles = new ArrayList<>();
                if (n.autoPromotion()) {
                    styles.add("bold");
                }
                if (!n.inSet()) {
                    styles.add("dashed");
                }
                if (!styles.isEmpty()) {
                    sb.append(", style=").append(dotString(String.join(",", styles)));
                }
                sb.append("];\n");
            }
            for (FlowGraph.Edge e : g.edges()) {
                sb.append("    ").append(ids.node(p, e.from())).append(" -> ").append(ids.node(p, e.to()))
                        .append(" [label=").append(dotString(e.origin())).append("];\n");
            }
            sb.append("  }\n");
            p++;
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
