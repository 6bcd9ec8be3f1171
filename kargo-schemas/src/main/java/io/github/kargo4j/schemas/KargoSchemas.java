package io.github.kargo4j.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON Schemas (draft-07) of every Kargo kind the model knows, generated from the model when this module was
 * built and shipped in its jar, in the layouts editors and validators read.
 *
 * <pre>{@code
 * Map<String, String> files = KargoSchemas.files(KargoSchemas.Layout.KUBECONFORM);
 * String stage = files.get("stage-kargo-v1alpha1.json");
 * }</pre>
 */
public final class KargoSchemas {

    /** Where the schemas are, as resources of this module. */
    static final String FOLDER = "io/github/kargo4j/schemas/json/";

    /** The resource that lists the schema files, one a line. */
    static final String LIST = "files.txt";

    private KargoSchemas() {
    }

    /** How the files are named and which are written. */
    public enum Layout {
        /**
         * One file per kind, {@code {kind}-{group}-{version}.json} (such as {@code stage-kargo-v1alpha1.json}), and
         * {@code kargo.json}, which picks the kind's schema by apiVersion and kind: for a
         * {@code # yaml-language-server: $schema=} modeline or the {@code yaml.schemas} setting.
         */
        YAML_LANGUAGE_SERVER("yaml-language-server"),
        /**
         * One file per kind, named as kubeconform's {@code {{ .ResourceKind }}{{ .KindSuffix }}.json}
         * schema-location template expects.
         */
        KUBECONFORM("kubeconform");

        private final String cliName;

        Layout(String cliName) {
            this.cliName = cliName;
        }

        /** @return the name on the command line, such as {@code yaml-language-server} */
        public String cliName() {
            return cliName;
        }

        /**
         * @param name a layout's name on the command line (any case)
         * @return the layout
         * @throws IllegalArgumentException for another name, listing the known ones
         */
        public static Layout of(String name) {
            for (Layout l : values()) {
                if (l.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown layout \"" + name
                    + "\"; expected yaml-language-server or kubeconform");
        }
    }

    /**
     * @param layout the layout
     * @return the files of that layout, by file name, in a stable order (kinds by apiVersion and kind)
     */
    public static Map<String, String> files(Layout layout) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : resource(LIST).split("\n")) {
            if (name.isBlank() || layout == Layout.KUBECONFORM && name.equals(SchemaGenerator.INDEX)) {
                continue;
            }
            files.put(name, resource(name));
        }
        return files;
    }

    /**
     * @param apiVersion an apiVersion, such as {@code kargo.akuity.io/v1alpha1}
     * @param kind       a kind, such as {@code Stage}
     * @return the file name of that kind's schema, such as {@code stage-kargo-v1alpha1.json}
     */
    public static String fileName(String apiVersion, String kind) {
        return SchemaGenerator.fileName(apiVersion, kind);
    }

    private static String resource(String name) {
        try (InputStream in = KargoSchemas.class.getResourceAsStream("/" + FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + name + " is missing from kargo-schemas; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
