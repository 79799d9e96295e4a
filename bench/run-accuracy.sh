#!/usr/bin/env bash
# Feature accuracy: starts the API (Embedded, built-in fleet off) on loopback ports and runs the simulator's `accuracy`
# command against its batch, OsmAnd and Teltonika ports; the table goes to stdout and to --out.
# Usage: bench/run-accuracy.sh [--api-env "NAME=VALUE …"] [simulator accuracy options, e.g. --miles 520 --out FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
API_ENV=""
if [ "${1:-}" = --api-env ]; then API_ENV="$2"; shift 2; fi
. bench/api-helpers.sh

WORK=$(mktemp -d /tmp/telematics-accuracy.XXXXXX)
API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

dotnet build Api/Api.csproj -c Release --nologo -v q >/dev/null
dotnet build Simulator/Simulator.csproj -c Release --nologo -v q >/dev/null
API="http://127.0.0.1:$(free_port)"
OSMAND_PORT=$(free_port)
TELTONIKA_PORT=$(free_port)
# Started from its output folder, the API finds its appsettings.json (users, signing key) there.
(cd Api/bin/Release/net10.0 && exec env $API_ENV Telematics__Fleet__Enabled=false Urls="$API" Telematics__SiloPort="$(free_port)" \
  Telematics__GatewayPort="$(free_port)" Telematics__Devices__OsmAndPort="$OSMAND_PORT" Telematics__Devices__TeltonikaPort="$TELTONIKA_PORT" \
  Logging__LogLevel__Default=Warning dotnet Telematics.Api.dll) >"$WORK/api.log" 2>&1 &
API_PID=$!
wait_until_answers "$API/health/ready" "$API_PID" "$WORK/api.log"
dotnet Simulator/bin/Release/net10.0/Telematics.Simulator.dll accuracy --api "$API" --osmand "http://127.0.0.1:$OSMAND_PORT" \
  --teltonika "127.0.0.1:$TELTONIKA_PORT" "$@"
