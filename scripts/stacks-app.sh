#!/usr/bin/env bash
# The CDKTF app command (cdktf.json "app"): builds the project if needed and runs
# io.zkmig.stacks.StacksApp, which synthesizes the stacks of the specs in ZKMIG_SPECS
# (default: stacks/*.yaml). cdktf runs it with CDKTF_OUTDIR set.
#   ZKMIG_BUILD_DIR   Maven build folder (default <repo>/target)
#   ZKMIG_SKIP_BUILD=1  run the classes already built
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${ZKMIG_BUILD_DIR:-$ROOT/target}"
if [[ "${ZKMIG_SKIP_BUILD:-0}" != "1" ]]; then
  mvn -q -f "$ROOT/pom.xml" -Dzkmig.buildDir="$BUILD_DIR" process-classes >&2
fi
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION="${JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION:-1}"
exec java -Dzkmig.home="$ROOT" -cp "$BUILD_DIR/classes:$(cat "$BUILD_DIR/runtime-classpath.txt")" io.zkmig.stacks.StacksApp
