#!/usr/bin/env bash
# Runs the whole test suite against real services: installs PostgreSQL, Redis and Chromium (for the dashboard's
# browser test) from Debian packages if they are missing, starts PostgreSQL and Redis on loopback in a temporary data
# directory, runs every test, and stops them after.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_missing() {
  local missing=()
  [ -n "$(find_pg_bin)" ] || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} from Debian packages"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# PostgreSQL refuses to run as root: when we are root, the server runs as the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

install_missing
PG_BIN=$(find_pg_bin)
WORK=$(mktemp -d /tmp/telematics-test.XXXXXX)
chmod 755 "$WORK"
PG_DATA="$WORK/pg"
PG_PORT=$(free_port)
REDIS_PORT=$(free_port)

cleanup() {
  log "Stopping PostgreSQL and Redis"
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

log "Starting PostgreSQL on 127.0.0.1:$PG_PORT and Redis on 127.0.0.1:$REDIS_PORT (data in $WORK)"
mkdir -p "$PG_DATA" && [ "$(id -u)" = 0 ] && chown postgres "$PG_DATA"
as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U telematics --auth=trust -E UTF8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w \
  -o "-h 127.0.0.1 -p $PG_PORT -k $PG_DATA -c fsync=off -c max_connections=200" start >/dev/null
redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --daemonize yes \
  --dir "$WORK" --logfile "$WORK/redis.log" >/dev/null

export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Username=telematics;Database=postgres"
export ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT"
# The fault-injection suite starts a server of its own, which it restarts, from the same binaries.
export TELEMATICS_PG_BIN="$PG_BIN"

log "Running the tests"
status=0
dotnet test Telematics.sln -c Release --nologo "$@" 2>&1 | tee "$WORK/test.log" || status=$?
# One closing line over all test projects, in the plain form CI reads.
awk -F'[:,]' '/^(Passed|Failed)! +- +Failed:/ { f += $2; p += $4; s += $6 } END { printf "\nTests: %d passed, %d failed, %d skipped\n", p, f, s }' "$WORK/test.log"
exit "$status"
