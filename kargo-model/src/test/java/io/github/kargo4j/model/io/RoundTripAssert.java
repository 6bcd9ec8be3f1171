package io.github.kargo4j.model.io;

import io.github.kargo4j.model.testing.RoundTrip;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Round-trip assertion over already-read manifests. */
final class RoundTripAssert {

    private RoundTripAssert() {
    }

    static void sameAfterWriting(KargoCodec codec, List<Manifest> manifests) {
        String yaml = codec.toYaml(manifests.stream().map(Manifest::resource).toList());
        List<Manifest> again = codec.parse(yaml);
        assertEquals(manifests.size(), again.size());
        for (int i = 0; i < manifests.size(); i++) {
            assertEquals(RoundTrip.normalize(manifests.get(i).tree()), RoundTrip.normalize(again.get(i).tree()), yaml);
        }
    }
}
