package io.github.kargo4j.validation;

/** The families of rules; the letter is the second character of every code ({@code KG001} is a graph rule). */
public enum Category {
    /** Files that cannot be read ({@code KR...}). */
    READ('R'),
    /** Bean Validation constraints of single fields ({@code KF...}). */
    FIELD('F'),
    /** Rules Kargo's admission (CRD CEL rules and webhooks) enforces ({@code KA...}). */
    ADMISSION('A'),
    /** Freight-graph rules across a project ({@code KG...}). */
    GRAPH('G'),
    /** Removed or renamed fields, steps and kinds ({@code KL...}). */
    LEGACY('L'),
    /** Fields Kargo does not know and silently drops ({@code KU...}). */
    UNKNOWN_FIELD('U'),
    /** {@code ${{ }}} expressions ({@code KE...}). */
    EXPRESSION('E'),
    /**
     * Promotion step names and step configs, as Kargo checks them when a promotion runs ({@code KS...}).
     */
    STEP('S'),
    /**
     * Verification: Argo Rollouts AnalysisTemplates, as Argo Rollouts checks them when an analysis runs
     * ({@code KV...}).
     */
    VERIFICATION('V');

    private final char letter;

    Category(char letter) {
        this.letter = letter;
    }

    /** @return the letter codes of this category carry */
    public char letter() {
        return letter;
    }
}
