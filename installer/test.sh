#!/usr/bin/env bash
# Install everything the tests need, then run them: lint, types, then the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup.sh --test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
# Types across the services (issue 16): the configuration is pyproject's [tool.mypy].
.venv/bin/mypy
# The house rules (SQL only in app/model, no private name across modules, no import circle,
# no module over 500 lines) are tests/test_house.py, in the suite.
# Both cores of the office PC or CI machine: each worker has its own QApplication and its own
# template vault (tests/conftest.py), and no test shares files with another.
.venv/bin/python -m pytest -q -n "${DALEL_TEST_WORKERS:-2}" "$@"
