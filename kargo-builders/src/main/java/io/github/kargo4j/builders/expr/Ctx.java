package io.github.kargo4j.builders.expr;

/**
 * The promotion context, {@code ctx}: which project, Stage, Promotion and Freight a promotion step runs for.
 * Verification arguments see only {@link #project()} and {@link #stage()}.
 *
 * <pre>{@code
 * Expr.ctx().stage()                          // ${{ ctx.stage }}
 * Expr.ctx().targetFreight().origin().name()  // ${{ ctx.targetFreight.origin.name }}
 * Expr.ctx().meta().promotion().actor()       // ${{ ctx.meta.promotion.actor }}
 * }</pre>
 */
public final class Ctx extends Expr {

    static final Ctx INSTANCE = new Ctx();

    private Ctx() {
        super("ctx", true);
    }

    /** @return {@code ctx.uiBaseUrl}: the base URL of the Kargo UI */
    public Expr uiBaseUrl() {
        return get("uiBaseUrl");
    }

    /** @return {@code ctx.project}: the project (namespace) name */
    public Expr project() {
        return get("project");
    }

    /** @return {@code ctx.stage}: the Stage name */
    public Expr stage() {
        return get("stage");
    }

    /** @return {@code ctx.promotion}: the Promotion name */
    public Expr promotion() {
        return get("promotion");
    }

    /** @return {@code ctx.targetFreight}: the Freight being promoted */
    public TargetFreight targetFreight() {
        return new TargetFreight(get("targetFreight"));
    }

    /** @return {@code ctx.meta}: who started the promotion and which step runs */
    public Meta meta() {
        return new Meta(get("meta"));
    }

    /** {@code ctx.targetFreight}: the Freight being promoted. */
    public static final class TargetFreight extends Expr {
        TargetFreight(Expr e) {
            super(e);
        }

        /** @return {@code ctx.targetFreight.name} */
        public Expr name() {
            return get("name");
        }

        /** @return {@code ctx.targetFreight.alias} (Kargo v1.11; an alias can change, the name cannot) */
        public Expr alias() {
            return get("alias");
        }

        /** @return {@code ctx.targetFreight.origin}, a map with the origin Warehouse's {@code name} */
        public Origin origin() {
            return new Origin(get("origin"));
        }
    }

    /**
     * {@code ctx.targetFreight.origin}: a map holding the origin's {@code name}. Unlike {@link OriginExpr} it is not
     * a Freight origin and cannot be passed to {@code commitFrom}; use
     * {@code Expr.warehouse(Expr.ctx().targetFreight().origin().name())} for that.
     */
    public static final class Origin extends Expr {
        Origin(Expr e) {
            super(e);
        }

        /** @return {@code ctx.targetFreight.origin.name}: the origin Warehouse's name */
        public Expr name() {
            return get("name");
        }
    }

    /** {@code ctx.meta}. */
    public static final class Meta extends Expr {
        Meta(Expr e) {
            super(e);
        }

        /** @return {@code ctx.meta.promotion} */
        public PromotionMeta promotion() {
            return new PromotionMeta(get("promotion"));
        }

        /** @return {@code ctx.meta.step} */
        public StepMeta step() {
            return new StepMeta(get("step"));
        }
    }

    /** {@code ctx.meta.promotion}. */
    public static final class PromotionMeta extends Expr {
        PromotionMeta(Expr e) {
            super(e);
        }

        /** @return {@code ctx.meta.promotion.actor}: who created the Promotion */
        public Expr actor() {
            return get("actor");
        }

        /** @return {@code ctx.meta.promotion.rollback}: whether the Promotion is a rollback (a boolean) */
        public Expr rollback() {
            return get("rollback");
        }
    }

    /** {@code ctx.meta.step}. */
    public static final class StepMeta extends Expr {
        StepMeta(Expr e) {
            super(e);
        }

        /** @return {@code ctx.meta.step.alias}: the alias of the step being evaluated */
        public Expr alias() {
            return get("alias");
        }
    }
}
