#!/bin/sh
# Regenerates kargo-model/src/test/resources/kubectl/yaml-vectors.json: the cases of KubectlYamlVectors (Java),
# written by kargo4j's YAML writer, run through sigs.k8s.io/yaml's YAMLToJSON (Go). Run from the repository root:
#
#   kargo-model/src/test/go/kubectl-yaml-vectors/regenerate.sh /path/to/yaml.git /path/to/go-yaml.git
#
# /path/to/yaml.git is a clone of https://github.com/kubernetes-sigs/yaml (tag v1.6.0), /path/to/go-yaml.git one of
# https://github.com/yaml/go-yaml (tag v2.4.4, the module go.yaml.in/yaml/v2); bare clones do. Needs git, Go 1.19 or
# newer and a JDK; nothing is downloaded (GOPROXY=off).
set -eu
sigs=$1
goyaml=$2
here=kargo-model/src/test/go/kubectl-yaml-vectors
out=kargo-model/src/test/resources/kubectl/yaml-vectors.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/sigs-yaml" "$work/go-yaml"
git --git-dir="$sigs" archive v1.6.0 | tar -x -C "$work/sigs-yaml"
git --git-dir="$goyaml" archive v2.4.4 | tar -x -C "$work/go-yaml"
cp "$here/main.go" "$here/go.mod" "$work/"
(cd "$work" && go mod edit -replace sigs.k8s.io/yaml=./sigs-yaml -replace go.yaml.in/yaml/v2=./go-yaml \
  && GOPROXY=off GOFLAGS=-mod=mod go build -o kubectl-yaml-vectors .)

./mvnw -B -o -q -pl kargo-model -am test-compile
./mvnw -B -o -q -pl kargo-model \
  org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/classpath"
java -cp "kargo-model/target/test-classes:kargo-model/target/classes:$(cat "$work/classpath")" \
  io.github.kargo4j.model.io.KubectlYamlVectors "$work/cases.json"

mkdir -p "$(dirname "$out")"
"$work/kubectl-yaml-vectors" < "$work/cases.json" > "$out"
echo "wrote $out"
