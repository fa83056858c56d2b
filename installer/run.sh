#!/usr/bin/env bash
# Install and start Dalel. With no real vault on this PC (and no DALEL_VAULT), it opens a
# demo vault with a simulated docked camera so a newcomer can click through a whole day.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup.sh
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  has_vault=$(.venv/bin/python -c \
    "from app.bootstrap import default_vault; from app.model.vault import is_vault; \
print(int(is_vault(default_vault())))")
  [ "$has_vault" = "1" ] || args=(--demo)
fi
exec .venv/bin/python main.py "${args[@]}"
