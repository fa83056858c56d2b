#!/usr/bin/env bash
# Installs what Dalel needs on a fresh Debian/Ubuntu machine with Python 3.11:
# the system libraries Qt loads (also for the offscreen platform used by the tests),
# then a virtual environment in .venv with the program and, with --test, its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

# A second start installs nothing: when this script, pyproject.toml and the Python are what
# the last successful install used (and that install had the tools asked for), stop here.
MODE=${1:-run}
STAMP_FILE=.venv/.dalel-setup
stamp() {
  { cat installer/setup.sh pyproject.toml; "${PYTHON:-python3}" -V 2>&1; } | sha256sum | cut -c1-32
}
if [ -x .venv/bin/python ] && [ -f "$STAMP_FILE" ]; then
  done_stamp="" done_mode=""
  read -r done_stamp done_mode < "$STAMP_FILE" || true
  if [ "$done_stamp" = "$(stamp)" ] && { [ "$done_mode" = "--test" ] || [ "$MODE" = "run" ]; }; then
    exit 0
  fi
fi

SYSTEM_PACKAGES=(
  python3-venv python3-pip
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0
  libxcb-xkb1 libxrender1 libx11-xcb1 libusb-1.0-0
  poppler-utils zbar-tools
  libpulse0
)
# The tests also make real FAT32 card images (mkfs.vfat; mounted where the kernel allows).
[ "${1:-}" = "--test" ] && SYSTEM_PACKAGES+=(dosfstools)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "--test" ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
echo "$(stamp) $MODE" > "$STAMP_FILE"
