#!/usr/bin/env bash
# The benchmark (BENCHMARKS.md says how to read it): the demo's fleet replicated side by side, through every step of
# the job (ingest, profiles, analysis, reports, a what-if), each the median of several runs with min, max and peak
# memory, beside DuckDB's own read_parquet, the bare SQL and a pandas peer. Appends its rows to bench/results.csv.
# Usage: ./bench.sh [--scale small|medium|large | --replicas N] [--days D] [--runs R] [--label L] [--no-peer] [--no-reports]
#        ./bench.sh --chart   (only redraw bench/scaling-time.svg and scaling-memory.svg from bench/results.csv)
#   small: about 1,000 workloads; medium: about 10,000; large: about 100,000 (90 days of hourly samples each).
set -euo pipefail
cd "$(dirname "$0")"
args=("$@")
label_given=false
for a in "${args[@]}"; do [ "$a" = "--label" ] && label_given=true; done
$label_given || args+=(--label "$(git rev-parse --short HEAD 2>/dev/null || echo local)")

# The peer needs pandas (Debian's python3-pandas); installed here when missing, as root or with password-less sudo.
python=python3; [ -x /usr/bin/python3 ] && python=/usr/bin/python3   # Debian's, where python3-pandas goes
peer=true
for a in "${args[@]}"; do [ "$a" = "--no-peer" ] || [ "$a" = "--chart" ] && peer=false; done
if $peer && ! "$python" -c 'import pandas' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then sudo=(); elif sudo -n true 2>/dev/null; then sudo=(sudo -n); else sudo=(none); fi
  if [ "${sudo[0]:-}" = none ]; then
    echo "bench.sh: pandas is missing and cannot be installed here (not root, no password-less sudo); running without the peer" >&2
    args+=(--no-peer)
  else
    echo "bench.sh: installing python3-pandas for the peer" >&2
    "${sudo[@]}" apt-get update -qq >/dev/null && "${sudo[@]}" apt-get install -y -qq python3-pandas >/dev/null
  fi
fi

dotnet build bench/Analyzer.Bench -c Release -nologo -v quiet >/dev/null
exec dotnet bench/Analyzer.Bench/bin/Release/net10.0/Analyzer.Bench.dll "${args[@]}"
