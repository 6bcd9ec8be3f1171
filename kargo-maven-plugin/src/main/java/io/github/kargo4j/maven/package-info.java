/**
 * The kargo4j Maven plugin: goal {@code validate} (bound to Maven's {@code validate} phase) fails the build on a broken Kargo
 * pipeline the way a failing test does; goal {@code graph} draws each project's freight flow.
 */
package io.github.kargo4j.maven;
