#!/usr/bin/env bash
# README command 2 (and what .ci/run calls): set up what is needed, then run every test.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
start=$(date +%s)
scripts/setup.sh
# with-control-plane.sh runs a local Instaclustr control plane around the build (IC_API_URL in the
# environment), which CDKTF's toBeValidTerraform needs to validate the Instaclustr stacks.
scripts/with-control-plane.sh mvn -B verify "$@"
echo "test.sh: finished in $(( $(date +%s) - start )) s"
