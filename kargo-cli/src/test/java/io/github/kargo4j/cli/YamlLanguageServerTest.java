package io.github.kargo4j.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the real yaml-language-server (npm, the version pinned in {@code src/test/node/yaml-language-server}) against
 * the schemas {@code kargo4j schema} writes, speaking LSP over its standard input and output: the seed-000 files get
 * no diagnostic, a misspelled step config key gets one on the key, and completion inside a step config offers that
 * step's keys. Skipped, naming the install script, when node or the installed server is missing.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against a server that never answers, not a speed claim
class YamlLanguageServerTest {

    private static final Path SERVER = Path.of("target/node/yaml-language-server/node_modules/yaml-language-server/bin/yaml-language-server");
    private static final String INSTALL = "kargo-cli/src/test/node/yaml-language-server/install.sh";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path schemas;

    private static Process server;
    private static OutputStream toServer;
    private static InputStream fromServer;
    private static int nextId = 1;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SERVER),
                "yaml-language-server is not installed; run sh " + INSTALL + " (needs node and npm)");
        Assumptions.assumeTrue(nodeRuns(), "node is not on the PATH; install Node.js and run sh " + INSTALL);
        CliRun run = CliRun.run("schema", "--output", schemas.toString());
        assertEquals(0, run.status(), run.err());
        server = new ProcessBuilder("node", SERVER.toString(), "--stdio")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        toServer = server.getOutputStream();
        fromServer = new BufferedInputStream(server.getInputStream());
        ObjectNode init = JSON.createObjectNode();
        init.put("processId", ProcessHandle.current().pid());
        init.putNull("rootUri");
        init.set("capabilities", JSON.readTree("""
                {"textDocument": {"completion": {"completionItem": {"snippetSupport": false}},
                                  "publishDiagnostics": {}}}"""));
        request("initialize", init);
        notify("initialized", JSON.createObjectNode());
        notify("workspace/didChangeConfiguration", JSON.readTree("""
                {"settings": {"yaml": {"validate": true, "completion": true, "hover": true,
                  "schemaStore": {"enable": false}, "schemas": {}}}}"""));
    }

    private static boolean nodeRuns() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            try {
                request("shutdown", null);
                notify("exit", null);
            } finally {
                server.destroy();
            }
        }
    }

    private static String modeline() {
        return "# yaml-language-server: $schema=" + schemas.resolve("kargo.json").toUri() + "\n";
    }

    @Test
    void theSeedFilesHaveNoDiagnostic() throws Exception {
        Path seed = Path.of("../kargo-examples/src/main/resources/seed-000");
        List<Path> files;
        try (Stream<Path> list = Files.list(seed)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 10, files.toString());
        for (Path file : files) {
            String uri = "file:///seed-000/" + file.getFileName();
            JsonNode diagnostics = diagnose(uri, modeline() + Files.readString(file));
            assertEquals(0, diagnostics.size(), file + ": " + diagnostics);
        }
    }

    private static final Path STAGE = Path.of("../kargo-examples/src/main/resources/seed-000/02-stage-dev.yaml");

    @Test
    void aMisspelledStepConfigKeyIsReportedOnTheKey() throws Exception {
        String text = modeline() + Files.readString(STAGE).replace("repoURL: ${{ vars.manifestsRepo }}",
                "repoUrl: ${{ vars.manifestsRepo }}");
        int line = lineOf(text, "repoUrl:");
        int column = text.split("\n", -1)[line].indexOf("repoUrl");
        JsonNode diagnostics = diagnose("file:///typo/stage.yaml", text);
        List<String> found = new ArrayList<>();
        boolean onTheKey = false;
        for (JsonNode d : diagnostics) {
            JsonNode start = d.at("/range/start");
            JsonNode end = d.at("/range/end");
            found.add(start.get("line").asInt() + ":" + start.get("character").asInt() + " " + d.get("message").asString());
            if (start.get("line").asInt() == line && start.get("character").asInt() == column
                    && end.get("line").asInt() == line && end.get("character").asInt() == column + "repoUrl".length()
                    && d.get("message").asString().contains("repoUrl")) {
                onTheKey = true;
            }
        }
        assertTrue(onTheKey, "expected a diagnostic on " + line + ":" + column + ", got " + found);
    }

    @Test
    void completionInAStepConfigOffersTheStepsKeys() throws Exception {
        String marker = "repoURL: ${{ vars.manifestsRepo }}\n";
        String original = modeline() + Files.readString(STAGE);
        int at = original.indexOf(marker) + marker.length();
        String indent = " ".repeat(12);
        String text = original.substring(0, at) + indent + "\n" + original.substring(at);
        int line = lineOf(text, marker.strip()) + 1;
        String uri = "file:///completion/stage.yaml";
        diagnose(uri, text);
        ObjectNode params = JSON.createObjectNode();
        params.putObject("textDocument").put("uri", uri);
        params.putObject("position").put("line", line).put("character", indent.length());
        JsonNode result = request("textDocument/completion", params);
        JsonNode items = result.has("items") ? result.get("items") : result;
        Set<String> labels = new TreeSet<>();
        items.forEach(i -> labels.add(i.get("label").asString()));
        assertTrue(labels.containsAll(Set.of("author", "insecureSkipTLSVerify", "recurseSubmodules")),
                labels.toString());
    }

    @Test
    void hoverOnAStepConfigKeyShowsTheJavadocDescription() throws Exception {
        String text = modeline() + Files.readString(STAGE);
        int line = lineOf(text, "repoURL: ${{ vars.manifestsRepo }}");
        int column = text.split("\n", -1)[line].indexOf("repoURL") + 2;
        String uri = "file:///hover/stage.yaml";
        diagnose(uri, text);
        ObjectNode params = JSON.createObjectNode();
        params.putObject("textDocument").put("uri", uri);
        params.putObject("position").put("line", line).put("character", column);
        JsonNode hover = request("textDocument/hover", params);
        String contents = hover == null ? "" : hover.path("contents").toString();
        // AbstractGitCloneConfig#repoURL: "@return the URL of the repository to clone (HTTPS; ...)"
        assertTrue(contents.contains("The URL of the repository to clone"), contents);
    }

    /** The validator yaml-language-server bundles (ajv) compiles every file, patterns in Unicode mode. */
    @Test
    void theServersValidatorCompilesEverySchema() throws Exception {
        String script = """
                const Ajv = require(process.argv[1] + '/node_modules/ajv');
                const fs = require('fs'), path = require('path');
                const dir = process.argv[2];
                const ajv = new Ajv({strict: false, unicodeRegExp: true, logger: false});
                const files = fs.readdirSync(dir).filter(f => f.endsWith('.json'));
                for (const f of files) ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')), f);
                for (const f of files) ajv.getSchema(f);
                console.log(files.length);
                """;
        Path root = SERVER.getParent().getParent().getParent().getParent().toAbsolutePath();
        Process p = new ProcessBuilder("node", "-e", script, root.toString(), schemas.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), output);
        try (Stream<Path> files = Files.list(schemas)) {
            assertEquals(String.valueOf(files.count()), output);
        }
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i;
            }
        }
        throw new AssertionError(needle + " not found");
    }

    /** Opens a document and waits for the server's diagnostics of it. */
    private static JsonNode diagnose(String uri, String text) throws IOException {
        ObjectNode params = JSON.createObjectNode();
        params.putObject("textDocument").put("uri", uri).put("languageId", "yaml").put("version", 1)
                .put("text", text);
        notify("textDocument/didOpen", params);
        while (true) {
            JsonNode m = read();
            if ("textDocument/publishDiagnostics".equals(text(m, "method"))
                    && uri.equals(m.at("/params/uri").asString())) {
                return m.at("/params/diagnostics");
            }
        }
    }

    private static String text(JsonNode m, String field) {
        JsonNode v = m.get(field);
        return v == null ? null : v.asString();
    }

    private static JsonNode request(String method, JsonNode params) throws IOException {
        int id = nextId++;
        ObjectNode m = JSON.createObjectNode();
        m.put("jsonrpc", "2.0").put("id", id).put("method", method);
        if (params != null) {
            m.set("params", params);
        }
        send(m);
        while (true) {
            JsonNode reply = read();
            if (reply.has("id") && !reply.has("method") && reply.get("id").asInt() == id) {
                if (reply.has("error")) {
                    throw new AssertionError(method + ": " + reply.get("error"));
                }
                return reply.get("result");
            }
        }
    }

    private static void notify(String method, JsonNode params) throws IOException {
        ObjectNode m = JSON.createObjectNode();
        m.put("jsonrpc", "2.0").put("method", method);
        if (params != null) {
            m.set("params", params);
        }
        send(m);
    }

    private static void send(JsonNode message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(message);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(body);
        toServer.flush();
    }

    /** Reads one message; answers the server's own requests (configuration, registrations) on the way. */
    private static JsonNode read() throws IOException {
        while (true) {
            int length = -1;
            String header;
            while (!(header = headerLine()).isEmpty()) {
                if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring("content-length:".length()).trim());
                }
            }
            if (length < 0) {
                throw new IOException("a message without Content-Length");
            }
            JsonNode m = JSON.readTree(fromServer.readNBytes(length));
            if (m.has("id") && m.has("method")) {
                ObjectNode reply = JSON.createObjectNode();
                reply.put("jsonrpc", "2.0").set("id", m.get("id"));
                if ("workspace/configuration".equals(m.get("method").asString())) {
                    reply.set("result", JSON.readTree("[{\"validate\": true, \"completion\": true}]"));
                } else {
                    reply.putNull("result");
                }
                send(reply);
                continue;
            }
            return m;
        }
    }

    private static String headerLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = fromServer.read()) != '\n') {
            if (c < 0) {
                throw new IOException("yaml-language-server closed its output");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
