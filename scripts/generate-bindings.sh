#!/usr/bin/env bash
# Generates the Java bindings of the Instaclustr provider from the schema the real provider reports
# when it reads the local control plane's API document (the provider builds every resource from that
# document at start-up): bootstraps the tools, starts the control plane, runs `cdktf get` with
# cdktf.json's pinned provider in a scratch folder, and puts the result where the build finds it.
#
# The bindings are committed, so building and synthesizing need neither the control plane nor Node:
#   src/main/java/imports/instaclustr/       generated Java (package imports.instaclustr.*)
#   src/main/resources/imports/instaclustr/  the jsii assembly the Java classes load
#   imports/constraints.json, versions.json  what cdktf generated, from which provider version
#
#   scripts/generate-bindings.sh           regenerate in place
#   scripts/generate-bindings.sh --check   regenerate in a scratch folder; exit 1 if the committed ones differ
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
say() { printf '[generate-bindings] %s\n' "$*" >&2; }

if [[ "${1:-}" != "--with-control-plane" ]]; then
  exec "$ROOT/scripts/with-control-plane.sh" "$0" --with-control-plane "$@"
fi
shift
MODE="${1:-write}"

GENERATED=(src/main/java/imports/instaclustr src/main/resources/imports/instaclustr imports)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/zkmig-bindings.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cp "$ROOT/cdktf.json" "$WORK/"

started=$SECONDS
say "cdktf get ($(grep -o '"instaclustr/instaclustr@[^"]*"' "$ROOT/cdktf.json")) against $IC_API_URL"
(cd "$WORK" && CI=1 cdktf get --force >"$WORK/cdktf-get.log" 2>&1) || { cat "$WORK/cdktf-get.log" >&2; exit 1; }
for path in "${GENERATED[@]}"; do
  [[ -e "$WORK/$path" ]] || { say "cdktf get produced no $path"; cat "$WORK/cdktf-get.log" >&2; exit 1; }
done
say "generated in $((SECONDS - started)) s"

# jsii-pacmak stamps each Java file with the time of generation; that alone is no difference.
same_as_committed() {
  local path
  for path in "${GENERATED[@]}"; do
    diff -r -I '^@javax.annotation.Generated(' "$ROOT/$path" "$WORK/$path" >"$WORK/diff.txt" 2>&1 || return 1
  done
}

if same_as_committed; then
  say "the committed bindings are up to date"
  exit 0
fi
if [[ "$MODE" == "--check" ]]; then
  cat "$WORK/diff.txt" >&2
  say "the committed bindings differ from what the provider reports now: run scripts/generate-bindings.sh and commit"
  exit 1
fi
for path in "${GENERATED[@]}"; do
  rm -rf "${ROOT:?}/$path"
  mkdir -p "$(dirname "$ROOT/$path")"
  cp -R "$WORK/$path" "$ROOT/$path"
done
say "bindings written: ${GENERATED[*]}"
