package io.github.kargo4j.validation.constraints;

import io.github.kargo4j.model.io.Shape;
import io.github.kargo4j.model.stage.Stage;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Accessor names become JSON names, list indexes and map keys stay where Bean Validation puts them. */
class PropertyPathsTest {

    private record Node(String name, ElementKind kind, Integer index, Object key) implements Path.Node {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isInIterable() {
            return index != null || key != null;
        }

        @Override
        public Integer getIndex() {
            return index;
        }

        @Override
        public Object getKey() {
            return key;
        }

        @Override
        public ElementKind getKind() {
            return kind;
        }

        @Override
        public <T extends Path.Node> T as(Class<T> nodeType) {
            return nodeType.cast(this);
        }
    }

    /** A path from segments: {@code "name"} for a property, {@code "name[2]"} for a property inside a list. */
    private static Path path(String... segments) {
        List<Path.Node> nodes = new ArrayList<>();
        for (String s : segments) {
            if (s.startsWith("<")) {
                int open = s.indexOf('[');
                nodes.add(new Node(s.substring(0, open), ElementKind.CONTAINER_ELEMENT,
                        Integer.parseInt(s.substring(open + 1, s.length() - 1)), null));
            } else if (s.contains("[")) {
                int open = s.indexOf('[');
                nodes.add(new Node(s.substring(0, open), ElementKind.PROPERTY,
                        Integer.parseInt(s.substring(open + 1, s.length() - 1)), null));
            } else {
                nodes.add(new Node(s, ElementKind.PROPERTY, null, null));
            }
        }
        return new Path() {
            @Override
            public Iterator<Node> iterator() {
                return nodes.iterator();
            }

            @Override
            public String toString() {
                return String.join(".", segments);
            }
        };
    }

    @Test
    void accessorsBecomeJsonNamesThroughNestedListsAndOptionals() {
        PropertyPaths.Mapped m = PropertyPaths.toJson(Stage.class,
                path("spec", "promotionTemplate", "spec", "steps", "ifCondition[3]"));
        assertEquals("spec.promotionTemplate.spec.steps[3].if", m.path().toString());
        assertEquals("ifCondition", m.leaf().orElseThrow().javaName());
        assertEquals(Shape.Cardinality.OPTIONAL, m.leaf().orElseThrow().cardinality());

        assertEquals("spec.requestedFreight[1].origin.kind", PropertyPaths.toJson(Stage.class,
                path("spec", "requestedFreight", "origin[1]", "kindAsString")).path().toString());
        assertEquals("spec.vars[0]", PropertyPaths.toJson(Stage.class,
                path("spec", "vars", "<list element>[0]")).path().toString());
    }

    @Test
    void unknownNamesAreKeptAsWritten() {
        PropertyPaths.Mapped m = PropertyPaths.toJson(Stage.class, path("spec", "noSuchThing", "below"));
        assertEquals("spec.noSuchThing.below", m.path().toString());
        assertEquals(java.util.Optional.empty(), m.leaf());
    }
}
