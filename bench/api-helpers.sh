# Shell helpers of the bench scripts that start the Api on loopback; sourced, not run.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
# Waits until the URL answers while the process (its output in the file) lives; ends the run if it never does.
wait_until_answers() {
  for _ in $(seq 120); do
    curl -fs "$1" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || break
    sleep 0.5
  done
  echo "$1 did not answer." >&2
  cat "$3" >&2
  exit 1
}
find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
# PostgreSQL refuses to run as root: when we are root, the server runs as the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# Starts a PostgreSQL server of the run's own with its data in $1 on a free loopback port, the rest of the arguments
# being server options (-c name=value), and points ConnectionStrings__Postgres at it; sets PG_BIN and PG_DATA, which
# stop_run uses to stop it.
start_postgres() {
  PG_BIN=$(find_pg_bin)
  [ -n "$PG_BIN" ] || { echo "PostgreSQL is not installed; scripts/test.sh installs it." >&2; exit 1; }
  PG_DATA="$1"
  shift
  local port
  port=$(free_port)
  printf '\n== Starting PostgreSQL on 127.0.0.1:%s (data in %s)\n' "$port" "$PG_DATA" >&2
  mkdir -p "$PG_DATA" && { [ "$(id -u)" != 0 ] || chown postgres "$PG_DATA"; }
  as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U telematics --auth=trust -E UTF8 >/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -o "-h 127.0.0.1 -p $port -k $PG_DATA $*" start >/dev/null
  export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$port;Username=telematics;Database=postgres"
}
# Postgres mode refuses the local-dev signing key and passwords: exports ones that live only for this run and sets
# ADMIN_PASSWORD to the admin's.
postgres_mode_secrets() {
  export Telematics__Mode=Postgres
  export Auth__SigningKey="bench-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  export Auth__Users__0__Password="admin-$RANDOM$RANDOM"
  ADMIN_PASSWORD=$Auth__Users__0__Password
  # Outside Embedded mode /metrics answers only a scrape that presents this token (docs/operations.md).
  export Telematics__Metrics__ScrapeToken="bench-scrape-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
}
# The API's /metrics at $1, with the scrape token when one is set.
scrape_metrics() { curl -fs ${Telematics__Metrics__ScrapeToken:+-H "Authorization: Bearer $Telematics__Metrics__ScrapeToken"} "$1/metrics"; }
# Makes the run's folder WORK (/tmp/telematics-$1.*), and stops what the run starts when it ends.
begin_run() {
  WORK=$(mktemp -d "/tmp/telematics-$1.XXXXXX")
  chmod 755 "$WORK"
  API_PID=""
  PG_DATA=""
  trap stop_run EXIT
}
# Stops what the run started (the API at API_PID, the PostgreSQL server in PG_DATA) and removes its folder WORK.
stop_run() {
  [ -n "${API_PID:-}" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null || true
  [ -n "${PG_DATA:-}" ] && as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
