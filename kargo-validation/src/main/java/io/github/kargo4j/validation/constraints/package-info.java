/**
 * Field constraints (rule {@code KF001}): the Bean Validation annotations of the model, checked by a table generated
 * from them at build time ({@code ModelConstraints}) and reported at the
 * field's file, line and column with a plain message and a hint.
 */
package io.github.kargo4j.validation.constraints;
