package io.github.kargo4j.model.io;

import java.io.File;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.PatternSyntaxException;

/**
 * Which files below a directory are read: include and exclude globs, in {@link java.nio.file.FileSystem#getPathMatcher
 * PathMatcher} glob syntax, matched against the path of a file relative to the directory that was named (with
 * {@code /} between names).
 *
 * <pre>{@code
 * ManifestScope scope = ManifestScope.builder().include("kargo/**").exclude("kargo/drafts").build();
 * ReadResult read = codec.readAll(List.of(Path.of(".")), scope, ReadProgress.NONE);
 * }</pre>
 *
 * <ul>
 *   <li>{@code *} matches within one name, {@code **} across names, {@code ?} one character, {@code {a,b}} either,
 *       {@code [a-z]} a range; a leading {@code **}{@code /} also matches no directory at all, so
 *       {@code **}{@code /node_modules/**} excludes a {@code node_modules} at the top as well as further down;</li>
 *   <li>a file is read when its name ends in {@code .yaml}, {@code .yml} or {@code .json}, it matches some include
 *       (or there is none) and it matches no exclude;</li>
 *   <li>a directory that an exclude matches ({@code vendor}, {@code **}{@code /node_modules/**}) is not walked at
 *       all;</li>
 *   <li>a file named on its own, rather than found in a directory, is always read: the globs scope the walk;</li>
 *   <li>the default excludes, {@link #DEFAULT_EXCLUDES} (hidden directories such as {@code .git}, and
 *       {@code node_modules}), apply unless {@link Builder#defaultExcludes(boolean)} turns them off.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ManifestScope {

    /** Excluded unless turned off: hidden directories ({@code .git}, {@code .github}) and {@code node_modules}. */
    public static final List<String> DEFAULT_EXCLUDES = List.of("**/.*/**", "**/node_modules/**");

    private static final ManifestScope DEFAULTS = builder().build();

    private final List<String> includes;
    private final List<String> excludes;
    private final boolean defaultExcludes;
    private final List<Glob> includeGlobs;
    private final List<Glob> excludeGlobs;
    /** The excludes a walked file still needs matched: all but the {@link AnySegment} ones (see includesWalkedFile). */
    private final List<Glob> walkedFileExcludeGlobs;

    private ManifestScope(Builder b) {
        this.includes = List.copyOf(b.includes);
        this.excludes = List.copyOf(b.excludes);
        this.defaultExcludes = b.defaultExcludes;
        this.includeGlobs = compile(includes);
        List<String> all = new ArrayList<>(excludes);
        if (defaultExcludes) {
            all.addAll(DEFAULT_EXCLUDES);
        }
        this.excludeGlobs = compile(all);
        List<Glob> walked = new ArrayList<>();
        for (Glob g : excludeGlobs) {
            if (!(g instanceof AnySegment)) {
                walked.add(g);
            }
        }
        this.walkedFileExcludeGlobs = List.copyOf(walked);
    }

    /** @return the default scope: every manifest file, except below the {@link #DEFAULT_EXCLUDES} */
    public static ManifestScope defaults() {
        return DEFAULTS;
    }

    /** @return a builder, with the default excludes on and no globs */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the include globs, as given */
    public List<String> includes() {
        return includes;
    }

    /** @return the exclude globs, as given (without the default excludes) */
    public List<String> excludes() {
        return excludes;
    }

    /** @return whether the {@link #DEFAULT_EXCLUDES} apply */
    public boolean defaultExcludes() {
        return defaultExcludes;
    }

    /**
     * @param relative a file's path relative to the directory that was named
     * @return whether the file is read (its name is not checked here)
     */
    public boolean includesFile(Path relative) {
        return includes(relative, excludeGlobs);
    }

    /**
     * {@link #includesFile} for a file that a walk reached through directories {@link #excludesDirectory} kept: an
     * exclude {@code **}{@code /NAME/**} looks at a file's directories only, and none of them matched it (the walk
     * would not have gone down), so only the other globs are matched, and the default scope matches none.
     *
     * @param relative a file's path relative to the directory that was named, every directory on it walked
     * @return whether the file is read, as {@link #includesFile} says
     */
    boolean includesWalkedFile(Path relative) {
        return includes(relative, walkedFileExcludeGlobs);
    }

    /** @return whether an include glob (if any) matches the file and none of {@code excludes} does */
    private boolean includes(Path relative, List<Glob> excludes) {
        if (!includeGlobs.isEmpty() && !anyMatches(includeGlobs, relative, false)) {
            return false;
        }
        return !anyMatches(excludes, relative, false);
    }

    /**
     * @param relative a directory's path relative to the directory that was named
     * @return whether nothing below it is read, so that it is not walked
     */
    public boolean excludesDirectory(Path relative) {
        return anyMatches(excludeGlobs, relative, true);
    }

    private static boolean anyMatches(List<Glob> globs, Path relative, boolean directory) {
        for (Glob g : globs) {
            if (directory ? g.matchesDirectory(relative) : g.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ManifestScope{includes=" + includes + ", excludes=" + excludes + ", defaultExcludes="
                + defaultExcludes + "}";
    }

    private static List<Glob> compile(List<String> patterns) {
        List<Glob> out = new ArrayList<>(patterns.size());
        for (String p : patterns) {
            out.add(Glob.of(p));
        }
        return List.copyOf(out);
    }

    /** One glob: whether it matches a file's path, and whether it excludes everything below a directory. */
    interface Glob {

        static Glob of(String pattern) {
            Objects.requireNonNull(pattern, "pattern");
            if (pattern.isBlank()) {
                throw new IllegalArgumentException("invalid glob: empty");
            }
            String p = pattern.replace('\\', '/');
            while (p.startsWith("./")) {
                p = p.substring(2);
            }
            Glob segment = AnySegment.of(p);
            return segment != null ? segment : JdkGlob.of(pattern, p);
        }

        boolean matches(Path relative);

        boolean matchesDirectory(Path relative);
    }

    /**
     * A glob through the JDK's matcher, with the extra matchers that make {@code **}{@code /} optional and prune
     * directories.
     */
    record JdkGlob(PathMatcher full, PathMatcher withoutLeadingAny, PathMatcher directory,
                           PathMatcher directoryWithoutLeadingAny) implements Glob {

        static JdkGlob of(String pattern, String p) {
            String dir = p.endsWith("/**") ? p.substring(0, p.length() - 3) : null;
            return new JdkGlob(matcher(pattern, p), p.startsWith("**/") ? matcher(pattern, p.substring(3)) : null,
                    dir == null || dir.isEmpty() ? null : matcher(pattern, dir),
                    dir != null && dir.startsWith("**/") ? matcher(pattern, dir.substring(3)) : null);
        }

        private static PathMatcher matcher(String original, String glob) {
            try {
                return FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid glob " + original + ": " + e.getDescription(), e);
            }
        }

        @Override
        public boolean matches(Path relative) {
            return full.matches(relative) || (withoutLeadingAny != null && withoutLeadingAny.matches(relative));
        }

        @Override
        public boolean matchesDirectory(Path relative) {
            return matches(relative) || (directory != null && directory.matches(relative))
                    || (directoryWithoutLeadingAny != null && directoryWithoutLeadingAny.matches(relative));
        }
    }

    /**
     * A glob {@code **}{@code /NAME/**} whose {@code NAME} holds only literal characters and {@code *} (the default
     * excludes are two): it matches a file below a directory whose name matches {@code NAME} at any depth, and
     * excludes such a directory. Matched name by name, as the JDK's matcher of the same glob does on a file system
     * whose names are case-sensitive (proved against it by ManifestScopeTest), without compiling a regular expression:
     * what a short command would otherwise pay at start-up for the default scope.
     */
    record AnySegment(String name) implements Glob {

        static AnySegment of(String p) {
            if (File.separatorChar != '/' || !p.startsWith("**/") || !p.endsWith("/**") || p.length() < 7) {
                return null;   // on Windows the JDK's globs ignore case: its matcher decides there
            }
            String name = p.substring(3, p.length() - 3);
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c == '/' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}' || c == '\\'
                        || c == '*' && i + 1 < name.length() && name.charAt(i + 1) == '*') {
                    return null;
                }
            }
            return new AnySegment(name);
        }

        @Override
        public boolean matches(Path relative) {
            for (int i = 0, n = relative.getNameCount() - 1; i < n; i++) {
                if (nameMatches(name, relative.getName(i).toString())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean matchesDirectory(Path relative) {
            int n = relative.getNameCount();
            return n > 0 && (matches(relative) || nameMatches(name, relative.getName(n - 1).toString()));
        }

        /**
         * Whether {@code s} matches {@code pattern}, in which {@code *} stands for any characters: iterative, going
         * back only to the last {@code *} (at most {@code s.length() * pattern.length()} steps, on names).
         */
        static boolean nameMatches(String pattern, String s) {
            int p = 0;
            int i = 0;
            int star = -1;
            int resume = 0;
            while (i < s.length()) {
                if (p < pattern.length() && pattern.charAt(p) == '*') {
                    star = p++;
                    resume = i;
                } else if (p < pattern.length() && pattern.charAt(p) == s.charAt(i)) {
                    p++;
                    i++;
                } else if (star >= 0) {
                    p = star + 1;
                    i = ++resume;
                } else {
                    return false;
                }
            }
            while (p < pattern.length() && pattern.charAt(p) == '*') {
                p++;
            }
            return p == pattern.length();
        }
    }

    /** Configures a {@link ManifestScope}. */
    public static final class Builder {
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private boolean defaultExcludes = true;

        private Builder() {
        }

        /**
         * @param globs files to read (when any is given, only files matching one of them)
         * @return this builder
         * @throws IllegalArgumentException if a glob is not valid
         */
        public Builder include(String... globs) {
            return include(List.of(globs));
        }

        /**
         * @param globs files to read (when any is given, only files matching one of them)
         * @return this builder
         * @throws IllegalArgumentException if a glob is not valid
         */
        public Builder include(Collection<String> globs) {
            for (String glob : globs) {
                Glob.of(glob);   // fails on a bad glob now, not when reading
            }
            includes.addAll(globs);
            return this;
        }

        /**
         * @param globs files and directories not to read
         * @return this builder
         * @throws IllegalArgumentException if a glob is not valid
         */
        public Builder exclude(String... globs) {
            return exclude(List.of(globs));
        }

        /**
         * @param globs files and directories not to read
         * @return this builder
         * @throws IllegalArgumentException if a glob is not valid
         */
        public Builder exclude(Collection<String> globs) {
            for (String glob : globs) {
                Glob.of(glob);   // fails on a bad glob now, not when reading
            }
            excludes.addAll(globs);
            return this;
        }

        /**
         * @param on whether the {@link #DEFAULT_EXCLUDES} apply (default true); off, hidden directories and
         *           {@code node_modules} are walked too
         * @return this builder
         */
        public Builder defaultExcludes(boolean on) {
            this.defaultExcludes = on;
            return this;
        }

        /** @return the scope */
        public ManifestScope build() {
            return new ManifestScope(this);
        }
    }
}
