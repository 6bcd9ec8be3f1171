package io.github.kargo4j.validation.constraints;

import io.github.kargo4j.model.io.Shape;
import io.github.kargo4j.model.json.JsonPath;
import jakarta.validation.Path;

import java.util.Optional;

/** Turns a Bean Validation property path (accessor names) into the JSON path of the manifest (JSON names). */
final class PropertyPaths {

    private PropertyPaths() {
    }

    /**
     * @param path the JSON path
     * @param leaf the model property at its end, if the path ends at a known property
     */
    record Mapped(JsonPath path, Optional<Shape.Property> leaf) {
    }

    /**
     * @param rootType the validated resource's class
     * @param path     a violation's property path, such as {@code spec.steps[0].ifCondition}
     * @return the JSON path, such as {@code spec.steps[0].if}
     */
    static Mapped toJson(Class<?> rootType, Path path) {
        JsonPath json = JsonPath.ROOT;
        Class<?> type = rootType;
        Shape.Property leaf = null;
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null && node.getIndex() >= 0) {
                    json = json.index(node.getIndex());
                } else if (node.getKey() != null) {
                    json = json.key(String.valueOf(node.getKey()));
                }
            }
            if (node.getKind() != jakarta.validation.ElementKind.PROPERTY || node.getName() == null) {
                continue;
            }
            Shape.Property property = type == null ? null : byAccessor(type, node.getName());
            if (property == null) {
                json = json.key(node.getName());
                type = null;
                leaf = null;
            } else {
                json = json.key(property.jsonName());
                type = property.valueType();
                leaf = property;
            }
        }
        return new Mapped(json, Optional.ofNullable(leaf));
    }

    private static Shape.Property byAccessor(Class<?> type, String accessor) {
        Optional<Shape> shape = Shape.of(type);
        if (shape.isEmpty()) {
            return null;
        }
        for (Shape.Property p : shape.get().properties()) {
            if (p.javaName().equals(accessor)) {
                return p;
            }
        }
        return null;
    }
}
