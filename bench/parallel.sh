#!/usr/bin/env bash
# Wall time of `validate --complete` against `print` on the 1,000-service fleet (7,000 documents in 5,000 files), cold
# (a new JVM per run, as a CI job runs it), on every processor and on one thread; and, when BASELINE_JAR names the
# runnable jar of another version, the same for it, run side by side. Prints each median and the ratios
# validate/print and after/before, of the wall time and of the processor time (user + sys, every thread of the JVM:
# steadier than the wall time on a shared machine, and what a busy CI runner pays).
# Every command runs on the JVM options of the ./kargo4j launcher (C1 only, the serial GC, no perf data: how the
# command is shipped), without its class archive, so that a baseline jar runs on the same terms; JVM_OPTS= (empty)
# runs them on the JVM's defaults instead, JVM_OPTS="..." on others.
# Usage: bench/parallel.sh [ROUNDS]          (default 5 rounds; the order of the commands turns each round)
#        BASELINE_JAR=/path/kargo-cli-all.jar bench/parallel.sh 7
#        JVM_OPTS= bench/parallel.sh 3       (the JVM's default options: C2, G1)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
# shellcheck source=bench/fleet-files.sh
. bench/fleet-files.sh
opts=${JVM_OPTS-"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"}
declare -A cmds=(
  [print]="java $opts -jar $jar print $work/fleet"
  [validate]="java $opts -jar $jar validate --complete $work/fleet"
  [print-1]="java $opts -jar $jar print --threads 1 $work/fleet"
  [validate-1]="java $opts -jar $jar validate --complete --threads 1 $work/fleet"
)
if [ -n "${BASELINE_JAR:-}" ]; then
  cmds[before-print]="java $opts -jar $BASELINE_JAR print $work/fleet"
  cmds[before-validate]="java $opts -jar $BASELINE_JAR validate --complete $work/fleet"
fi
names=("${!cmds[@]}")
: > "$work/times"
for r in $(seq 1 "$rounds"); do
  n=${#names[@]}
  for k in $(seq 0 $((n - 1))); do
    name=${names[$(((k + r) % n))]}
    t0=$(date +%s%N)
    cpu=$( { TIMEFORMAT='%U %S'; time ${cmds[$name]} > /dev/null 2>&1 || true; } 2>&1 | tail -1)
    t1=$(date +%s%N)
    echo "$name $(((t1 - t0) / 1000000)) $(echo "$cpu" | awk '{ printf "%d", ($1 + $2) * 1000 }')" >> "$work/times"
  done
done
echo "machine: $(nproc) processors, load $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds; JVM options: ${opts:-(defaults)}"
echo "median wall ms, median CPU ms:"
awk '
  { w[$1, ++n[$1]] = $2; c[$1, n[$1]] = $3 }
  function median(a, name, k, i, j, t, v) {
    k = n[name]
    for (i = 1; i <= k; i++) v[i] = a[name, i]
    for (i = 2; i <= k; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
    return v[int((k + 1) / 2)]
  }
  END {
    for (x in n) {
      m[x] = median(w, x); cm[x] = median(c, x)
      printf "  %-16s wall %7d ms   cpu %7d ms\n", x, m[x], cm[x]
    }
    printf "validate/print: wall %.2f, cpu %.2f (one thread: wall %.2f, cpu %.2f)\n", m["validate"] / m["print"],
      cm["validate"] / cm["print"], m["validate-1"] / m["print-1"], cm["validate-1"] / cm["print-1"]
    printf "validate on every processor / on one thread: wall %.2f\n", m["validate"] / m["validate-1"]
    if ("before-validate" in m) {
      printf "before: validate/print wall %.2f, cpu %.2f\n", m["before-validate"] / m["before-print"],
        cm["before-validate"] / cm["before-print"]
      printf "after/before: validate wall %.2f, cpu %.2f; print wall %.2f, cpu %.2f\n",
        m["validate"] / m["before-validate"], cm["validate"] / cm["before-validate"],
        m["print"] / m["before-print"], cm["print"] / cm["before-print"]
    }
  }' "$work/times"
