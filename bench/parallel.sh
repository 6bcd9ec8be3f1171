#!/usr/bin/env bash
# Wall time of `validate --complete` against `print` on the 1,000-service fleet (7,000 documents in 5,000 files), cold
# (a new JVM per run, as a CI job runs it), on every processor and on one thread; and, when BASELINE_JAR names the
# runnable jar of another version, the same for it, run side by side. Prints each median and the ratios
# validate/print and after/before.
# Usage: bench/parallel.sh [ROUNDS]          (default 5 rounds; the order of the commands turns each round)
#        BASELINE_JAR=/path/kargo-cli-all.jar bench/parallel.sh 7
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
./mvnw -q -B -o -DskipTests -Dkargo4j.noPublishJars -pl kargo-cli -am package
jar=$(ls kargo-cli/target/kargo-cli-*-all.jar)
work=target/bench-parallel
if [ ! -d "$work/fleet/projects" ]; then
  rm -rf "$work" && mkdir -p "$work/services"
  for i in $(seq -w 1 1000); do mkdir "$work/services/svc-$i"; done
  java -jar "$jar" generate fleet --services="$work/services" --output="$work/fleet" > /dev/null
fi
declare -A cmds=(
  [print]="java -jar $jar print $work/fleet"
  [validate]="java -jar $jar validate --complete $work/fleet"
  [print-1]="java -jar $jar print --threads 1 $work/fleet"
  [validate-1]="java -jar $jar validate --complete --threads 1 $work/fleet"
)
if [ -n "${BASELINE_JAR:-}" ]; then
  cmds[before-print]="java -jar $BASELINE_JAR print $work/fleet"
  cmds[before-validate]="java -jar $BASELINE_JAR validate --complete $work/fleet"
fi
names=("${!cmds[@]}")
: > "$work/times"
for r in $(seq 1 "$rounds"); do
  n=${#names[@]}
  for k in $(seq 0 $((n - 1))); do
    name=${names[$(((k + r) % n))]}
    t0=$(date +%s%N)
    ${cmds[$name]} > /dev/null 2>&1 || true
    t1=$(date +%s%N)
    echo "$name $(((t1 - t0) / 1000000))" >> "$work/times"
  done
done
echo "machine: $(nproc) processors, load $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds; median wall ms:"
sort -k1,1 -k2,2n "$work/times" | awk '
  { t[$1, ++n[$1]] = $2 }
  END {
    for (c in n) { m[c] = t[c, int((n[c] + 1) / 2)]; printf "  %-16s %7d ms (min %d, max %d)\n", c, m[c], t[c, 1], t[c, n[c]] }
    printf "validate/print: %.2f (one thread: %.2f)\n", m["validate"] / m["print"], m["validate-1"] / m["print-1"]
    printf "validate on every processor / on one thread: %.2f\n", m["validate"] / m["validate-1"]
    if ("before-validate" in m) {
      printf "before: validate/print %.2f; after/before: validate %.2f, print %.2f\n",
        m["before-validate"] / m["before-print"], m["validate"] / m["before-validate"], m["print"] / m["before-print"]
    }
  }'
