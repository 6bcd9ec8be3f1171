package io.github.kargo4j.builders.expr;

/**
 * The container image {@code imageFrom(...)} finds in the Freight being promoted; its accessors read the fields
 * Kargo exposes ({@code RepoURL}, {@code Tag}, {@code Digest}, {@code Annotations}). {@link #nilSafe()} reads them
 * with {@code ?.}, as {@code imageFrom} returns {@code nil} when the Freight has no such image.
 */
public final class ImageExpr extends Expr {

    private final boolean nilSafe;

    ImageExpr(String expression, boolean nilSafe) {
        super(expression, true);
        this.nilSafe = nilSafe;
    }

    /** @return the same image, whose fields are read with {@code ?.} */
    public ImageExpr nilSafe() {
        return new ImageExpr(expression(), true);
    }

    /** @return {@code .Tag} */
    public Expr tag() {
        return member("Tag", nilSafe);
    }

    /** @return {@code .Digest}, such as {@code sha256:…} */
    public Expr digest() {
        return member("Digest", nilSafe);
    }

    /** @return {@code .RepoURL} */
    public Expr repoURL() {
        return member("RepoURL", nilSafe);
    }

    /** @return {@code .Annotations}: the image's OCI annotations, a map */
    public Expr annotations() {
        return member("Annotations", nilSafe);
    }

    /**
     * @param key an OCI annotation key, such as {@code org.opencontainers.image.source}
     * @return {@code .Annotations['key']}
     */
    public Expr annotation(String key) {
        return annotations().member(key, nilSafe);
    }
}
