#!/usr/bin/env bash
# Runs a command with zkmig's local Instaclustr control plane listening and IC_API_URL exported,
# in the bootstrap's tool environment (.tools/env.sh: terraform/tofu, the provider mirror, cdktf);
# stops the control plane afterwards. An IC_API_URL that already answers is used as it is.
#
#   scripts/with-control-plane.sh <command> [args...]
#
# Environment:
#   ZKMIG_BUILD_DIR          Maven build folder (default: <repo>/target)
#   ZKMIG_CONTROL_PLANE_DIR  control plane state folder (default: a temporary folder, removed afterwards)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${ZKMIG_BUILD_DIR:-$ROOT/target}"
DOCUMENT_PATH="/cluster-management/v2/swagger-for-terraform.yaml"

say() { printf '[with-control-plane] %s\n' "$*" >&2; }

[[ $# -gt 0 ]] || { say "usage: $0 <command> [args...]"; exit 2; }

if [[ ! -f "$ROOT/.tools/env.sh" ]]; then
  "$ROOT/scripts/bootstrap-tools.sh" >/dev/null
fi
# shellcheck source=/dev/null
. "$ROOT/.tools/env.sh"

if [[ -n "${IC_API_URL:-}" ]] && curl -fsS -o /dev/null "$IC_API_URL$DOCUMENT_PATH" 2>/dev/null; then
  say "using the control plane at $IC_API_URL"
  exec "$@"
fi

# The control plane's classes: the project's build; if that does not compile (bindings not generated
# yet, or out of step with the stacks), everything but the stacks app and its bindings, compiled apart.
CLASSPATH_FILE="$BUILD_DIR/runtime-classpath.txt"
CLASSES="$BUILD_DIR/classes"
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/zkmig-with-control-plane.XXXXXX")"
trap 'rm -rf "$SCRATCH"' EXIT
if ! mvn -q -f "$ROOT/pom.xml" -Dzkmig.buildDir="$BUILD_DIR" process-classes >"$SCRATCH/build.log" 2>&1; then
  say "the project does not compile as it is; compiling the control plane without the stacks app"
  CLASSES="$SCRATCH/classes"
  CLASSPATH_FILE="$CLASSES.classpath"
  mvn -q -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$CLASSPATH_FILE" >&2
  find "$ROOT/src/main/java" -name '*.java' ! -path '*/io/zkmig/stacks/*' ! -path '*/java/imports/*' \
    >"$CLASSES.sources"
  javac -nowarn -d "$CLASSES" -cp "$(cat "$CLASSPATH_FILE")" @"$CLASSES.sources" >&2
  cp -R "$ROOT/src/main/resources/." "$CLASSES/"
fi

# what the control plane creates (its state.json, its generated API key, its log) is the owner's alone; the
# umask is the control plane's only: the wrapped command keeps the caller's (cdktf get packs file modes into
# the committed bindings, so a 077 umask there makes them differ)
STATE_DIR="${ZKMIG_CONTROL_PLANE_DIR:-}"
REMOVE_STATE=0
if [[ -z "$STATE_DIR" ]]; then
  STATE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/zkmig-control-plane.XXXXXX")"
  REMOVE_STATE=1
fi
(umask 077 && mkdir -p "$STATE_DIR")
rm -f "$STATE_DIR/url"

(umask 077 && exec java -cp "$CLASSES:$(cat "$CLASSPATH_FILE")" \
  io.zkmig.sandbox.controlplane.ControlPlaneCommand --port 0 --state-dir "$STATE_DIR" \
  >"$STATE_DIR/control-plane.log" 2>&1) &
CP_PID=$!

stop() {
  if kill -0 "$CP_PID" 2>/dev/null; then
    kill "$CP_PID" 2>/dev/null || true
    wait "$CP_PID" 2>/dev/null || true
  fi
  if [[ "$REMOVE_STATE" == "1" ]]; then
    rm -rf "$STATE_DIR"
  fi
  rm -rf "$SCRATCH"
}
trap stop EXIT

for _ in $(seq 1 120); do
  [[ -s "$STATE_DIR/url" ]] && break
  kill -0 "$CP_PID" 2>/dev/null || { say "the control plane exited:"; cat "$STATE_DIR/control-plane.log" >&2; exit 1; }
  sleep 0.5
done
[[ -s "$STATE_DIR/url" ]] || { say "the control plane did not start within 60 s"; exit 1; }
IC_API_URL="$(head -1 "$STATE_DIR/url")"
export IC_API_URL
curl -fsS -o /dev/null "$IC_API_URL$DOCUMENT_PATH" || { say "no API document at $IC_API_URL$DOCUMENT_PATH"; exit 1; }
say "control plane at $IC_API_URL (pid $CP_PID)"

status=0
"$@" || status=$?
exit "$status"
