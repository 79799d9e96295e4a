#!/usr/bin/env bash
# Server time of the web app's pages: starts the API on loopback, signs in and times each page's first GET (the
# prerendered HTML, to its full response) with the benchmarks' web-render command, and writes bench/results/web-render.md.
#   Embedded (default): the built-in fleet, every driver page (DRV-0001) and every insurer page.
#   --postgres: PostgreSQL with DRIVERS drivers (default 1,000,000) loaded into the read model by the admin-queries
#   benchmark's loader, the insurer pages only (those drivers have no accounts).
#   bench/run-web-render.sh [--postgres] [--drivers N] [--requests N]
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=Embedded
DRIVERS=1000000
REQUESTS=100
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) MODE=Postgres ;;
    --drivers) DRIVERS="$2"; shift ;;
    --requests) REQUESTS="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '\n== %s\n' "$*" >&2; }
. "$(dirname "$0")/api-helpers.sh"

begin_run web-render

log "Building (Release)"
dotnet build Api/Api.csproj -c Release --nologo -v q >/dev/null
dotnet build bench/Telematics.Benchmarks/Telematics.Benchmarks.csproj -c Release --nologo -v q >/dev/null
API_DIR=Api/bin/Release/net10.0
BENCH="dotnet bench/Telematics.Benchmarks/bin/Release/net10.0/Telematics.Benchmarks.dll"

FLEET=true
ACCOUNTS=()
if [ "$MODE" = Postgres ]; then
  start_postgres "$WORK/pg" -c shared_buffers=1GB -c max_wal_size=8GB
  log "Loading $DRIVERS drivers into the read model (the admin-queries benchmark's loader, one call of each query)"
  $BENCH admin-queries "$DRIVERS" 1 >"$WORK/load.log"
  grep -m1 "Loaded" "$WORK/load.log" >&2 || true
  postgres_mode_secrets
  ACCOUNTS=(--driver - --admin "admin:$ADMIN_PASSWORD")
  FLEET=false
fi

PORT=$(free_port)
API="http://127.0.0.1:$PORT"
log "Starting the API ($MODE) on $API"
(cd "$API_DIR" && exec env Telematics__Fleet__Enabled=$FLEET Urls="$API" Telematics__SiloPort="$(free_port)" Telematics__GatewayPort="$(free_port)" \
  Telematics__Devices__TeltonikaPort="$(free_port)" Telematics__Devices__OsmAndPort="$(free_port)" Logging__LogLevel__Default=Warning dotnet Telematics.Api.dll) >"$WORK/api.log" 2>&1 &
API_PID=$!
wait_until_answers "$API/health/ready" "$API_PID" "$WORK/api.log"
if [ "$FLEET" = true ]; then
  # The fleet's history (its past trips) is driven at the start: measure once every driver has five.
  TOKEN=$(curl -fs "$API/api/v1/auth/login" -H 'Content-Type: application/json' -d '{"username":"admin","password":"admin-dev"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  for _ in $(seq 120); do
    READY=$(curl -fs "$API/api/v1/admin/drivers?sortBy=tripCount" -H "Authorization: Bearer $TOKEN" \
      | python3 -c 'import json,sys; p=json.load(sys.stdin); print(int(p["total"] >= 8 and min(d["tripCount"] for d in p["items"]) >= 5))' 2>/dev/null || echo 0)
    [ "$READY" = 1 ] && break
    sleep 1
  done
fi

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
$BENCH web-render "$API" "$REQUESTS" "${ACCOUNTS[@]}" >"$WORK/rows.md"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

OUT="bench/results/web-render-$(echo "$MODE" | tr '[:upper:]' '[:lower:]').md"
{
  echo "# Web pages' first render, server time ($MODE$([ "$MODE" = Postgres ] && printf ', %s drivers' "$(python3 -c "print(f'{$DRIVERS:,}')")"))"
  echo
  echo "Command: \`bench/run-web-render.sh$([ "$MODE" = Postgres ] && echo " --postgres --drivers $DRIVERS") --requests $REQUESTS\`"
  echo
  echo "Machine: $(nproc) cores, shared; commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!bench/results' || echo ' (with uncommitted changes)');" \
    "$(date -u '+%Y-%m-%d %H:%M UTC'); load average before $LOAD_BEFORE, after $LOAD_AFTER (\`/proc/loadavg\`: other work on the machine competes too)."
  echo
  echo "Each row: a signed-in GET of the page from loopback, timed to its full response (the prerendered HTML: the page's"
  echo "reads and its render on the server), one request after another; the last column is the HTML's size."
  echo
  cat "$WORK/rows.md"
} >"$OUT"
log "Wrote $OUT"
cat "$OUT"
