package io.github.kargo4j.schemas;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Javadoc of the model's sources at build time with the JDK's own Java parser (parsing only: no class
 * path, no annotation processing), and turns each comment into a one-paragraph plain description: the main text of
 * a comment, or its {@code @return} text when the main text is empty (the model documents accessors that way).
 * Inline {@code {@code x}} becomes {@code `x`}, {@code {@link A#b label}} its label (or {@code b}), HTML tags go.
 */
final class JavadocReader {

    private static final Pattern HTML = Pattern.compile("</?[a-zA-Z][^>]*>");
    /** Stand-ins for angle brackets inside inline tags while HTML tags are removed. */
    private static final char LT = '\u0001';
    private static final char GT = '\u0002';
    private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@(\\w+)");

    private JavadocReader() {
    }

    /**
     * @param sourceRoot a source folder, such as {@code kargo-model/src/main/java}
     * @return descriptions by {@code binary.class.Name} (the type) and {@code binary.class.Name#accessor}
     */
    static Map<String, String> read(Path sourceRoot) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the schema build needs a JDK (javax.tools finds no Java compiler)");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> docs = new HashMap<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
            JavacTask task = (JavacTask) javac.getTask(null, fm, null, List.of("-proc:none"), null, units);
            Trees trees = Trees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString() + ".";
                new TreePathScanner<Void, Void>() {
                    private final Deque<String> names = new ArrayDeque<>();

                    @Override
                    public Void visitClass(ClassTree node, Void unused) {
                        String name = names.isEmpty() ? pkg + node.getSimpleName()
                                : names.peek() + "$" + node.getSimpleName();
                        put(docs, name, trees.getDocComment(getCurrentPath()));
                        names.push(name);
                        try {
                            return super.visitClass(node, unused);
                        } finally {
                            names.pop();
                        }
                    }

                    @Override
                    public Void visitMethod(MethodTree node, Void unused) {
                        if (node.getParameters().isEmpty() && !names.isEmpty()) {
                            TreePath path = getCurrentPath();
                            put(docs, names.peek() + "#" + node.getName(), trees.getDocComment(path));
                        }
                        return null;
                    }
                }.scan(unit, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    private static void put(Map<String, String> docs, String key, String raw) {
        if (raw == null) {
            return;
        }
        String text = describe(raw);
        if (!text.isEmpty()) {
            docs.put(key, text);
        }
    }

    /**
     * @param raw the text of a doc comment, without the comment markers
     * @return its description: the main text, else the {@code @return} text; one paragraph, plain
     */
    static String describe(String raw) {
        String main = raw;
        String returns = "";
        Matcher tag = BLOCK_TAG.matcher(raw);
        int mainEnd = -1;
        while (tag.find()) {
            if (mainEnd < 0) {
                mainEnd = tag.start();
            }
            if (tag.group(1).equals("return")) {
                int next = raw.length();
                Matcher after = BLOCK_TAG.matcher(raw);
                if (after.find(tag.end())) {
                    next = after.start();
                }
                returns = raw.substring(tag.end(), next);
            }
        }
        if (mainEnd >= 0) {
            main = raw.substring(0, mainEnd);
        }
        String text = plain(main);
        if (text.isEmpty()) {
            text = plain(returns);
            if (!text.isEmpty()) {
                text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
            }
        }
        return text;
    }

    private static String plain(String text) {
        // the first paragraph only: what an editor shows on hover
        int para = text.indexOf("<p>");
        if (para > 0) {
            text = text.substring(0, para);
        }
        String s = inlineTags(text);
        s = HTML.matcher(s).replaceAll("");
        s = s.replace(LT, '<').replace(GT, '>');
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return s.replaceAll("\\s+", " ").trim();
    }

    /** Replaces inline tags, whose bodies may hold balanced braces ({@code {@code ${{ x }}}}), in one pass. */
    private static String inlineTags(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf("{@", i);
            if (open < 0) {
                out.append(s, i, s.length());
                break;
            }
            out.append(s, i, open);
            int depth = 0;
            int close = -1;
            for (int j = open; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                out.append(s, open, s.length());
                break;
            }
            String inner = s.substring(open + 2, close);
            int ws = 0;
            while (ws < inner.length() && !Character.isWhitespace(inner.charAt(ws))) {
                ws++;
            }
            String tag = inner.substring(0, ws);
            String body = inner.substring(ws).trim();
            out.append(render(tag, body).replace('<', LT).replace('>', GT));
            i = close + 1;
        }
        return out.toString();
    }

    private static String render(String tag, String body) {
        if (tag.startsWith("link")) {
            int space = body.indexOf(' ');
            if (space > 0) {
                return body.substring(space + 1).trim();
            }
            int hash = body.indexOf('#');
            String member = hash >= 0 ? body.substring(hash + 1) : body;
            return "`" + member.replaceAll("\\(.*\\)", "") + "`";
        }
        if (tag.equals("code") || tag.equals("literal")) {
            return "`" + body + "`";
        }
        return body;
    }
}
