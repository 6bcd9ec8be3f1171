#!/usr/bin/env bash
# Times the whole validator (every rule, --complete) on a 7,000-document fleet (1,000 services of seed 003's shape):
# writes the fleet to target/bench-fleet.yaml, then runs ValidationBenchmark on it.
# Extra arguments: warm-up and measured run counts and threads (default: every processor), e.g.:
# bench/validate.sh 10 20 1
# Builds through the reactor and runs from the modules' classes: nothing is installed in the local repository.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
./mvnw -q -B -pl kargo-validation -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/target/bench-validate.cp"
# the last module of the reactor, kargo-validation, writes the file last; its own classes and kargo-model's test
# classes (the fleet generator) go in front
cp="kargo-validation/target/test-classes:kargo-validation/target/classes:kargo-model/target/test-classes"
cp="$cp:$(cat target/bench-validate.cp)"
java -cp "$cp" io.github.kargo4j.model.testing.Fleet "$PWD/target/bench-fleet.yaml" 1000
java -Xmx2g -cp "$cp" io.github.kargo4j.validation.bench.ValidationBenchmark "$PWD/target/bench-fleet.yaml" "$@"
