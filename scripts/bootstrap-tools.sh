#!/usr/bin/env bash
# Installs zkmig's pinned toolchain into a git-ignored tools folder, offline but for the package
# registries: a Terraform-compatible binary, the Instaclustr provider in a local filesystem mirror,
# cdktf-cli, a CLI config that installs providers only from that mirror, the AWS emulator (LocalStack
# in a Python virtual environment, from a hashed lock file), and an env file. Idempotent: what is
# present at the pinned version is kept.
#
#   scripts/bootstrap-tools.sh            # install what is missing, then print the env file path
#   . .tools/env.sh                       # use the tools in a shell
#
# Environment:
#   ZKMIG_TOOLS_DIR    tools folder (default: <repo>/.tools)
#   ZKMIG_FORCE_TOFU=1 build OpenTofu even when a terraform binary is on PATH
#   ZKMIG_SKIP_CDKTF=1 do not install cdktf-cli (plain Terraform is enough for some tests)
#   ZKMIG_SKIP_AWS_EMULATOR=1 install no AWS emulator
#   ZKMIG_AWS_EMULATOR=moto   install moto's server (the fallback emulator) as well as LocalStack
#   ZKMIG_PYTHON       the Python 3.13 the emulators' virtual environments are made with (default: found)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="${ZKMIG_TOOLS_DIR:-$REPO_ROOT/.tools}"

OPENTOFU_MODULE="github.com/opentofu/opentofu"
OPENTOFU_VERSION="v1.10.10"
# The version the mirror serves the provider as: the Instaclustr v2 release whose behaviour
# the build reproduces (see scripts/terraform/instaclustr-provider/main.go for what is built).
INSTACLUSTR_PROVIDER_VERSION="2.1.89"
INSTACLUSTR_PROVIDER_SRC="$REPO_ROOT/scripts/terraform/instaclustr-provider"
CDKTF_CLI_SRC="$REPO_ROOT/scripts/cdktf-cli"
CDKTF_CLI_VERSION="0.19.2"
AWS_EMULATOR_SRC="$REPO_ROOT/scripts/aws-emulator"

say() { printf '[bootstrap-tools] %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

need() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is required but not on PATH ($2)"
}

# Fingerprint of the files a build step depends on: a changed pin rebuilds, nothing else does.
fingerprint() {
  cat "$@" | sha256sum | cut -d' ' -f1
}

tool_version() {
  TF_CLI_CONFIG_FILE="$TOOLS_DIR/terraform.rc" CHECKPOINT_DISABLE=1 "$1" version | head -1
}

stamp_matches() { [[ -f "$1" && "$(cat "$1")" == "$2" ]]; }

# go build inside a module fetched from the module proxy. `go install module@version` refuses
# modules whose go.mod has replace directives (OpenTofu's has), so download it and build in a copy.
build_go_module() {
  local module="$1" version="$2" package="$3" output="$4" ldflags="${5:-}"
  local info dir work
  info="$(GOFLAGS=-mod=mod go mod download -json "$module@$version")" \
    || die "the Go module proxy did not serve $module@$version: $info"
  dir="$(printf '%s' "$info" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
  [[ -n "$dir" && -d "$dir" ]] || die "no module directory for $module@$version in: $info"
  work="$(mktemp -d "${TMPDIR:-/tmp}/zkmig-gobuild.XXXXXX")"
  local status=0
  cp -R "$dir/." "$work/" && chmod -R u+w "$work" \
    && (cd "$work" && GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath -ldflags "$ldflags" -o "$output" "$package") \
    || status=$?
  rm -rf "$work"
  return "$status"
}

install_terraform() {
  mkdir -p "$TOOLS_DIR/bin"
  local existing=""
  if [[ "${ZKMIG_FORCE_TOFU:-0}" != "1" ]]; then
    existing="$(PATH="$(printf '%s' "$PATH" | tr ':' '\n' | grep -vxF "$TOOLS_DIR/bin" | paste -sd:)" \
      command -v terraform 2>/dev/null || true)"
  fi
  if [[ -n "$existing" ]]; then
    TERRAFORM_BIN="$(readlink -f "$existing")"
    say "terraform: using the machine's $TERRAFORM_BIN ($(tool_version "$TERRAFORM_BIN"))"
    return
  fi
  TERRAFORM_BIN="$TOOLS_DIR/bin/tofu"
  local stamp="$TOOLS_DIR/bin/.tofu.version"
  if [[ -x "$TERRAFORM_BIN" ]] && stamp_matches "$stamp" "$OPENTOFU_VERSION release"; then
    say "tofu: $OPENTOFU_VERSION present"
    return
  fi
  need go "OpenTofu is built from its Go module"
  say "tofu: building OpenTofu $OPENTOFU_VERSION from the Go module proxy (./cmd/tofu; a few minutes)"
  local started=$SECONDS
  # version.dev=no: report the release version, as OpenTofu's own release builds do (not "-dev")
  build_go_module "$OPENTOFU_MODULE" "$OPENTOFU_VERSION" ./cmd/tofu "$TERRAFORM_BIN.partial" \
    "-s -w -X github.com/opentofu/opentofu/version.dev=no"
  mv "$TERRAFORM_BIN.partial" "$TERRAFORM_BIN"
  printf '%s' "$OPENTOFU_VERSION release" > "$stamp"
  say "tofu: built in $((SECONDS - started)) s: $(tool_version "$TERRAFORM_BIN")"
}

install_instaclustr_provider() {
  local dir="$TOOLS_DIR/providers/registry.terraform.io/instaclustr/instaclustr/$INSTACLUSTR_PROVIDER_VERSION/linux_amd64"
  local binary="$dir/terraform-provider-instaclustr_v$INSTACLUSTR_PROVIDER_VERSION"
  local stamp="$dir/.source.sha256"
  local want
  want="$(fingerprint "$INSTACLUSTR_PROVIDER_SRC/go.mod" "$INSTACLUSTR_PROVIDER_SRC/go.sum" "$INSTACLUSTR_PROVIDER_SRC/main.go")"
  if [[ -x "$binary" ]] && stamp_matches "$stamp" "$want"; then
    say "instaclustr provider: $INSTACLUSTR_PROVIDER_VERSION present in the mirror"
    return
  fi
  need go "the Instaclustr provider is built from Go modules"
  say "instaclustr provider: building $INSTACLUSTR_PROVIDER_VERSION (engine github.com/dikhan/terraform-provider-openapi/v3) into the mirror"
  local started=$SECONDS
  mkdir -p "$dir"
  (cd "$INSTACLUSTR_PROVIDER_SRC" && GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath -o "$binary.partial" .)
  mv "$binary.partial" "$binary"
  printf '%s' "$want" > "$stamp"
  say "instaclustr provider: built in $((SECONDS - started)) s"
}

# OpenTofu resolves "instaclustr/instaclustr" to registry.opentofu.org, Terraform to registry.terraform.io:
# the mirror holds the same binary under both hosts (a hard link).
link_provider_for_opentofu() {
  local from="$TOOLS_DIR/providers/registry.terraform.io/instaclustr/instaclustr/$INSTACLUSTR_PROVIDER_VERSION/linux_amd64"
  local to="$TOOLS_DIR/providers/registry.opentofu.org/instaclustr/instaclustr/$INSTACLUSTR_PROVIDER_VERSION/linux_amd64"
  local name="terraform-provider-instaclustr_v$INSTACLUSTR_PROVIDER_VERSION"
  if [[ "$from/$name" -ef "$to/$name" ]]; then
    return
  fi
  mkdir -p "$to"
  ln -f "$from/$name" "$to/$name"
}

install_cdktf_cli() {
  if [[ "${ZKMIG_SKIP_CDKTF:-0}" == "1" ]]; then
    say "cdktf-cli: skipped (ZKMIG_SKIP_CDKTF=1)"
    return
  fi
  local dir="$TOOLS_DIR/cdktf-cli"
  local stamp="$dir/.lock.sha256"
  local want
  want="$(fingerprint "$CDKTF_CLI_SRC/package.json" "$CDKTF_CLI_SRC/package-lock.json")"
  if [[ -x "$dir/node_modules/.bin/cdktf" ]] && stamp_matches "$stamp" "$want"; then
    say "cdktf-cli: $CDKTF_CLI_VERSION present"
    return
  fi
  need npm "cdktf-cli comes from the npm registry"
  say "cdktf-cli: installing $CDKTF_CLI_VERSION with npm ci (pinned by scripts/cdktf-cli/package-lock.json)"
  local started=$SECONDS
  mkdir -p "$dir"
  cp "$CDKTF_CLI_SRC/package.json" "$CDKTF_CLI_SRC/package-lock.json" "$dir/"
  # Install scripts stay off: the one package that has them (node-pty) ships a prebuilt binary
  # for this platform, which the check below loads; its fallbacks would try to download.
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
  (cd "$dir" && node node_modules/@cdktf/node-pty-prebuilt-multiarch/scripts/check-prebuild.js >&2) \
    || die "cdktf-cli: node-pty has no prebuilt binary for this Node.js ($(node --version))"
  printf '%s' "$want" > "$stamp"
  say "cdktf-cli: installed in $((SECONDS - started)) s"
}

# An AWS emulator (localstack or moto) in its own virtual environment, installed from its lock file with
# --no-deps --require-hashes: exactly the pinned set, nothing resolved at install time.
install_aws_emulator() {
  local name="$1"
  local dir="$TOOLS_DIR/aws-emulator/$name"
  local lock="$AWS_EMULATOR_SRC/$name.lock"
  local stamp="$dir/.lock.sha256"
  local python want
  # shellcheck source=aws-emulator/python.sh
  . "$AWS_EMULATOR_SRC/python.sh"
  python="$(find_python)" || die "$name: needs Python $EMULATOR_PYTHON_MINOR (see scripts/aws-emulator/python.sh)"
  want="$(fingerprint "$lock") $("$python" --version 2>&1)"
  if [[ -x "$dir/venv/bin/python" ]] && stamp_matches "$stamp" "$want"; then
    say "$name: present ($(grep -c '==' "$lock") pinned packages)"
    return
  fi
  say "$name: installing $(grep -c '==' "$lock") pinned packages into a virtual environment ($("$python" --version 2>&1))"
  local started=$SECONDS
  rm -rf "$dir/venv.partial"
  mkdir -p "$dir"
  "$python" -m venv "$dir/venv.partial"
  "$dir/venv.partial/bin/python" -m pip install -q --disable-pip-version-check --no-deps --require-hashes \
    -r "$lock" >&2
  # zkmig runs the environment as venv/bin/python -m <module>, which works from the moved folder
  # (only the console scripts in venv/bin keep the old path in their first line)
  rm -rf "$dir/venv"
  mv "$dir/venv.partial" "$dir/venv"
  printf '%s' "$want" > "$stamp"
  say "$name: installed in $((SECONDS - started)) s"
}

install_aws_emulators() {
  if [[ "${ZKMIG_SKIP_AWS_EMULATOR:-0}" == "1" ]]; then
    say "AWS emulator: skipped (ZKMIG_SKIP_AWS_EMULATOR=1)"
    return
  fi
  install_aws_emulator localstack
  if [[ "${ZKMIG_AWS_EMULATOR:-localstack}" == "moto" ]]; then
    install_aws_emulator moto
  fi
}

write_cli_config() {
  cat > "$TOOLS_DIR/terraform.rc.partial" <<EOF
# Written by scripts/bootstrap-tools.sh: providers come only from the local mirror.
disable_checkpoint = true
provider_installation {
  filesystem_mirror {
    path    = "$TOOLS_DIR/providers"
    include = ["*/*/*"]
  }
}
EOF
  mv "$TOOLS_DIR/terraform.rc.partial" "$TOOLS_DIR/terraform.rc"
}

write_env_files() {
  local path_entries="$TOOLS_DIR/bin"
  [[ -d "$TOOLS_DIR/cdktf-cli/node_modules/.bin" ]] && path_entries="$path_entries:$TOOLS_DIR/cdktf-cli/node_modules/.bin"
  # Same settings twice: env.sh for shells, tools.properties for the Java tests and commands.
  cat > "$TOOLS_DIR/env.sh.partial" <<EOF
# Written by scripts/bootstrap-tools.sh. Source it: . "$TOOLS_DIR/env.sh"
export PATH="$path_entries:\$PATH"
export TF_CLI_CONFIG_FILE="$TOOLS_DIR/terraform.rc"
export TERRAFORM_BINARY_NAME="$TERRAFORM_BIN"
export ZKMIG_TERRAFORM="$TERRAFORM_BIN"
export ZKMIG_INSTACLUSTR_PROVIDER_VERSION="$INSTACLUSTR_PROVIDER_VERSION"
export CHECKPOINT_DISABLE=1
export CDKTF_DISABLE_TELEMETRY=true
EOF
  mv "$TOOLS_DIR/env.sh.partial" "$TOOLS_DIR/env.sh"
  cat > "$TOOLS_DIR/tools.properties.partial" <<EOF
# Written by scripts/bootstrap-tools.sh
terraform=$TERRAFORM_BIN
cliConfig=$TOOLS_DIR/terraform.rc
providerMirror=$TOOLS_DIR/providers
instaclustrProviderVersion=$INSTACLUSTR_PROVIDER_VERSION
cdktf=$( [[ -x "$TOOLS_DIR/cdktf-cli/node_modules/.bin/cdktf" ]] && printf '%s' "$TOOLS_DIR/cdktf-cli/node_modules/.bin/cdktf" )
localstackPython=$( [[ -x "$TOOLS_DIR/aws-emulator/localstack/venv/bin/python" ]] && printf '%s' "$TOOLS_DIR/aws-emulator/localstack/venv/bin/python" )
motoPython=$( [[ -x "$TOOLS_DIR/aws-emulator/moto/venv/bin/python" ]] && printf '%s' "$TOOLS_DIR/aws-emulator/moto/venv/bin/python" )
EOF
  mv "$TOOLS_DIR/tools.properties.partial" "$TOOLS_DIR/tools.properties"
}

main() {
  local started=$SECONDS
  mkdir -p "$TOOLS_DIR"
  say "tools folder: $TOOLS_DIR"
  write_cli_config
  install_terraform
  install_instaclustr_provider
  link_provider_for_opentofu
  install_cdktf_cli
  install_aws_emulators
  write_env_files
  say "ready in $((SECONDS - started)) s; use it with: . \"$TOOLS_DIR/env.sh\""
  printf '%s\n' "$TOOLS_DIR/env.sh"
}

main "$@"
