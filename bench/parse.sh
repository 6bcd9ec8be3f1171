#!/usr/bin/env bash
# The typed parse's time as a ratio of Jackson's plain YAML tree parse of the same text (ParseRatio: both parsers in
# one JVM, taking turns, median of the per-round ratios, wall and parsing-thread CPU time, and the ratio of the
# fastest rounds), on the varied corpus (about 2,000 documents shaped like real third-party pipelines) and on the
# uniform fleet (7,000 documents).
#   bench/parse.sh [warm-up rounds] [rounds]           both corpora (default 20 and 30 rounds)
#   bench/parse.sh stages [corpus] [warm-up] [rounds]  where the time goes, stage by stage (ParseStages)
#   bench/parse.sh against REF [runs] [warm-up] [rounds]
#       this working tree against the codec of a git revision (e.g. main), on the varied corpus: runs ParseRatio
#       with each in turn (default 4 runs of 10 and 20 rounds) and prints each run's CPU ratios, before and after
# CodecBenchmark (JMH, bench/codec.sh) gives the absolute figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl kargo-model test-compile
./mvnw -q -B -pl kargo-model org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-parse.cp
deps="$(cat kargo-model/target/bench-parse.cp)"
cp="kargo-model/target/test-classes:kargo-model/target/classes:$deps"
case "${1:-}" in
  stages)
    java -Xms2g -Xmx2g -cp "$cp" io.github.kargo4j.model.io.ParseStages "${2:-varied}" "${3:-10}" "${4:-20}"
    ;;
  against)
    ref="${2:?a git revision to compare with}"
    scratch="$(mktemp -d)"
    trap 'git worktree remove --force "$scratch/tree" >/dev/null 2>&1 || true; rm -rf "$scratch"' EXIT
    git worktree add --detach "$scratch/tree" "$ref" >/dev/null
    (cd "$scratch/tree" && ./mvnw -q -B -pl kargo-model compile)
    before="kargo-model/target/test-classes:$scratch/tree/kargo-model/target/classes:$deps"
    for run in $(seq "${3:-4}"); do
      for side in before after; do
        if [ "$side" = before ]; then c="$before"; else c="$cp"; fi
        printf '%s run %s: ' "$side" "$run"
        java -Xms2g -Xmx2g -cp "$c" io.github.kargo4j.model.bench.ParseRatio varied "${4:-10}" "${5:-20}" \
          | grep "parsing thread's cpu"
      done
    done
    ;;
  *)
    for corpus in varied fleet; do
      java -Xms2g -Xmx2g -cp "$cp" io.github.kargo4j.model.bench.ParseRatio "$corpus" "${1:-20}" "${2:-30}"
    done
    ;;
esac
