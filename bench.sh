#!/usr/bin/env bash
# The benchmark: the demo fleet (1x) and the demo replicated 10 times (10x, ten demos side by side) through the store's
# load path (AnalyzerStore.Load, one transaction per batch) and the analysis step (AnalysisEngine.Run, 30-day
# lookback). Prints one tab-separated line per size; BENCHMARKS.md holds the figures and how to read them.
# Usage: ./bench.sh [LABEL] [SIZES...]   e.g. ./bench.sh duckdb.net 1 10
set -euo pipefail
cd "$(dirname "$0")"
label="${1:-$(git rev-parse --short HEAD 2>/dev/null || echo local)}"
shift || true
sizes=("${@:-1 10}")
[ $# -eq 0 ] && sizes=(1 10)

dotnet build bench/Analyzer.Bench -c Release -nologo -v quiet >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
printf 'label\treplicas\tworkloads\trows\tgeneration_s\tload_s\trows_per_s\tanalysis_s\tevaluated\twhatif_s\n'
for n in "${sizes[@]}"; do
  dotnet bench/Analyzer.Bench/bin/Release/net10.0/Analyzer.Bench.dll "$n" "$out/bench-$n.duckdb" "$label"
done
