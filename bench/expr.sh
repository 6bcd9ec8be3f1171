#!/usr/bin/env bash
# Runs the expression benchmark: expressions evaluated per second (simple and closure-heavy), compiling, and a step
# config template evaluated as Kargo does. Extra arguments go to JMH, e.g.: bench/expr.sh -f 1 -wi 2 -i 3
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl kargo-expr -am -Dkargo4j.noPublishJars -DskipTests install
./mvnw -q -B -pl kargo-expr test-compile exec:exec -Dexec.skip=false -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath org.openjdk.jmh.Main io.github.kargo4j.expr.bench.ExprBenchmark $*"
