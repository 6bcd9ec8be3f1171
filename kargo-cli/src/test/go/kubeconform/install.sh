#!/bin/sh
# Installs kubeconform v0.6.7 (the last release that builds with Go 1.19 and later; v0.7.0 needs Go 1.24) into
# kargo-cli/target/kubeconform, where KubeconformTest looks for it. Needs Go and the Go module proxy (network); run
# from anywhere:
#   sh kargo-cli/src/test/go/kubeconform/install.sh
# Without Go or network it says so and exits 0: KubeconformTest then runs only the layout checks that need no
# kubeconform, and says why it skipped the rest. KUBECONFORM=/path/to/kubeconform points the test at another binary.
here=$(cd "$(dirname "$0")" && pwd)
dest="$here/../../../../target/kubeconform"
if ! command -v go >/dev/null 2>&1; then
  echo "kubeconform not installed: go is not on the PATH (KubeconformTest will skip running it)" >&2
  exit 0
fi
mkdir -p "$dest"
if GOBIN=$(cd "$dest" && pwd) go install github.com/yannh/kubeconform/cmd/kubeconform@v0.6.7; then
  echo "kubeconform installed in $(cd "$dest" && pwd)"
else
  echo "kubeconform not installed (no network?): KubeconformTest will skip running it" >&2
fi
exit 0
