/**
 * Renderers of validation reports: {@link io.github.kargo4j.validation.render.TextRenderer} (compiler-style lines
 * for people, optionally in colour), {@link io.github.kargo4j.validation.render.JsonRenderer} (a stable JSON shape for
 * scripts) and {@link io.github.kargo4j.validation.render.SarifRenderer} (SARIF 2.1.0 for GitHub code scanning).
 */
package io.github.kargo4j.validation.render;
