/**
 * Unknown-field rules ({@code KU...}): {@link io.github.kargo4j.validation.fields.UnknownFieldCheck} walks every typed
 * resource against the model's shapes and names the closest known field for each field Kargo would drop or ignore;
 * {@link io.github.kargo4j.validation.fields.StepConfigShapes} says which keys each promotion step's {@code config}
 * accepts, and {@link io.github.kargo4j.validation.fields.KnownFields} describes the keys of one object.
 */
package io.github.kargo4j.validation.fields;
