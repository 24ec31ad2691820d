#!/usr/bin/env bash
# A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }): it turns the
# desktop flags (--extensionDevelopmentPath, --extensionTestsPath, a folder) into the same run inside
# code-server, so the suites run unchanged on a machine with no VS Code download and no display.
exec node "$(dirname "$(readlink -f "$0")")/run-in-code-server.mjs" "$@"
