package io.github.kargo4j.model.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading files on several threads gives what one thread gives, in the same order, with progress in file order. */
class ParallelReadTest {

    @TempDir
    Path dir;

    private final KargoCodec codec = KargoCodec.create();

    /** 300 files: good ones with one to three documents, broken ones, values files, an empty one. */
    private void writeFiles() throws IOException {
        for (int i = 0; i < 300; i++) {
            Path d = Files.createDirectories(dir.resolve("p" + (i % 17)));
            String name = String.format("f%03d.yaml", i);
            String text = switch (i % 7) {
                case 0 -> "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-" + i + "\n";
                case 1 -> "apiVersion: kargo.akuity.io/v1alpha1\nkind: Project\nmetadata:\n  name: p-" + i
                        + "\n---\nnot: [closed\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: n" + i + "\n";
                case 2 -> "replicas: " + i + "\n";   // a values file, skipped
                case 3 -> "";
                case 4 -> "apiVersion: kargo.akuity.io/v1alpha1\nkind: Stage\nmetadata:\n  name: s" + i
                        + "\n  namespace: p\nspec:\n  requestedFreight: 7\n";   // kept as written, with a problem
                case 5 -> "a: b\na: c\n";   // a duplicate key
                default -> "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c" + i + "\n---\napiVersion: v1\n"
                        + "kind: ConfigMap\nmetadata:\n  name: d" + i + "\n";
            };
            Files.writeString(d.resolve(name), text);
        }
    }

    private static List<String> describe(ReadResult r) {
        List<String> out = new ArrayList<>();
        for (Manifest m : r.manifests()) {
            out.add(m.location() + " " + m.resource().ref() + " " + m.problems().stream()
                    .map(Throwable::getMessage).toList());
        }
        r.errors().forEach(e -> out.add("error " + e.getMessage()));
        r.skipped().forEach(s -> out.add("skipped " + s));
        return out;
    }

    @Test
    void severalThreadsReadWhatOneReadsInFileOrder() throws IOException {
        writeFiles();
        List<String> progress1 = new ArrayList<>();
        ReadResult one = codec.readAll(List.of(dir), ManifestScope.defaults(),
                (done, total, docs) -> progress1.add(done + "/" + total + ":" + docs), 1);
        List<String> expected = describe(one);
        assertEquals(describe(codec.readAll(List.of(dir))), expected);
        for (int threads : new int[] {2, 4, 9}) {
            List<String> progress = new ArrayList<>();
            Thread caller = Thread.currentThread();
            ReadResult r = codec.readAll(List.of(dir), ManifestScope.defaults(), (done, total, docs) -> {
                assertSame(caller, Thread.currentThread());
                progress.add(done + "/" + total + ":" + docs);
            }, threads);
            assertEquals(expected, describe(r), threads + " threads");
            assertEquals(progress1, progress, threads + " threads: progress");
        }
        assertEquals(300, progress1.size());
    }

    @Test
    void aListenerThatThrowsStopsTheRead() throws IOException {
        writeFiles();
        IllegalStateException stop = new IllegalStateException("enough");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> codec.readAll(List.of(dir), ManifestScope.defaults(), (done, total, docs) -> {
                    if (done == 10) {
                        throw stop;
                    }
                }, 4));
        assertSame(stop, thrown);
    }

    @Test
    void threadsBelowOneAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> codec.readAll(List.of(dir), ManifestScope.defaults(), ReadProgress.NONE, 0));
    }
}
