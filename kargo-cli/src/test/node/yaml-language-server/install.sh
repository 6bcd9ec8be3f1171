#!/bin/sh
# Installs the exact yaml-language-server of package-lock.json into kargo-cli/target/node/yaml-language-server,
# where YamlLanguageServerTest looks for it. Needs node and npm; run from anywhere:
#   sh kargo-cli/src/test/node/yaml-language-server/install.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dest="$here/../../../../target/node/yaml-language-server"
mkdir -p "$dest"
cp "$here/package.json" "$here/package-lock.json" "$dest/"
cd "$dest"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
echo "yaml-language-server installed in $(pwd)/node_modules"
