#!/usr/bin/env bash
# End-to-end benchmark: starts the API on loopback (Embedded, or Postgres mode with --postgres or when
# ConnectionStrings__Postgres is set), drives it with the simulator's open-loop load mode, and writes
# throughput and acknowledgement/read latency percentiles to bench/results/e2e-<mode>.md.
#   bench/run-e2e.sh [--postgres] [--duration SECONDS] [--api-env "NAME=VALUE ..."]
# --api-env sets variables for the API process only (runtime settings under test), not for the load generator.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=20
WARMUP=5
MODE=Embedded
API_ENV=""
[ -n "${ConnectionStrings__Postgres:-}" ] && MODE=Postgres
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) MODE=Postgres ;;
    --duration) DURATION="$2"; shift ;;
    --api-env) API_ENV="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '\n== %s\n' "$*" >&2; }
. "$(dirname "$0")/api-helpers.sh"
# CPU seconds (user + system) the given processes have used so far, with their children that have ended: a
# PostgreSQL backend that exits within a scenario leaves its CPU time to the server's main process.
cpu_s() { cat $(printf '/proc/%s/stat ' "$@") 2>/dev/null | awk -v tck="$(getconf CLK_TCK)" '{ s += $14 + $15 + $16 + $17 } END { printf "%.1f", s / tck }'; }
# The API's collections up to a saved scrape of its /metrics: pause seconds and count.
gc_stats() { awk '/^dotnet_gc_pause_time_seconds_total/ { p = $2 } /^dotnet_gc_collections_total/ { n += $2 } END { print p, n }' "$1"; }
# The API's time in the JIT compiler up to a saved scrape of its /metrics, in seconds.
jit_s() { awk '/^dotnet_jit_compilation_time_seconds_total/ { print $2 }' "$1"; }
# Server-side percentiles of a route over a scenario, from the API's request-duration histogram before and after it:
# "p50 ≤ a, p99 ≤ b ms" (upper bounds of the buckets the percentiles fall in).
server_percentiles() {
  python3 - "$1" "$2" "$3" <<'PY'
import re, sys
def buckets(path, route):
    counts = {}
    for line in open(path):
        m = re.match(r'http_server_request_duration_seconds_bucket\{.*http_route="([^"]*)".*le="([^"]*)"\} (\S+)', line)
        if m and m.group(1) == route and 'http_response_status_code="2' in line:
            le = float('inf') if m.group(2) == '+Inf' else float(m.group(2))
            counts[le] = counts.get(le, 0) + float(m.group(3))
    return counts
before, after = buckets(sys.argv[1], sys.argv[3]), buckets(sys.argv[2], sys.argv[3])
delta = sorted((le, n - before.get(le, 0)) for le, n in after.items())
total = delta[-1][1] if delta else 0
def bound(q):
    return next(f"{le * 1000:g}" for le, n in delta if n >= q * total)
print("–" if total == 0 else f"p50 ≤ {bound(0.5)}, p99 ≤ {bound(0.99)} ms ({int(total):,} answers)")
PY
}
# The PostgreSQL server this script started and its live backends; without one (ConnectionStrings__Postgres given),
# every postgres process on the machine.
pg_pids() { if [ -n "$PG_DATA" ]; then p=$(head -n 1 "$PG_DATA/postmaster.pid"); echo "$p" $(pgrep -P "$p"); else pgrep -x postgres | tr '\n' ' '; fi; }

begin_run e2e

log "Building (Release)"
dotnet build Api/Api.csproj -c Release --nologo -v q >/dev/null
dotnet build bench/BareHttpServer/BareHttpServer.csproj -c Release --nologo -v q >/dev/null
API_DIR=Api/bin/Release/net10.0
BARE_DLL=bench/BareHttpServer/bin/Release/net10.0/Telematics.BareHttpServer.dll
SIM_DLL=Simulator/bin/Release/net10.0/Telematics.Simulator.dll

ADMIN=admin:admin-dev
# Embedded mode's shared device login; outside it each vehicle's device signs in with its own key.
DEVICE_ARGS="--device device:device-dev"
if [ "$MODE" = Postgres ]; then
  if [ -z "${ConnectionStrings__Postgres:-}" ]; then
    # Durable (fsync and synchronous_commit on) so the figure is the durable one, with the archive's settings from README.
    start_postgres "$WORK/pg" -c max_connections=200 -c max_wal_size=8GB -c checkpoint_timeout=15min -c shared_buffers=1GB -c wal_buffers=64MB
  fi
  postgres_mode_secrets
  ADMIN="admin:$ADMIN_PASSWORD"
  DEVICE_ARGS="--device-keys"
fi

PORT=$(free_port)
API="http://127.0.0.1:$PORT"
log "Starting the API ($MODE) on $API"
# Started from its output folder, the API finds its appsettings.json (users, signing key) there.
(cd "$API_DIR" && exec env $API_ENV Telematics__Fleet__Enabled=false Urls="$API" Telematics__SiloPort="$(free_port)" \
  Telematics__GatewayPort="$(free_port)" \
  Telematics__Devices__TeltonikaPort="$(free_port)" Telematics__Devices__OsmAndPort="$(free_port)" Logging__LogLevel__Default=Warning dotnet Telematics.Api.dll) >"$WORK/api.log" 2>&1 &
API_PID=$!
wait_until_answers "$API/health/ready" "$API_PID" "$WORK/api.log"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
ROWS="$WORK/rows.md"
CPU="$WORK/cpu.md"
SERVER="$WORK/server.md"
FIRST=5001
# Drives the server at $1 with the load generator for one scenario (name, events/s, batch size, score reads/s) on a
# fleet of its own, appending the result row to the report.
simulate() {
  /usr/bin/time -f '%U %S' -o "$WORK/sim.time" dotnet "$SIM_DLL" load --api "$1" --admin "$ADMIN" $DEVICE_ARGS \
    --scenario "$2" --rate "$3" --batch-size "$4" --read-rate "$5" --warmup "$WARMUP" --duration "$DURATION" \
    --first "$FIRST" --vehicles 200 --report "$ROWS" >&2
  FIRST=$((FIRST + 1000))
}
# CPU seconds the load generator used in the last scenario.
sim_cpu_s() { awk '{ printf "%.1f", $1 + $2 }' "$WORK/sim.time"; }
# scenario name, events/s, batch size, score reads/s
run() {
  local before after pg_before pg_after gc_before gc_after
  log "Scenario $1: $2 events/s in batches of $3, $4 reads/s"
  before=$(cpu_s "$API_PID")
  pg_before=$(cpu_s $(pg_pids))
  scrape_metrics "$API" >"$WORK/metrics.before"
  gc_before=$(gc_stats "$WORK/metrics.before")
  simulate "$API" "$@"
  after=$(cpu_s "$API_PID")
  pg_after=$(cpu_s $(pg_pids))
  scrape_metrics "$API" >"$WORK/metrics.after"
  gc_after=$(gc_stats "$WORK/metrics.after")
  printf '| %s | %s | %s |\n' "$1" "$(server_percentiles "$WORK/metrics.before" "$WORK/metrics.after" /api/v1/telemetry/events)" \
    "$(server_percentiles "$WORK/metrics.before" "$WORK/metrics.after" "/api/v1/risk/{id}/score")" >>"$SERVER"
  printf '| %s | %.1f | %s | %.1f | %s | %.1f |\n' "$1" "$(echo "$after - $before" | bc)" "$(sim_cpu_s)" "$(echo "$pg_after - $pg_before" | bc)" \
    "$(echo "$gc_before $gc_after" | awk '{ printf "%.2f s in %d", $3 - $1, $4 - $2 }')" \
    "$(echo "$(jit_s "$WORK/metrics.after") - $(jit_s "$WORK/metrics.before")" | bc)" >>"$CPU"
}
# The floor: the same generator against a server that reads each batch without storing it and answers reads with a
# constant (scenario name, events/s, batch size, score reads/s).
run_bare() {
  local port bare before after
  port=$(free_port)
  log "Scenario $1: $2 events/s in batches of $3, $4 reads/s, to a bare HTTP server"
  dotnet "$BARE_DLL" --urls "http://127.0.0.1:$port" >"$WORK/bare.log" 2>&1 &
  bare=$!
  wait_until_answers "http://127.0.0.1:$port/api/v1/risk/x/score" "$bare" "$WORK/bare.log"
  before=$(cpu_s "$bare")
  simulate "http://127.0.0.1:$port" "$@"
  after=$(cpu_s "$bare")
  kill "$bare" && wait "$bare" 2>/dev/null || true
  printf '| %s | – | – |\n' "$1" >>"$SERVER"
  printf '| %s | %.1f (the bare server) | %s | – | – | – |\n' "$1" "$(echo "$after - $before" | bc)" "$(sim_cpu_s)" >>"$CPU"
}

if [ "$MODE" = Postgres ]; then TARGET=100000; else TARGET=200000; fi
# First, while the API is just started: a node that restarts or takes over in a busy cluster gets the full load at once.
run "cold start: the target rate on a just-started node" "$TARGET" 1000 0
run "baseline: 1 event per request" 1000 1 0
run "baseline: low rate" 10000 1000 0
run "half the target rate" $((TARGET / 2)) 1000 0
run_bare "floor: the target rate into a bare HTTP server" "$TARGET" 1000 0
run "target rate" "$TARGET" 1000 0
run_bare "floor: score reads from a bare HTTP server" 0 1000 5000
run "baseline: score reads alone" 0 1000 5000
run "score reads under load" 10000 1000 5000
run "saturation probe: twice the target" $((TARGET * 2)) 1000 0

OUT="bench/results/e2e-$(echo "$MODE" | tr '[:upper:]' '[:lower:]').md"
{
  echo "# End-to-end ingestion and read latency ($MODE)"
  echo
  echo "Command: \`bench/run-e2e.sh $([ "$MODE" = Postgres ] && echo --postgres) --duration $DURATION$([ -n "$API_ENV" ] && echo " --api-env \"$API_ENV\"")\` (each scenario: ${WARMUP} s warm-up, ${DURATION} s measured, 200 vehicles, open loop)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GiB memory, shared;" \
    "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!bench/results' || echo ' (with uncommitted changes)'); $(dotnet --version) SDK; $(date -u '+%Y-%m-%d %H:%M UTC');" \
    "load average before the run $LOAD_BEFORE, after it $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine competes too)."
  echo "API and simulator run on the same machine over loopback and compete for its cores."
  echo
  cat "$ROWS"
  echo
  echo "The last column is how late the generator began sending (99th percentile): starved of CPU by the system under test"
  echo "on the same cores, it sends late, and that lateness is inside every latency it reports. The floor rows are the same"
  echo "generator against bench/BareHttpServer, a Kestrel server that reads each batch to count its events and answers score"
  echo "reads with a constant (no token check, no validation, no grain, no storage): what any HTTP server reaches on this"
  echo "machine with this generator, the API idle beside it."
  echo
  echo "Latency inside the API, from its own request-duration histogram (\`/metrics\`, warm-up included): from the request"
  echo "read to the response written, without the load generator's scheduling, client and loopback time."
  echo
  echo "| scenario | ingestion (successful batches) | score reads (successful) |"
  echo "|---|---|---|"
  cat "$SERVER"
  echo
  echo "CPU seconds used during each scenario (warm-up included), the API's garbage-collection pauses and its time compiling"
  echo "code (the runtime's JIT, on every thread, in seconds):"
  echo
  echo "| scenario | API process | simulator process | PostgreSQL started by the script | API GC pauses (total in collections) | API JIT |"
  echo "|---|---:|---:|---:|---:|---:|"
  cat "$CPU"
} >"$OUT"
log "Wrote $OUT"
cat "$OUT"
