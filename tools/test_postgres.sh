#!/usr/bin/env bash
# Run the test suite on PostgreSQL: a throw-away cluster made for the run (from Debian's or
# Ubuntu's `postgresql` package, installed with apt-get when missing — through sudo when you
# are not root), listening on a free port of 127.0.0.1 with a password made for the run, and
# removed afterwards.
#   bash tools/test_postgres.sh [PYTEST ARGUMENTS]
# With WELCOME_DESK_TEST_POSTGRES_URL already set (a role that may create databases), the tests
# use that server instead.
set -euo pipefail
cd "$(dirname "$0")/.."

run_tests() {
  QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" .venv/bin/python -m pytest "$@"
}

if [ -n "${WELCOME_DESK_TEST_POSTGRES_URL:-}" ]; then
  run_tests "$@"
  exit
fi

newest_bin() { find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1; }
bin=$(newest_bin)
if [ -z "$bin" ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin=$(newest_bin)
fi

# PostgreSQL will not run as root: root runs it as the postgres user the package made.
owner=()
cluster=$(mktemp -d "${TMPDIR:-/tmp}/welcome-desk-pg.XXXXXX")
if [ "$(id -u)" -eq 0 ]; then
  owner=(runuser -u postgres --)
  chown postgres: "$cluster"
fi
stop() {
  "${owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap stop EXIT
# A French collation, as a server in Lille has (ICU's, where this PostgreSQL has it): ordering that
# only holds byte by byte shows up here.
collation=(--locale=C.UTF-8)
"$bin/initdb" --help | grep -q -- --icu-locale && collation+=(--locale-provider=icu --icu-locale=fr-FR)
password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(umask 077 && printf '%s\n' "$password" >"$cluster/password")
[ "$(id -u)" -eq 0 ] && chown postgres: "$cluster/password"
"${owner[@]}" "$bin/initdb" -D "$cluster/data" -U postgres --pwfile="$cluster/password" \
  --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 "${collation[@]}" \
  >"$cluster/initdb.log"
# Nothing to keep: no flushing to disk. The Unix socket stays in the cluster's own folder.
"${owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -o \
  "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
WELCOME_DESK_TEST_POSTGRES_URL="postgresql+psycopg://postgres:$password@127.0.0.1:$port/postgres" \
  run_tests "$@"
