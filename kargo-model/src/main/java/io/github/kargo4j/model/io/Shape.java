package io.github.kargo4j.model.io;

import java.util.List;
import java.util.Optional;

/**
 * What the model knows about one object type: its JSON properties in writing order. Shapes drive reading and
 * writing, and let tools walk a document against the model (for example to report fields that Kargo does not
 * know, or to suggest the closest known field).
 */
public interface Shape {

    /** @return the model type (the public immutable class) */
    Class<?> type();

    /** @return the known properties, in writing order */
    List<Property> properties();

    /**
     * @param jsonName a JSON property name
     * @return the property of that name
     */
    Optional<Property> property(String jsonName);

    /**
     * @param type a model type (abstract or immutable class)
     * @return its shape, or empty if the type is not an object of the model (a scalar or free-form tree)
     */
    static Optional<Shape> of(Class<?> type) {
        return Binder.shapeOf(type);
    }

    /** How a property holds its value. */
    enum Cardinality {
        /** a single required value */
        REQUIRED,
        /** an {@code Optional} value */
        OPTIONAL,
        /** a {@code List} */
        LIST,
        /** a {@code Map} with string keys */
        MAP
    }

    /**
     * One JSON property of a shape.
     *
     * @param jsonName    the JSON name
     * @param javaName    the accessor name
     * @param cardinality single, optional, list or map
     * @param valueType   the type of the value (of each item, for lists and maps)
     * @param freeForm    whether the value is a free-form JSON tree (anything goes below it)
     */
    record Property(String jsonName, String javaName, Cardinality cardinality, Class<?> valueType, boolean freeForm) {

        /** @return the shape of the value, if it is a model object */
        public Optional<Shape> valueShape() {
            return Shape.of(valueType);
        }
    }
}
