#!/usr/bin/env bash
# Refresh the staff-message catalogs from the source: extract, then merge into each language.
# Translate the new entries in translations/<lang>/LC_MESSAGES/welcome_desk.po, then reinstall
# (pip install -e .) or build: the .mo files are compiled at build time.
set -euo pipefail
cd "$(dirname "$0")/.."
pybabel="${PYBABEL:-.venv/bin/pybabel}"
"$pybabel" extract --no-location --sort-by-file -k N_ -k _ --project "Welcome Desk" \
  -o translations/welcome_desk.pot src/welcome_desk --ignore-dirs="ui packs"
for lang in fr; do
  po="translations/$lang/LC_MESSAGES/welcome_desk.po"
  if [ -f "$po" ]; then
    "$pybabel" update --no-fuzzy-matching -D welcome_desk -l "$lang" -d translations \
      -i translations/welcome_desk.pot
  else
    "$pybabel" init -D welcome_desk -l "$lang" -d translations -i translations/welcome_desk.pot
  fi
done
