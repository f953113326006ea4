# Sourced by bootstrap-tools.sh and lock.sh: finds the Python the AWS emulators run on.
# LocalStack 4.14.0 needs 3.13 or newer: its S3 provider imports warnings.deprecated (new in 3.13), so on 3.12
# every S3 call fails with "cannot import name 'deprecated' from 'warnings'"; on 3.11 its stores do not parse.
# The lock files hold the hashes of the wheels built for one minor version, EMULATOR_PYTHON_MINOR, so exactly
# that minor is looked for: $ZKMIG_PYTHON, python3.13 on PATH, then pyenv's installed 3.13.x (newest first).
EMULATOR_PYTHON_MINOR="3.13"

python_ok() {
  [[ -n "$1" && -x "$1" ]] && "$1" -c "import sys, venv; sys.exit(0 if '%d.%d' % sys.version_info[:2] == '$EMULATOR_PYTHON_MINOR' else 1)" 2>/dev/null
}

find_python() {
  local candidate
  if [[ -n "${ZKMIG_PYTHON:-}" ]]; then
    python_ok "$ZKMIG_PYTHON" && { printf '%s\n' "$ZKMIG_PYTHON"; return 0; }
    echo "ZKMIG_PYTHON=$ZKMIG_PYTHON is not a Python $EMULATOR_PYTHON_MINOR with venv" >&2
    return 1
  fi
  for candidate in "$(command -v "python$EMULATOR_PYTHON_MINOR" 2>/dev/null)" \
      $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}/versions/$EMULATOR_PYTHON_MINOR".* 2>/dev/null | sort -t. -k3,3nr | sed 's|$|/bin/python3|'); do
    if python_ok "$candidate"; then
      "$candidate" -c 'import sys; print(sys.executable)'
      return 0
    fi
  done
  echo "no Python $EMULATOR_PYTHON_MINOR found (set ZKMIG_PYTHON, or install one, e.g. pyenv install $EMULATOR_PYTHON_MINOR)" >&2
  return 1
}
