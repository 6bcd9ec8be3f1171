#!/usr/bin/env bash
# Runs the JMH benchmark of rule KF001 alone on a 1,000-service fleet: the generated constraint table (what ships)
# against Hibernate Validator (the reference kept in tests). Builds through the reactor; installs nothing.
# Extra arguments go to JMH, e.g.: bench/constraints.sh -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o -Dkargo4j.noPublishJars -pl kargo-validation -am test-compile -Pconstraints-bench "-Djmh.args=$*"
