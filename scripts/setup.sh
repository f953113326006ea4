#!/usr/bin/env bash
# Sets up what zkmig needs on a fresh machine: checks Java 17+ and Maven, installs the pinned tool chain
# into the git-ignored .tools/ (skipped when present), and builds the project. Idempotent.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

need() { command -v "$1" >/dev/null 2>&1 || { echo "setup: $1 is required but not installed" >&2; exit 1; }; }
need java
need mvn
java_major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${java_major%%.*}" -lt 17 ]; then
  echo "setup: Java 17 or newer is required (found $java_major)" >&2
  exit 1
fi

# The ssh node-control test runs Debian's OpenSSH server on a loopback address (never as a service).
if [ ! -x /usr/sbin/sshd ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "setup: installing openssh-server (for the ssh node-control test) ..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssh-server) >/dev/null
fi

# The sandbox network (io.zkmig.sandbox.network) separates legacy and target servers on loopback with nftables.
if [ ! -x /usr/sbin/nft ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "setup: installing nftables (for the sandbox network test) ..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nftables) >/dev/null
fi

if [ -x scripts/bootstrap-tools.sh ] && [ "${ZKMIG_SKIP_TOOLS:-}" != "1" ]; then
  scripts/bootstrap-tools.sh
fi

echo "setup: building zkmig (mvn package, tests skipped) ..."
mvn -q -B -DskipTests package
echo "setup: done"
