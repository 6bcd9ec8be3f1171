#!/usr/bin/env bash
# Installs the exact packages of package-lock.json (mermaid, jsdom) into kargo-cli/target/node, or into
# $KARGO4J_NODE_DIR, for MermaidDiagramTest. Never fails the build: without node/npm or without network it says so and
# exits 0, and the test is skipped with a message naming this script.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${KARGO4J_NODE_DIR:-$here/../../../target/node}"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "install.sh: node and npm are not installed; the Mermaid diagram test will be skipped"
  exit 0
fi
mkdir -p "$dest"
cp "$here/package.json" "$here/package-lock.json" "$here/mermaid-check.mjs" "$dest/"
if [ -f "$dest/node_modules/.package-lock.json" ] && cmp -s "$here/package-lock.json" "$dest/.installed-lock.json"; then
  echo "install.sh: $dest is up to date"
  exit 0
fi
cd "$dest"
# --ignore-scripts: no install scripts run; short fetch timeouts: a machine without network gives up quickly.
if timeout 300 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error \
    --fetch-retries=1 --fetch-timeout=20000 --fetch-retry-maxtimeout=20000; then
  cp package-lock.json .installed-lock.json
  echo "install.sh: installed the Mermaid diagram test's packages in $dest"
else
  rm -rf node_modules
  echo "install.sh: npm could not install the packages (no network?); the Mermaid diagram test will be skipped"
fi
exit 0
