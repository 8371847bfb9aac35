#!/usr/bin/env bash
# Set up Welcome Desk from a fresh Debian/Ubuntu machine with Python >= 3.11:
# the system libraries Qt needs, fonts, a virtual environment in .venv, and the program in it.
#   bash tools/setup.sh          the program
#   bash tools/setup.sh --test   the program and what the tests need
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

# Qt's runtime libraries (the wheels carry Qt itself, not these), fonts for every script the
# desk shows (Latin, Cyrillic, Greek, Arabic, Chinese, Japanese, Korean), a virtual X server for screenshots and poppler for reading PDFs back in tests.
debian_packages=(
  libgl1 libegl1 libopengl0 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  fonts-dejavu-core fonts-noto-core fonts-droid-fallback fonts-nanum
  xvfb xauth poppler-utils
)
# Debian's own Python needs python3-venv for virtual environments; others carry venv already.
python3 -c 'import ensurepip, venv' 2>/dev/null || debian_packages+=(python3-venv)
# The tests open the statistics workbook in LibreOffice Calc (converted to PDF, without a display).
[ "${1:-}" = "--test" ] && debian_packages+=(libreoffice-calc-nogui)
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for package in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "No apt-get here: install Qt 6's runtime libraries and fonts with your system's tools." >&2
fi

python3 -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".${extras}"
echo "Welcome Desk is installed in .venv ($(.venv/bin/welcome-desk --version))."
