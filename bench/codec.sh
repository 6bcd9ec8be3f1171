#!/usr/bin/env bash
# Runs the codec JMH benchmark (parse and write of a 7,000-document fleet, beside Jackson's plain tree parse).
# Extra arguments go to JMH, e.g.: bench/codec.sh -f 1 -wi 3 -i 5
# Builds through the reactor and runs from the modules' classes: nothing is installed in the local repository.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
./mvnw -q -B -pl kargo-model test-compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/target/bench-codec.cp"
cp="kargo-model/target/test-classes:kargo-model/target/classes:$(cat target/bench-codec.cp)"
java -cp "$cp" io.github.kargo4j.model.bench.CodecBenchmark "$@"
