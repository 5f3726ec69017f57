#!/usr/bin/env bash
# Processes a minidump with Breakwater's stack walker:
#   minidump/stackwalk.sh [--json|--human|--machine] [--pretty] <dump> [<symbols dir>...]
# --machine is Breakpad's `minidump_stackwalk -m` format, --human its default output, --json
# rust-minidump's `minidump-stackwalk --json` document. Builds the module first if needed.
set -euo pipefail

MODULE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JAR=$(ls "$MODULE"/target/breakwater-minidump-*.jar 2>/dev/null | grep -v -e sources -e tests | head -n 1 || true)
if [[ -z "$JAR" || ! -d "$MODULE/target/lib" ]]; then
  (cd "$MODULE/.." && mvn -B -q -pl minidump -am package -DskipTests -Dfuzz.skip=true >&2)
  JAR=$(ls "$MODULE"/target/breakwater-minidump-*.jar | grep -v -e sources -e tests | head -n 1)
fi
exec java ${STACKWALK_JAVA_OPTS:-} -cp "$JAR:$MODULE/target/lib/*" \
  dev.breakwater.minidump.cli.StackwalkCommand "$@"
