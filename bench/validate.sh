#!/usr/bin/env bash
# Times the whole validator (every rule, --complete) on a 7,000-document fleet (1,000 services of seed 003's shape):
# writes the fleet to target/bench-fleet.yaml, then runs ValidationBenchmark on it.
# Extra arguments: warm-up and measured run counts and threads (default: every processor), e.g.:
# bench/validate.sh 10 20 1
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl kargo-validation -am -Dkargo4j.noPublishJars -DskipTests install
./mvnw -q -B -pl kargo-model test-compile exec:exec -Dexec.skip=false -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath io.github.kargo4j.model.testing.Fleet $PWD/target/bench-fleet.yaml 1000"
./mvnw -q -B -pl kargo-validation test-compile exec:exec -Dexec.skip=false -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-Xmx2g -cp %classpath io.github.kargo4j.validation.bench.ValidationBenchmark $PWD/target/bench-fleet.yaml $*"
