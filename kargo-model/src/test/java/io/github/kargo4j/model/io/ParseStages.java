package io.github.kargo4j.model.io;

import io.github.kargo4j.model.bench.CodecBenchmark;
import io.github.kargo4j.model.testing.Fleet;
import io.github.kargo4j.model.testing.VariedCorpus;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.Reader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Where the typed parse's time goes, stage by stage, each as a ratio of Jackson's plain YAML tree parse of the same
 * text in the parsing thread's CPU time: snakeyaml-engine's events alone (with the codec's settings), the events
 * through {@link LimitedReader}, the positioned trees ({@link YamlTreeReader}, each dropped at once, then all kept
 * to the end), and the typed parse ({@link KargoCodec#parse}). Each round runs every stage once, in an order that
 * turns from round to round; the figures are the medians of the per-round ratios and the ratios of the fastest
 * rounds (on a shared machine the fastest round is the one least disturbed).
 *
 * <p>Run: {@code bench/parse.sh stages [warm-up rounds] [rounds]}.
 */
public final class ParseStages {

    private ParseStages() {
    }

    private static int events(Reader in) {
        LoadSettings settings = LoadSettings.builder().setLabel("bench")
                .setCodePointLimit(ReadLimits.DEFAULTS.maxDocumentChars()).setUseMarks(true).setParseComments(false)
                .setBufferSize(1 << 16).build();
        ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, in));
        int n = 0;
        while (parser.hasNext()) {
            parser.next();
            n++;
        }
        return n;
    }

    private static LimitedReader limited(String text) {
        ReadLimits limits = ReadLimits.DEFAULTS;
        return new LimitedReader(new StringReader(text), limits.maxDocumentChars(), limits.maxFileChars(), true);
    }

    private static int trees(String text, List<Object> keep) {
        int[] n = {0};
        new YamlTreeReader(ReadLimits.DEFAULTS, "bench").read(limited(text), d -> {
            n[0]++;
            if (keep != null) {
                keep.add(d);
            }
        }, e -> {
            throw new IllegalStateException("the corpus does not read: " + e.getMessage());
        });
        return n[0];
    }

    /**
     * @param args the corpus ({@code varied} or {@code fleet}), warm-up rounds (default 10), measured rounds
     *             (default 20)
     */
    public static void main(String[] args) {
        String corpus = args.length > 0 ? args[0] : "varied";
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String text = corpus.equals("fleet") ? Fleet.yaml(CodecBenchmark.SERVICES) : VariedCorpus.yaml(2_000, 1);
        YAMLMapper jackson = new YAMLMapper();
        KargoCodec codec = KargoCodec.create();
        String[] names = {"Jackson tree parse", "snakeyaml events", "events + LimitedReader", "positioned trees",
            "positioned trees, kept", "typed (KargoCodec.parse)"};
        IntSupplier[] stages = {
            () -> {
                int n = 0;
                try (MappingIterator<JsonNode> it = jackson.readerFor(JsonNode.class).readValues(text)) {
                    while (it.hasNextValue()) {
                        it.nextValue();
                        n++;
                    }
                }
                return n;
            },
            () -> events(new StringReader(text)),
            () -> events(new SurrogatePairReader(limited(text))),
            () -> trees(text, null),
            () -> trees(text, new ArrayList<>()),
            () -> codec.parse(text).size(),
        };
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int k = stages.length;
        double[][] ratio = new double[k][rounds];
        long[] fastest = new long[k];
        Arrays.fill(fastest, Long.MAX_VALUE);
        long sink = 0;
        for (int r = -warmup; r < rounds; r++) {
            long[] cpu = new long[k];
            for (int j = 0; j < k; j++) {
                int s = (j + Math.floorMod(r, k)) % k;
                long c0 = threads.getCurrentThreadCpuTime();
                sink += stages[s].getAsInt();
                cpu[s] = threads.getCurrentThreadCpuTime() - c0;
            }
            if (r >= 0) {
                for (int j = 0; j < k; j++) {
                    ratio[j][r] = (double) cpu[j] / cpu[0];
                    fastest[j] = Math.min(fastest[j], cpu[j]);
                }
            }
        }
        System.out.printf(Locale.ROOT, "corpus %s, %d rounds; parsing thread's cpu / Jackson's tree parse%n", corpus,
                rounds);
        for (int j = 0; j < k; j++) {
            double[] sorted = ratio[j].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "  %-26s median %.3f (quartiles %.3f .. %.3f), fastest rounds %.3f%n",
                    names[j], sorted[rounds / 2], sorted[rounds / 4], sorted[3 * rounds / 4],
                    (double) fastest[j] / fastest[0]);
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
