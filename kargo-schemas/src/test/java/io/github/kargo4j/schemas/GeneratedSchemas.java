package io.github.kargo4j.schemas;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonObject;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The generated schemas (from this module's resources) loaded into the JSON Schema validator the project uses. */
final class GeneratedSchemas {

    /** The base IRI under which the files are served to the validator, so that relative $refs resolve. */
    static final String BASE = "https://kargo4j.invalid/schemas/";

    static final Map<String, String> FILES = KargoSchemas.files(KargoSchemas.Layout.YAML_LANGUAGE_SERVER);

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            b -> b.schemas(iri -> iri.startsWith(BASE) ? FILES.get(iri.substring(BASE.length())) : null));

    private GeneratedSchemas() {
    }

    /**
     * @param file     a schema file, such as {@code stage-kargo-v1alpha1.json} or {@code kargo.json}
     * @param document a document
     * @return the validator's messages, sorted, each starting with the instance location; empty when valid
     */
    static List<String> validate(String file, JsonObject document) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + file));
        List<Error> errors = schema.validate(KargoCodec.create().treeToJson(document, false), InputFormat.JSON);
        TreeSet<String> messages = new TreeSet<>();
        for (Error e : errors) {
            messages.add(e.getInstanceLocation() + " " + e.getMessage());
        }
        return List.copyOf(messages);
    }

    /**
     * @param file a schema file
     * @return the draft-07 meta-schema's messages about it; empty when it is a valid schema
     */
    static List<String> metaSchemaErrors(String file) {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(SchemaGenerator.DIALECT));
        TreeSet<String> messages = new TreeSet<>();
        for (Error e : meta.validate(FILES.get(file), InputFormat.JSON)) {
            messages.add(e.getInstanceLocation() + " " + e.getMessage());
        }
        return List.copyOf(messages);
    }
}
