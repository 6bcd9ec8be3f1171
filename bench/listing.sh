#!/usr/bin/env bash
# The directory walk alone (ManifestFiles.list) on the 1,000-service fleet of bench/parallel.sh (5,000 files in 1,002
# directories): RUNS fresh JVMs on the launcher's options (C1 only, the serial GC), each listing it once cold and nine
# times more; prints the medians of the cold listing and of each run's median warm listing. With BASELINE_JAR set to
# another version's runnable jar, the two take turns and the ratios after/before are printed.
# Usage: bench/listing.sh [RUNS]        (default 9)
#        BASELINE_JAR=/path/kargo-cli-all.jar bench/listing.sh 9
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
# shellcheck source=bench/fleet-files.sh
. bench/fleet-files.sh
./mvnw -q -B -o -Dkargo4j.noPublishJars -pl kargo-model test-compile
opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
main=io.github.kargo4j.model.bench.ListingBenchmark
sides="after"
if [ -n "${BASELINE_JAR:-}" ]; then sides="before after"; fi
out=target/bench-listing
mkdir -p "$out"
for side in $sides; do : > "$out/$side.txt"; done
for ((i = 0; i < runs; i++)); do
  for side in $sides; do
    if [ "$side" = before ]; then j=$BASELINE_JAR; else j=$jar; fi
    # shellcheck disable=SC2086
    java $opts -cp "$j:kargo-model/target/test-classes" "$main" "$work/fleet" >> "$out/$side.txt"
  done
done
median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
echo "machine: $(nproc) processors, load $(cut -d' ' -f1-3 /proc/loadavg); $runs runs"
for side in $sides; do
  files=$(head -1 "$out/$side.txt" | cut -d' ' -f1)
  cold=$(cut -d' ' -f2 "$out/$side.txt" | median); warm=$(cut -d' ' -f3 "$out/$side.txt" | median)
  echo "  $side: $files files, cold $cold ms, warm $warm ms (medians)"
  eval "cold_$side=$cold; warm_$side=$warm"
done
if [ -n "${BASELINE_JAR:-}" ]; then
  # shellcheck disable=SC2154
  awk -v a="$cold_after" -v b="$cold_before" -v c="$warm_after" -v d="$warm_before" \
    'BEGIN { printf "after/before: cold %.2f, warm %.2f\n", a / b, c / d }'
fi
