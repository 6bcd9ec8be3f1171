package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The binder's two ways to bind a type agree: the generated table (what the model's types use) and reflection (what a
 * type registered with {@code KargoCodec.Builder.register} uses), on every resource of the repository's fixtures.
 */
class ReflectiveBindingTest {

    @Test
    void reflectionBindsEveryFixtureResourceAsTheGeneratedTableDoes() throws IOException {
        KargoCodec codec = KargoCodec.create();
        int compared = 0;
        for (Path file : FixtureRoundTripTest.fixtures(FixtureRoundTripTest.root())) {
            List<Manifest> read;
            try {
                read = codec.read(file);
            } catch (ManifestException e) {
                continue;   // fixtures of bad input
            }
            for (Manifest m : read) {
                KargoResource resource = m.resource();
                Class<?>[] pair = Binder.modelPair(resource.getClass());
                if (pair == null) {
                    continue;   // a resource of no model kind (kept as a tree)
                }
                Binder.ObjectBinding generated = Binder.binding(resource.getClass());
                assertTrue(generated.accessors instanceof Binder.Generated, resource.getClass().getName());
                Binder.ObjectBinding reflective = new Binder.ObjectBinding(pair[0], pair[1]);
                assertEquals(generated.properties(), reflective.properties(), resource.getClass().getName());
                JsonValue tree = generated.encode(resource);
                assertEquals(tree, reflective.encode(resource), file + ": " + resource.name());
                Object again = reflective.decode(tree, JsonPath.ROOT);
                assertNotNull(again);
                assertEquals(resource, again, file + ": " + resource.name());
                compared++;
            }
        }
        assertTrue(compared > 50, "resources compared: " + compared);
    }
}
