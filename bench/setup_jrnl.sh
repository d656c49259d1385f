#!/usr/bin/env bash
# Create bench/.jrnl-venv (gitignored) with jrnl 4.x, isolated from the project's venv.
# Usage: bash bench/setup_jrnl.sh [PYTHON]     (PYTHON defaults to python3)
# Idempotent: re-running reuses the venv and only checks the install.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.jrnl-venv"
python="${1:-python3}"

if [[ ! -x "$venv/bin/jrnl" ]]; then
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check 'jrnl>=4,<5'
fi

# Verify it runs without touching the real home: --version needs no config.
sandbox="$(mktemp -d)"
trap 'rm -rf "$sandbox"' EXIT
HOME="$sandbox" XDG_CONFIG_HOME="$sandbox/config" XDG_DATA_HOME="$sandbox/data" \
    NO_COLOR=1 "$venv/bin/jrnl" --version </dev/null | head -n 1
