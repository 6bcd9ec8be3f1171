#!/usr/bin/env bash
# Runs the codec JMH benchmark (parse and write of a 7,000-document fleet, beside Jackson's plain tree parse).
# Extra arguments go to JMH, e.g.: bench/codec.sh -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl kargo-model -am -Dkargo4j.noPublishJars -DskipTests install
./mvnw -q -B -pl kargo-model test-compile exec:exec -Dexec.skip=false -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath io.github.kargo4j.model.bench.CodecBenchmark $*"
