package io.github.kargo4j.builders.expr;

/**
 * The Git commit {@code commitFrom(...)} finds in the Freight being promoted; its accessors read the fields Kargo
 * exposes ({@code ID}, {@code Branch}, {@code Tag}, {@code Message}, {@code Author}, {@code Committer},
 * {@code RepoURL}).
 *
 * <p>Since Kargo v1.5 {@code commitFrom} returns {@code nil} rather than failing when the Freight has no such
 * commit; {@link #nilSafe()} reads the fields with {@code ?.} so that the result is {@code nil} too, which
 * {@link Expr#orElse(CharSequence)} can replace.
 */
public final class CommitExpr extends Expr {

    private final boolean nilSafe;

    CommitExpr(String expression, boolean nilSafe) {
        super(expression, true);
        this.nilSafe = nilSafe;
    }

    /** @return the same commit, whose fields are read with {@code ?.}: {@code commitFrom("…")?.ID} */
    public CommitExpr nilSafe() {
        return new CommitExpr(expression(), true);
    }

    /** @return {@code .ID}: the commit SHA */
    public Expr id() {
        return member("ID", nilSafe);
    }

    /** @return {@code .Branch}: the branch the commit was found on, if the subscription follows a branch */
    public Expr branch() {
        return member("Branch", nilSafe);
    }

    /** @return {@code .Tag}: the tag, if the subscription selects tags */
    public Expr tag() {
        return member("Tag", nilSafe);
    }

    /** @return {@code .Message}: the first line of the commit message */
    public Expr message() {
        return member("Message", nilSafe);
    }

    /** @return {@code .Author} */
    public Expr author() {
        return member("Author", nilSafe);
    }

    /** @return {@code .Committer} */
    public Expr committer() {
        return member("Committer", nilSafe);
    }

    /** @return {@code .RepoURL}: the repository URL */
    public Expr repoURL() {
        return member("RepoURL", nilSafe);
    }
}
