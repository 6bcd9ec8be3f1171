#!/usr/bin/env bash
# Times PromotionPreview.renderAll (what `kargo4j render` does after reading) of a 100-Stage project.
# Extra arguments: Stages, warm-up and measured run counts, e.g.: bench/render.sh 100 20 30
# Builds through the reactor and runs from the modules' classes: nothing is installed in the local repository.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
./mvnw -q -B -pl kargo-validation -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/target/bench-render.cp"
# the last module of the reactor, kargo-validation, writes the file last
cp="kargo-validation/target/test-classes:kargo-validation/target/classes:$(cat target/bench-render.cp)"
java -cp "$cp" io.github.kargo4j.validation.bench.RenderBenchmark "$@"
