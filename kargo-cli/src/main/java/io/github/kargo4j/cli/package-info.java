/**
 * The {@code kargo4j} command line: {@code validate}, {@code print}, {@code graph}, {@code explain} and
 * {@code version}. Entry point: {@link io.github.kargo4j.cli.Main}.
 */
package io.github.kargo4j.cli;
