package io.github.kargo4j.schemas;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The build step of this module ({@code process-classes}): reads the Javadoc of the model's sources and writes the
 * generated schemas, and the list of their names, into the module's classes, so that they ship in its jar.
 */
final class BuildSchemas {

    private BuildSchemas() {
    }

    /**
     * @param args the model's source folder, then the folder to write the schemas into
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BuildSchemas MODEL_SOURCES OUTPUT_DIR");
        }
        Path sources = Path.of(args[0]);
        if (!Files.isDirectory(sources)) {
            throw new IllegalArgumentException("no model sources at " + sources);
        }
        Map<String, String> docs = JavadocReader.read(sources);
        Map<String, JsonObject> files = new SchemaGenerator(docs).generate();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        KargoCodec codec = KargoCodec.create();
        StringBuilder list = new StringBuilder();
        for (Map.Entry<String, JsonObject> e : files.entrySet()) {
            Files.writeString(out.resolve(e.getKey()), codec.treeToJson(e.getValue(), true) + "\n",
                    StandardCharsets.UTF_8);
            list.append(e.getKey()).append('\n');
        }
        Files.writeString(out.resolve(KargoSchemas.LIST), list.toString(), StandardCharsets.UTF_8);
    }
}
