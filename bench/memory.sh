#!/usr/bin/env bash
# Validates 100,000 documents (14,286 services of the fleet's shape, 7 documents each) in a 512 MB heap, twice: as
# one 64 MB file and as 71,430 files, and prints the peak heap of each run (MemoryBenchmark: GC notifications).
# Usage: bench/memory.sh [SERVICES] [HEAP]     (defaults: 14286 and 512m)
set -euo pipefail
cd "$(dirname "$0")/.."
services=${1:-14286}
heap=${2:-512m}
./mvnw -q -B -o -DskipTests -Dkargo4j.noPublishJars -pl kargo-cli -am package
./mvnw -q -B -o -Dkargo4j.noPublishJars -pl kargo-validation -am test-compile
jar=$(ls kargo-cli/target/kargo-cli-*-all.jar)
work=target/bench-memory
if [ ! -f "$work/$services.yaml" ]; then
  rm -rf "$work" && mkdir -p "$work/services"
  for i in $(seq -w 1 "$services"); do mkdir "$work/services/svc-$i"; done
  java -jar "$jar" generate fleet --services="$work/services" --output="$work/many" > /dev/null
  find "$work/many" -name '*.yaml' | sort | while read -r f; do echo '---'; cat "$f"; done > "$work/$services.yaml"
fi
for input in "$work/$services.yaml" "$work/many"; do
  echo "== $input, -Xmx$heap"
  java -Xmx"$heap" -cp "$jar:kargo-validation/target/test-classes" \
    io.github.kargo4j.validation.bench.MemoryBenchmark "$input"
done
