#!/bin/sh
# Regenerates the expr-lang and Kargo template test vectors of kargo-expr:
#   kargo-expr/src/test/resources/expr/expr-vectors.jsonl
#   kargo-expr/src/test/resources/expr/template-vectors.jsonl
# Run from the repository root:
#
#   kargo-expr/src/test/go/expr-vectors/regenerate.sh /path/to/expr.git /path/to/kargo.git /path/to/go-yaml.git
#
# /path/to/expr.git is a clone of https://github.com/expr-lang/expr (tag v1.17.8), /path/to/kargo.git one of
# https://github.com/akuity/kargo (tag v1.11.2), /path/to/go-yaml.git one of https://github.com/yaml/go-yaml (tag
# v3.0.4, the module go.yaml.in/yaml/v3); bare clones do. Needs git and Go 1.19 or newer; nothing is downloaded
# (GOPROXY=off). The output is the same on every run.
set -eu
exprgit=$1
kargogit=$2
goyamlgit=$3
here=kargo-expr/src/test/go/expr-vectors
out=kargo-expr/src/test/resources/expr
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/expr" "$work/go-yaml" "$work/gen"
git --git-dir="$exprgit" archive v1.17.8 | tar -x -C "$work/expr"
git --git-dir="$goyamlgit" archive v3.0.4 | tar -x -C "$work/go-yaml"
# go-yaml's go.mod names gopkg.in/check.v1, which only its own tests use.
(cd "$work/go-yaml" && go mod edit -droprequire gopkg.in/check.v1)
cp "$here"/*.go "$here/go.mod" "$work/gen/"

# Kargo's JSON template rules, compiled as a package of this program. Kargo v1.11.2's go.mod declares go 1.26.0, so
# each loop iteration has its own variable; nextExpression takes the address of its loop variable (delim = &d), which Go
# before 1.22 would share between iterations, so that one line is rewritten to copy the value instead. Nothing else
# is changed but the package name.
mkdir "$work/gen/kargotemplates"
git --git-dir="$kargogit" show v1.11.2:pkg/expressions/json_templates.go > "$work/json_templates.go"
if [ "$(grep -c 'delim = &d$' "$work/json_templates.go")" != 1 ]; then
  echo "pkg/expressions/json_templates.go is not the expected file" >&2
  exit 1
fi
sed -e 's/^package expressions$/package kargotemplates/' \
  -e 's/delim = &d$/delim = \&supportedDelimiterSet{start: d.start, end: d.end}/' \
  "$work/json_templates.go" > "$work/gen/kargotemplates/json_templates.go"

(cd "$work/gen" && go mod edit -replace github.com/expr-lang/expr=../expr -replace go.yaml.in/yaml/v3=../go-yaml \
  && GOPROXY=off GOFLAGS=-mod=mod go build -o expr-vectors .)

mkdir -p "$out"
# Dates without a zone of their own are read in UTC; TZ fixes the local zone too.
TZ=UTC "$work/gen/expr-vectors" "$out"
