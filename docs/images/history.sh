#!/usr/bin/env bash
# Takes docs/images/history.png, the scheduler's run-history page: starts `analyzer schedule` on the demo data (no AWS
# account needed) with a throwaway store and token, presses "run now", waits for the run to finish and screenshots
# the page in headless Chromium. Needs the .NET SDK, chromium and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
token=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
port=5087
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
printf '{ "source": "demo", "out": "reports", "formats": "html,csv,json" }\n' > "$work/schedule.json"
echo "building analyzer (a few minutes on a busy machine)"
dotnet build src/Analyzer.Cli -c Release -nologo -v quiet >/dev/null
ANALYZER_DASHBOARD_TOKEN="$token" src/Analyzer.Cli/bin/Release/net10.0/analyzer schedule \
  --store "$work/analyzer.duckdb" --config "$work/schedule.json" --urls "http://127.0.0.1:$port" --poll-seconds 1 > "$work/server.log" 2>&1 &
server=$!
auth=(-H "Authorization: Bearer $token")
for _ in $(seq 1 60); do curl -sf "${auth[@]}" "http://127.0.0.1:$port/" >/dev/null && break; sleep 1; done
curl -sf "${auth[@]}" -X POST "http://127.0.0.1:$port/run-now" >/dev/null
for _ in $(seq 1 600); do
  curl -sf "${auth[@]}" "http://127.0.0.1:$port/" | grep -q 'class="outcome ok">succeeded' && break
  sleep 1
done
chromium --headless --no-sandbox --hide-scrollbars --window-size=1280,760 \
  --screenshot="docs/images/history.png" "http://127.0.0.1:$port/?token=$token" 2>/dev/null
echo "docs/images/history.png taken"
