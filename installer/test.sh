#!/usr/bin/env bash
# Install everything the tests need, then run them: lint, then the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup.sh --test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/python -m pytest -q "$@"
