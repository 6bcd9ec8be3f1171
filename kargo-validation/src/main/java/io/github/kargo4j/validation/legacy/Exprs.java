package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;

/** Builds the {@code ${{ }}} expressions that replace removed step fields. */
final class Exprs {

    private Exprs() {
    }

    /** @return the Warehouse name of a legacy {@code origin}/{@code fromOrigin} object, or null */
    static String origin(JsonValue v) {
        String name = Json.str(Json.obj(v), "name");
        return name.isEmpty() ? null : name;
    }

    /** @return {@code fn("arg")} or {@code fn("arg", warehouse("w"))}, the strings escaped */
    static String call(String fn, String arg, String warehouse) {
        return fn + "(" + quote(arg) + (warehouse == null ? "" : ", warehouse(" + quote(warehouse) + ")") + ")";
    }

    /** @return {@code chartFrom("repo", "name"[, warehouse("w")])}, the strings escaped */
    static String chartFrom(String repo, String name, String warehouse) {
        return "chartFrom(" + quote(repo) + (name.isEmpty() ? "" : ", " + quote(name))
                + (warehouse == null ? "" : ", warehouse(" + quote(warehouse) + ")") + ")";
    }

    /** @return the text as an expression string literal: in double quotes, backslashes and quotes escaped */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** @return {@code ${{ expr }}} */
    static String wrap(String expr) {
        return "${{ " + expr + " }}";
    }

    /**
     * @param image     the image repository
     * @param kind      the legacy value keyword: Tag, ImageAndTag, Digest or ImageAndDigest
     * @param warehouse the origin, or null
     * @return the value expression that replaces the keyword
     */
    static String imageValue(String image, String kind, String warehouse) {
        String f = call("imageFrom", image, warehouse);
        return switch (kind) {
            case "ImageAndTag" -> wrap(f + ".RepoURL") + ":" + wrap(f + ".Tag");
            case "Digest" -> wrap(f + ".Digest");
            case "ImageAndDigest" -> wrap(f + ".RepoURL") + "@" + wrap(f + ".Digest");
            default -> wrap(f + ".Tag");
        };
    }

    /** @return whether the text is one of the legacy value keywords */
    static boolean isValueKeyword(String s) {
        return s.equals("Tag") || s.equals("ImageAndTag") || s.equals("Digest") || s.equals("ImageAndDigest");
    }

    /** @return the origin Warehouse of a legacy update: its own, else the inherited one */
    static String originOf(JsonObject update, String inherited) {
        String own = origin(update.getOrNull("origin"));
        if (own == null) {
            own = origin(update.getOrNull("fromOrigin"));
        }
        return own != null ? own : inherited;
    }
}
