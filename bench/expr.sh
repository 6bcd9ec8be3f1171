#!/usr/bin/env bash
# Runs the expression benchmark: expressions evaluated per second (simple and closure-heavy), compiling, and a step
# config template evaluated as Kargo does. Extra arguments go to JMH, e.g.: bench/expr.sh -f 1 -wi 2 -i 3
# Builds through the reactor and runs from the module's classes: nothing is installed in the local repository.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
./mvnw -q -B -pl kargo-expr test-compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/target/bench-expr.cp"
cp="kargo-expr/target/test-classes:kargo-expr/target/classes:$(cat target/bench-expr.cp)"
java -cp "$cp" org.openjdk.jmh.Main io.github.kargo4j.expr.bench.ExprBenchmark "$@"
