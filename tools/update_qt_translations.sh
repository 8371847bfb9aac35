#!/usr/bin/env bash
# Refresh the window's Qt catalogs from the source, then fill them (tools/qt_fr.py).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate -no-obsolete $(find src/welcome_desk/ui -name "*.py" | sort) \
  -ts translations/qt/welcome_desk_fr.ts translations/qt/welcome_desk_en.ts
.venv/bin/python tools/apply_qt_translations.py
