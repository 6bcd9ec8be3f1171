/** Runnable examples of kargo4j. */
package io.github.kargo4j.examples;
