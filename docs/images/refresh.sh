#!/usr/bin/env bash
# Re-takes the README's pictures from the demo's reports with headless Chromium and pdftoppm: the top of the HTML
# report, its recommendations workspace, one workload's option comparison (the panel that report.html#workload=<id>
# opens), and the PDF's cover, summary and top actions. Run the demo first: dotnet run --project src/Analyzer.Cli -- demo
set -euo pipefail
cd "$(dirname "$0")/../.."
demo=reports/out/demo
[ -f "$demo/report.html" ] && [ -f "$demo/report.pdf" ] && [ -f "$demo/recommendations.json" ] \
  || { echo "Run the demo first: $demo has no report." >&2; exit 1; }
shot() { # shot OUTPUT WIDTH HEIGHT FRAGMENT
  chromium --headless --no-sandbox --hide-scrollbars --virtual-time-budget=3000 --window-size="$2,$3" \
    --screenshot="docs/images/$1" "file://$(pwd)/$demo/report.html$4" 2>/dev/null
}
# The workload the panel shows: the recommended EC2 instance with the most options priced, biggest savings first.
workload=$(python3 - "$demo/recommendations.json" <<'PY'
import json, sys, collections
rows = json.load(open(sys.argv[1]))["rows"]
options = collections.Counter(r["workload_id"] for r in rows if r.get("option") and r["kind"] == "ec2_instance")
recommended = {r["workload_id"]: r["monthly_savings_usd"] for r in rows if r.get("row_type") == "recommended"}
print(max((w for w in options if w in recommended), key=lambda w: (options[w], recommended[w])))
PY
)
shot report-html.png 1366 1100 ""
shot report-workspace.png 1600 1000 "#workspace"
shot report-workload.png 1600 1100 "#workload=$workload"
for page in 1 2 3; do
  pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$demo/report.pdf" "docs/images/report-pdf-page$page"
done
echo "docs/images refreshed from $demo (workload panel: $workload)"
