#!/usr/bin/env bash
# Times PromotionPreview.renderAll (what `kargo4j render` does after reading) of a 100-Stage project.
# Extra arguments: Stages, warm-up and measured run counts, e.g.: bench/render.sh 100 20 30
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl kargo-validation -am -Dkargo4j.noPublishJars -DskipTests install
./mvnw -q -B -pl kargo-validation test-compile exec:exec -Dexec.skip=false -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath io.github.kargo4j.validation.bench.RenderBenchmark $*"
