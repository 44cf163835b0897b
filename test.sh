#!/usr/bin/env bash
# Runs every test. Installs what the tests need from Debian when it is missing, builds (NuGet only: DuckDB's native
# library comes inside the DuckDB.NET.Data.Full package), runs the whole solution's tests, and ends with one line:
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# The scheduler's tests start a real PostgreSQL server (initdb, pg_ctl) from Debian's package.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing test prerequisites from Debian: ${need[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || { echo "Could not install ${need[*]} from Debian; the tests that need them will fail." >&2; }
fi

# The moto cross-check tests run moto's server from python3 (this machine kind's python3 carries moto 5.2.1; Debian
# does not package moto, so it cannot be installed from here).
python3 -c "import moto.server, boto3, flask" 2>/dev/null \
  || echo "python3 lacks moto[server]/boto3/flask: the moto cross-check tests will fail." >&2

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

dotnet build Analyzer.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
dotnet test Analyzer.sln -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" "$@"
status=$?

# Totals from the test results themselves, summed over every test project.
read -r passed failed < <(python3 - "$results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    if c is None:
        continue
    passed += int(c.get("passed", 0))
    failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
print(passed, failed)
PY
)
[ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ] && failed=1
echo "${passed:-0} passed, ${failed:-0} failed"
[ "${failed:-0}" -eq 0 ] && [ "$status" -eq 0 ]
