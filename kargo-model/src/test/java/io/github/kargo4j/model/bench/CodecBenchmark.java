package io.github.kargo4j.model.bench;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.testing.Fleet;
import io.github.kargo4j.model.testing.VariedCorpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Parse and write throughput of the codec beside Jackson's plain YAML tree parse of the same text, on two corpora:
 * {@code fleet}, 7,000 documents of seed 003's shape (1,000 services, all alike), and {@code varied}, about 2,000
 * documents shaped like real third-party pipelines ({@link VariedCorpus}: every kind, comments, long literal blocks,
 * unknown fields, deep step configurations). One benchmark operation handles the whole corpus.
 *
 * <p>Run: {@code bench/codec.sh} (JMH arguments such as {@code -f 1 -wi 2 -i 3} pass through).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class CodecBenchmark {

    /** Services in the fleet; seven documents each. */
    public static final int SERVICES = 1_000;

    /** The corpus: {@code fleet} or {@code varied}. */
    @Param({"fleet", "varied"})
    public String corpus;

    private String fleetYaml;
    private List<KargoResource> resources;
    private final KargoCodec codec = KargoCodec.create();
    private final YAMLMapper jackson = new YAMLMapper();

    /** Builds the fleet text and the typed resources once. */
    @Setup
    public void setUp() {
        fleetYaml = corpus.equals("varied") ? VariedCorpus.yaml(2_000, 1) : Fleet.yaml(SERVICES);
        resources = codec.parse(fleetYaml).stream().map(Manifest::resource).toList();
        if (corpus.equals("fleet") && resources.size() != 7 * SERVICES) {
            throw new IllegalStateException("expected " + 7 * SERVICES + " documents, got " + resources.size());
        }
    }

    /** @return Jackson's plain tree parse of every document (the baseline) */
    @Benchmark
    public List<JsonNode> jacksonTreeParse() {
        List<JsonNode> out = new ArrayList<>(7 * SERVICES);
        try (MappingIterator<JsonNode> it = jackson.readerFor(JsonNode.class).readValues(fleetYaml)) {
            while (it.hasNextValue()) {
                out.add(it.nextValue());
            }
        }
        return out;
    }

    /** @return the typed parse: YAML to positioned trees to typed resources */
    @Benchmark
    public List<Manifest> kargoTypedParse() {
        return codec.parse(fleetYaml);
    }

    /** @return every resource written back as one multi-document YAML stream */
    @Benchmark
    public String kargoWriteYaml() {
        return codec.toYaml(resources);
    }

    /**
     * @param args JMH arguments (none needed)
     * @throws Exception if JMH fails
     */
    public static void main(String[] args) throws Exception {
        String[] jmhArgs = new String[args.length + 1];
        jmhArgs[0] = CodecBenchmark.class.getName();
        System.arraycopy(args, 0, jmhArgs, 1, args.length);
        org.openjdk.jmh.Main.main(jmhArgs);
    }
}
