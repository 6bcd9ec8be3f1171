package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every YAML fixture of the repository ({@code src/test/resources} of every module, and the examples) that reads
 * round-trips in meaning: {@code print} (the YAML writer on the resources read) gives documents that read as the same
 * JSON. How many files come back byte for byte is a figure, not a rule (the writer has one style, fixtures several):
 * {@link #main} prints it, and so does this test.
 */
class FixtureRoundTripTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    /** The counts over all fixtures. */
    record Figures(int files, int unreadable, int documents, int sameMeaning, int readableFiles, int sameBytes,
                   List<String> meaningChanged) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d YAML fixture files (%d not readable, left out); %d documents, %d"
                            + " (%.1f%%) read back with the same JSON after print; %d of %d readable files (%.1f%%)"
                            + " print byte for byte as written", files, unreadable, documents, sameMeaning,
                    100.0 * sameMeaning / Math.max(documents, 1), sameBytes, readableFiles,
                    100.0 * sameBytes / Math.max(readableFiles, 1));
        }
    }

    /** The repository root: the working directory of a module's tests is the module. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("kargo-model")) ? here : here.getParent();
    }

    static List<Path> fixtures(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String rel = root.relativize(p).toString().replace('\\', '/');
                        String name = p.getFileName().toString();
                        return (name.endsWith(".yaml") || name.endsWith(".yml"))
                                && !rel.contains("/target/") && !rel.startsWith(".")
                                && (rel.contains("/src/test/resources/") || rel.startsWith("kargo-examples/src/"));
                    })
                    .sorted()
                    .toList();
        }
    }

    static Figures measure(Path root) throws IOException {
        List<Path> files = fixtures(root);
        int unreadable = 0;
        int documents = 0;
        int sameMeaning = 0;
        int sameBytes = 0;
        List<String> changed = new ArrayList<>();
        for (Path file : files) {
            List<Manifest> read;
            try {
                read = CODEC.read(file);
            } catch (ManifestException e) {
                unreadable++;
                continue;
            }
            List<KargoResource> resources = read.stream().map(Manifest::resource).toList();
            String printed = CODEC.toYaml(resources);
            List<JsonObject> back = CODEC.parse(printed, "<printed>").stream().map(Manifest::tree).toList();
            documents += read.size();
            for (int i = 0; i < read.size(); i++) {
                if (i < back.size() && back.get(i).equals(read.get(i).tree())) {
                    sameMeaning++;
                } else {
                    changed.add(root.relativize(file) + " document " + i);
                }
            }
            if (printed.equals(Files.readString(file, StandardCharsets.UTF_8))) {
                sameBytes++;
            }
        }
        return new Figures(files.size(), unreadable, documents, sameMeaning, files.size() - unreadable, sameBytes,
                changed);
    }

    @Test
    void everyFixtureThatReadsMeansTheSameAfterPrint() throws IOException {
        Figures f = measure(root());
        System.out.println("FixtureRoundTripTest: " + f);
        assertTrue(f.files() > 50 && f.documents() > 100, f.toString());
        assertEquals(List.of(), f.meaningChanged(), f.toString());
    }

    /**
     * Prints the figures.
     *
     * @param args optionally the repository root
     * @throws IOException if a fixture cannot be listed
     */
    public static void main(String[] args) throws IOException {
        System.out.println(measure(args.length > 0 ? Path.of(args[0]) : root()));
    }
}
