/**
 * {@link io.github.kargo4j.model.project.Project} and
 * {@link io.github.kargo4j.model.project.ProjectConfig} with its promotion policies and webhook receivers.
 */
@KargoStyle
package io.github.kargo4j.model.project;

import io.github.kargo4j.model.KargoStyle;
