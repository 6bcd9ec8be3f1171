#!/usr/bin/env bash
# Cold start of the command: `./kargo4j validate` of the seed 000 example (12 resources) beside the JVM floor (the
# same JVM, with the launcher's options, starting with the same jar on its class path and running an empty main),
# and beside `java -jar` with no options and no archive. Median wall and CPU (user + system) time of RUNS runs (default
# 11), the three commands taking turns, on the default `java` and on every other JDK given in JDKS (default: the
# Temurin 25 found under /usr/lib/jvm or /opt, if any). Prints each median, its ratio to the floor's median, and the
# median of the ratios of each run to the floor run beside it ("paired": steadier on a shared machine).
# With BASELINE set to another checkout of kargo4j (its command built: run its ./kargo4j once), its ./kargo4j validate
# takes turns with the others, and the ratio of this checkout's time to the baseline's is printed: before and after.
# Usage: bench/startup.sh [runs]      (JDKS="/path/to/jdk-a /path/to/jdk-b" bench/startup.sh to choose JDKs;
#        BASELINE=/path/to/other/checkout bench/startup.sh 11 to compare with another version)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-11}
jar="$root/kargo-cli/target/kargo-cli-0.1.0-SNAPSHOT-all.jar"
example="$root/kargo-examples/src/main/resources/seed-000"
./kargo4j --version >/dev/null   # builds the jar if needed
floor="$root/target/bench-startup"
mkdir -p "$floor"
printf 'public class Floor { public static void main(String[] args) { } }\n' > "$floor/Floor.java"
javac --release 17 -d "$floor" "$floor/Floor.java"

if [ -z "${JDKS:-}" ]; then
  JDKS="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  for j in /usr/lib/jvm/temurin-25* /opt/temurin-25* /opt/jdk-25*; do
    if [ -x "$j/bin/java" ]; then JDKS="$JDKS $j"; break; fi
  done
fi

# prints "wall cpu" in seconds for one run of the command
measure() {
  local TIMEFORMAT='%3R %3U %3S' t
  t=$( { time "$@" >/dev/null 2>&1; } 2>&1 )
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$t"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# the median of the runs' wall-time ratios, each run of the first file to the run of the second beside it (the
# commands take turns, so a pair saw the same state of a shared machine: steadier than the ratio of the medians)
pairs() {
  paste -d' ' "$1" "$2" | awk '{ printf "%.4f\n", $1 / $3 }' | median
}

for jdk in $JDKS; do
  export PATH="$jdk/bin:$PATH"
  version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$jdk/release")
  ./kargo4j validate "$example" >/dev/null 2>&1 || true   # the first run trains the archive of this JDK
  names="floor cmd plain"
  if [ -n "${BASELINE:-}" ]; then
    "$BASELINE/kargo4j" validate "$example" >/dev/null 2>&1 || true
    names="floor base cmd plain"
  fi
  opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
  : > "$floor/floor.txt"; : > "$floor/base.txt"; : > "$floor/cmd.txt"; : > "$floor/plain.txt"
  for ((i = 0; i < runs; i++)); do
    # shellcheck disable=SC2086
    measure java $opts -cp "$jar:$floor" Floor >> "$floor/floor.txt"
    if [ -n "${BASELINE:-}" ]; then
      measure "$BASELINE/kargo4j" validate "$example" >> "$floor/base.txt"
    fi
    measure ./kargo4j validate "$example" >> "$floor/cmd.txt"
    measure java -jar "$jar" validate "$example" >> "$floor/plain.txt"
  done
  fw=$(cut -d' ' -f1 "$floor/floor.txt" | median); fc=$(cut -d' ' -f2 "$floor/floor.txt" | median)
  echo "JDK $version, median of $runs runs     wall     cpu   wall/floor  paired"
  for name in $names; do
    w=$(cut -d' ' -f1 "$floor/$name.txt" | median); c=$(cut -d' ' -f2 "$floor/$name.txt" | median)
    p=$(pairs "$floor/$name.txt" "$floor/floor.txt")
    case $name in
      floor) label="floor (empty main)        " ;;
      base) label="baseline validate seed-000 " ;;
      cmd) label="./kargo4j validate seed-000" ;;
      plain) label="java -jar (no archive)     " ;;
    esac
    awk -v l="$label" -v w="$w" -v c="$c" -v f="$fw" -v p="$p" \
      'BEGIN { printf "  %s %6.3f s %6.3f s  %5.2fx     %5.2fx\n", l, w, c, w / f, p }'
  done
  if [ -n "${BASELINE:-}" ]; then
    bw=$(cut -d' ' -f1 "$floor/base.txt" | median); bc=$(cut -d' ' -f2 "$floor/base.txt" | median)
    cw=$(cut -d' ' -f1 "$floor/cmd.txt" | median); cc=$(cut -d' ' -f2 "$floor/cmd.txt" | median)
    awk -v bw="$bw" -v bc="$bc" -v cw="$cw" -v cc="$cc" -v p="$(pairs "$floor/cmd.txt" "$floor/base.txt")" \
      'BEGIN { printf "  this checkout / baseline: wall %.2f (paired %.2f), cpu %.2f\n", cw / bw, p, cc / bc }'
  fi
done
