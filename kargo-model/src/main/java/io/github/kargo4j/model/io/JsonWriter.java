package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/** Writes {@link JsonValue} trees as JSON with Jackson's generator, pretty-printed with two-space indentation. */
final class JsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonWriter() {
    }

    static String write(JsonValue root, boolean pretty) {
        StringWriter w = new StringWriter();
        write(root, w, pretty);
        return w.toString();
    }

    static void write(JsonValue root, Writer writer, boolean pretty) {
        ObjectWriteContext ctx = pretty ? new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""));
                DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
                return pp.withObjectIndenter(indenter).withArrayIndenter(indenter);
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        } : ObjectWriteContext.empty();
        try (JsonGenerator g = FACTORY.createGenerator(ctx, writer)) {
            // iterative: a work stack of values and end markers
            Deque<Object> work = new ArrayDeque<>();
            work.push(root);
            while (!work.isEmpty()) {
                Object item = work.pop();
                if (item == END_OBJECT) {
                    g.writeEndObject();
                } else if (item == END_ARRAY) {
                    g.writeEndArray();
                } else if (item instanceof Name n) {
                    g.writeName(n.name);
                } else if (item instanceof JsonObject o) {
                    g.writeStartObject();
                    work.push(END_OBJECT);
                    for (int i = o.size() - 1; i >= 0; i--) {
                        work.push(o.valueAt(i));
                        work.push(new Name(o.keyAt(i)));
                    }
                } else if (item instanceof JsonArray a) {
                    g.writeStartArray();
                    work.push(END_ARRAY);
                    for (int i = a.size() - 1; i >= 0; i--) {
                        work.push(a.get(i));
                    }
                } else {
                    JsonValue v = (JsonValue) item;
                    switch (v.type()) {
                        case STRING -> g.writeString(v.asText().orElseThrow());
                        case NUMBER -> g.writeNumber(v.toString());
                        case BOOLEAN -> g.writeBoolean((Boolean) v.toJava());
                        case NULL -> g.writeNull();
                        default -> throw new IllegalStateException();
                    }
                }
            }
        }
    }

    private static final Object END_OBJECT = new Object();
    private static final Object END_ARRAY = new Object();

    private record Name(String name) {
    }
}
