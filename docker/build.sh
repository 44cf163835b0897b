#!/usr/bin/env bash
# Publishes `analyzer` framework-dependent for one Linux architecture into OUT: what the image's build stage runs
# (docker/Dockerfile) and what tests/Analyzer.Cli.Tests/Docker/PublishedAnalyzerTests runs on the build machine.
#
#   docker/build.sh OUT [amd64|arm64]     (default: this machine's architecture; x64/aarch64 are accepted too)
#
# The output runs with `dotnet OUT/analyzer.dll`: no apphost, so an arm64 image can be published on an amd64 builder
# without that architecture's host package. ANALYZER_ARTIFACTS, when set, keeps the intermediate build files there
# instead of the source tree's obj/ and bin/ (so a test's publish does not touch the developer's build).
set -euo pipefail

out=${1:?usage: docker/build.sh OUT [amd64|arm64]}
arch=${2:-$(uname -m)}
case "$arch" in
  amd64 | x64 | x86_64) rid=linux-x64 ;;
  arm64 | aarch64) rid=linux-arm64 ;;
  *) echo "docker/build.sh: unsupported architecture '$arch' (amd64 or arm64)" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
args=(publish "$root/src/Analyzer.Cli/Analyzer.Cli.csproj" -c Release -r "$rid" --self-contained false -o "$out" -nologo
  -p:UseAppHost=false                          # entrypoint is `dotnet analyzer.dll`
  -p:DebugType=embedded                        # stack traces keep their line numbers, no .pdb files
  -p:PublishDocumentationFile=false -p:PublishReferencesDocumentationFiles=false
  -p:SatelliteResourceLanguages=en)            # the CLI's messages are English; drop the libraries' translations
if [ -n "${ANALYZER_ARTIFACTS:-}" ]; then
  args+=(--artifacts-path "$ANALYZER_ARTIFACTS")
fi

dotnet "${args[@]}"
test -f "$out/analyzer.dll" || { echo "docker/build.sh: $out/analyzer.dll was not published" >&2; exit 1; }
echo "published analyzer for $rid into $out"
