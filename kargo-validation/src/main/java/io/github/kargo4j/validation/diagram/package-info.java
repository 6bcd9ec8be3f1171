/**
 * The freight flow of each project as a graph ({@link io.github.kargo4j.validation.diagram.FlowGraph}) and its
 * renderings as Mermaid, Graphviz DOT and plain text.
 */
package io.github.kargo4j.validation.diagram;
