#!/usr/bin/env bash
# The typed parse's time as a ratio of Jackson's plain YAML tree parse of the same text (ParseRatio: both parsers in
# one JVM, taking turns, median of the per-round ratios, wall and parsing-thread CPU time), on the varied corpus
# (about 2,000 documents shaped like real third-party pipelines) and on the uniform fleet (7,000 documents).
# Arguments: warm-up rounds and measured rounds (default 20 and 30), e.g.: bench/parse.sh 10 20
# CodecBenchmark (JMH, bench/codec.sh) gives the absolute figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl kargo-model test-compile
./mvnw -q -B -pl kargo-model org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-parse.cp
cp="kargo-model/target/test-classes:kargo-model/target/classes:$(cat kargo-model/target/bench-parse.cp)"
for corpus in varied fleet; do
  java -Xms2g -Xmx2g -cp "$cp" io.github.kargo4j.model.bench.ParseRatio "$corpus" "${1:-20}" "${2:-30}"
done
