# Sourced by bench/parallel.sh and bench/listing.sh: builds the runnable jar (sets $jar) and writes the 1,000-service
# fleet once, as 5,000 files under target/bench-parallel/fleet (sets $work to target/bench-parallel).
./mvnw -q -B -o -DskipTests -Dkargo4j.noPublishJars -pl kargo-cli -am package
jar=$(ls kargo-cli/target/kargo-cli-*-all.jar)
work=target/bench-parallel
if [ ! -d "$work/fleet/projects" ]; then
  rm -rf "$work" && mkdir -p "$work/services"
  for i in $(seq -w 1 1000); do mkdir "$work/services/svc-$i"; done
  java -jar "$jar" generate fleet --services="$work/services" --output="$work/fleet" > /dev/null
fi
